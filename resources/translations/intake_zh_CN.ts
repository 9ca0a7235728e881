<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>intake</name>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>Field Intake: secure, offline records of aid and testimony. Without a command, the desktop app starts.</source>
        <translation>Field Intake：离线安全记录援助与证词。不带命令运行时启动桌面应用。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>Interrupted; nothing more was written.</source>
        <translation>已中断，此后未再写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <location filename="../../intake_app/cli/duress.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/settings.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>HQ: grade the source and the information of a testimony</source>
        <translation>总部：评估证词的来源和信息</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Headquarters&apos; assessment saved: source {r}, information {c}.</source>
        <translation>已保存总部的评估：来源 {r}，信息 {c}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Headquarters: source {r}, information {c}</source>
        <translation>总部：来源 {r}，信息 {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Interviewer: source {r}, information {c}</source>
        <translation>访谈人：来源 {r}，信息 {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/hq/credibility.py"/>
        <source>No testimony with the id {id}.</source>
        <translation>没有 ID 为 {id} 的证词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>TESTIMONY</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>a testimony id</source>
        <translation>证词 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>information credibility: 1 (confirmed) to 5 (improbable), 6 (cannot be judged)</source>
        <translation>信息可信度：1（已证实）到 5（不大可能），6（无法判断）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>record headquarters&apos; assessment (a new version; the interviewer&apos;s stays)</source>
        <translation>记录总部的评估（新版本；访谈人的评估保留）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>show the grades of a testimony (interviewer&apos;s and headquarters&apos;)</source>
        <translation>显示证词的评级（访谈人和总部）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>source reliability: A (completely reliable) to E (unreliable), F (cannot be judged)</source>
        <translation>来源可靠性：A（完全可靠）到 E（不可靠），F（无法判断）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <source>why (kept with this version)</source>
        <translation>原因（与此版本一起保存）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>A checked backup was written to {path}.</source>
        <translation>已将经过检查的备份写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>FROM</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>It opens with the same passphrase or recovery key as the vault. Keep it as safe as the laptop.</source>
        <translation>此备份用与保险库相同的密码短语或恢复密钥打开。请像保管笔记本电脑一样妥善保管它。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>The age of this backup is not known.</source>
        <translation>无法得知此备份的创建时间。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>The backup passed its check and was restored into {path}: {counts}.</source>
        <translation>备份已通过检查并恢复到 {path}：{counts}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/backup.py"/>
        <source>This backup is {n} day old.</source>
        <extracomment>This backup is {n} days old.</extracomment>
        <translation>
            <numerusform>此备份是 {n} 天前的。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>This backup was taken today.</source>
        <translation>此备份是今天创建的。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>restore a vault from a backup into an empty data folder</source>
        <translation>从备份将保险库恢复到空的数据文件夹</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>the backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>the folder to write the backup in (e.g. on a removable drive)</source>
        <translation>写入备份的文件夹（例如移动硬盘上）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>write a checked backup of the whole vault into a folder</source>
        <translation>将整个保险库经过检查的备份写入文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>{n} aid distribution</source>
        <extracomment>{n} aid distributions</extracomment>
        <translation>
            <numerusform>援助 {n} 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>{n} case</source>
        <extracomment>{n} cases</extracomment>
        <translation>
            <numerusform>个案 {n} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>{n} testimony</source>
        <extracomment>{n} testimonies</extracomment>
        <translation>
            <numerusform>证词 {n} 份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Cannot ask for confirmation without a terminal: run again with --yes.</source>
        <translation>没有终端，无法请求确认：请加上 --yes 重新运行。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/fileutil.py"/>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>New passphrase: </source>
        <translation>新密码短语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>No passphrase given: use --passphrase-file PATH or - for standard input.</source>
        <translation>未提供密码短语：请使用 --passphrase-file 路径，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/duress.py"/>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>Passphrase: </source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新密码短语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的密码短语不一致，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>also print progress notes (never record content)</source>
        <translation>同时输出进度信息（绝不输出记录内容）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>folder of the vault (default: the platform&apos;s data folder, or $INTAKE_DATA_DIR)</source>
        <translation>保险库所在的文件夹（默认：系统的数据文件夹，或 $INTAKE_DATA_DIR）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>language of messages: en, ko, ja or zh_CN</source>
        <translation>消息语言：en、ko、ja 或 zh_CN</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>read the passphrase from the first line of PATH, or - for standard input</source>
        <translation>从“路径”所指文件的第一行读取密码短语（- 表示标准输入）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>unlock with the recovery key in PATH instead of the passphrase</source>
        <translation>改用“路径”所指文件中的恢复密钥解锁，而不用密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>yes</source>
        <translation>是的</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>Demo vault in {path} (passphrase: {pw})</source>
        <translation>演示保险库：{path}（密码短语：{pw}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>create it, print its summary, and delete it</source>
        <translation>创建、显示摘要，然后删除</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>field: a field laptop&apos;s vault; hq: headquarters, with records from several laptops</source>
        <translation>field:现场笔记本电脑的保险库;hq:总部(含多台笔记本电脑发来的记录)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>keep the demo folder (printed) instead of deleting it</source>
        <translation>保留演示文件夹（会显示其位置），不删除</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>number of fictional cases (default 120)</source>
        <translation>虚构个案的数量（默认 120）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>open a throwaway vault with fictional sample records</source>
        <translation>打开一个含虚构示例记录的临时保险库</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>CUT OR REWRITTEN</source>
        <translation>被截短或改写</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Compare the fingerprint words first, then run again with --yes.</source>
        <translation>请先比对核对词语，然后加上 --yes 重新运行。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Compare them with the words the field laptop shows (Sync, or `devices request`) by phone or in person, never by a message that came with the bundle.</source>
        <translation>请通过电话或当面与现场笔记本电脑显示的词（“同步”或 `devices request`）核对，绝不要用随记录包一起来的消息核对。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/sync/common.py"/>
        <source>Device id: {id}</source>
        <translation>设备 ID：{id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Device {device} presents the key with these fingerprint words:</source>
        <translation>设备 {device} 出示的密钥具有以下核对词语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Do the words match? Approve this device? [y/N]</source>
        <translation>这些词一致吗?批准此设备吗?[y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Enrollment request written to {path}.</source>
        <translation>登记申请已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>FILE|ID</source>
        <translation>文件|ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Fingerprint words (read them to headquarters by phone or in person): {words}</source>
        <translation>核对词语（请通过电话或当面读给总部听）： {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Fingerprint words: {words}</source>
        <translation>核对词语： {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: approve a device from its request file, or a pending device by id</source>
        <translation>总部：根据登记申请文件批准设备，或按 ID 批准待批准的设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: list known devices</source>
        <translation>总部：列出已知设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: revoke a device: none of its bundles will be imported again</source>
        <translation>总部：吊销设备，此后不再导入其任何记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: show (or set) the limits of the quarantine for unapproved devices</source>
        <translation>总部：显示（或设置）未批准设备的隔离上限</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Key fingerprint (headquarters should see the same): {fp}</source>
        <translation>密钥核对码（总部看到的应与此相同）：{fp}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>No devices known yet.</source>
        <translation>尚无已知设备。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Not approved; nothing was changed.</source>
        <translation>未批准；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Space taken: {n} MiB of at most {limit} MiB</source>
        <translation>已占用空间：{n} MiB（上限 {limit} MiB）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Waiting bundles: {n} of at most {limit}</source>
        <translation>等待中的记录包：{n} 个（上限 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Waiting devices: {n} of at most {limit}</source>
        <translation>等待中的设备：{n} 台（上限 {limit} 台）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>a short name headquarters will see</source>
        <translation>总部会看到的简短名称</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>approve a pending device by id without asking (after comparing its fingerprint words)</source>
        <translation>不询问，直接按编号批准等待中的设备（在比对其核对词语之后）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>device</source>
        <extracomment>devices</extracomment>
        <translation>
            <numerusform>设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>enrolled</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>field devices: enrollment requests, approval, revocation</source>
        <translation>现场设备：登记申请、批准、吊销</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>field: write this device&apos;s enrollment request for headquarters</source>
        <translation>现场：写出本设备发给总部的登记申请</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>gaps</source>
        <translation>缺号</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many MiB the waiting bundles may take in all</source>
        <translation>等待中的记录包总共可占用多少 MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many bundles may wait in all</source>
        <translation>总共可等待多少个记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many unapproved devices may wait</source>
        <translation>可等待多少台未批准的设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>key conflict</source>
        <translation>密钥冲突</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>last bundle</source>
        <translation>最后记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>last sequence</source>
        <translation>最后序号</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>new file (never overwritten)</source>
        <translation>新文件（绝不覆盖已有文件）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>revoked since</source>
        <translation>吊销起始日</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>when it may have been compromised (default: today)</source>
        <translation>可能开始失陷的日期（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>HQ: cases that may be the same person</source>
        <translation>总部：可能是同一个人的个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>a case id or code</source>
        <translation>个案 ID 或编号</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>list candidate pairs, the strongest first</source>
        <translation>列出候选配对（可能性最大的在前）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>the two cases are different people (not proposed again)</source>
        <translation>两个个案是不同的人（不再提示）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>the two cases are one person (counted once)</source>
        <translation>两个个案是同一个人（只计算一次）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>why (kept with this decision)</source>
        <translation>原因（与此决定一起保存）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>{code}: {alias}, {sex}, born {year}, {province}, case id {id}</source>
        <translation>{code}：{alias}，{sex}，{year}年出生，{province}，个案 ID {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>{n} candidate pair.</source>
        <extracomment>{n} candidate pairs.</extracomment>
        <translation>
            <numerusform>{n} 个候选配对。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Duress passphrase: </source>
        <translation>胁迫密码短语: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Repeat the duress passphrase: </source>
        <translation>再次输入胁迫密码短语: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>The duress passphrase is set. It opens a separate decoy vault, never your real records.</source>
        <translation>胁迫密码短语已设置。它只打开另一个诱饵保险库，绝不会打开您真正的记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The duress passphrase must differ from your real passphrase and recovery key; nothing was changed.</source>
        <translation>胁迫密码短语必须与您真正的密码短语和恢复密钥不同；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The duress passphrase no longer opens anything.</source>
        <translation>胁迫密码短语现在什么也打不开了。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Warning: the first time the duress passphrase is used, your real passphrase and recovery key stop working, for ever, without any message. Records already sent to headquarters stay there; everything else in the real vault is lost.</source>
        <translation>警告：第一次使用胁迫密码短语时，您真正的密码短语和恢复密钥会永久失效，而且不会有任何提示。已经发送到总部的记录仍留在总部；真正保险库里的其他内容全部丢失。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>a second passphrase that opens a decoy vault</source>
        <translation>打开诱饵保险库的第二个密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>read the duress passphrase from PATH (- for standard input)</source>
        <translation>从 PATH 读取胁迫密码短语（- 表示标准输入）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>set (or replace) the duress passphrase</source>
        <translation>设置（或更换）胁迫密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>the duress passphrase stops working</source>
        <translation>让胁迫密码短语失效</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>when the duress passphrase is used, also destroy the real vault&apos;s keys for good</source>
        <translation>使用胁迫密码短语时，同时永久销毁真正保险库的密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>Event {id}: the incidents are linked.</source>
        <translation>事件 {id}：已将这些事件关联。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>HQ: incidents from several testimonies that are one event</source>
        <translation>总部：多份证词中的同一事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>INCIDENT</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>a short name for the event</source>
        <translation>事件的简短名称</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>corroborated</source>
        <translation>已印证</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>incident ids</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>incident ids or event ids</source>
        <translation>事件 ID 或合并事件 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>list events and their witnesses</source>
        <translation>列出事件及其证人</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>list incidents that may be one event instead (same violation, place and time)</source>
        <translation>改为列出可能是同一事件的事件（相同的侵害、地点和时间）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>make the incidents one event (joining events they are in)</source>
        <translation>将这些事件合并为一个事件（并入它们已属于的事件）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>single witness</source>
        <translation>单一证人</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>take incidents out of their event, or dissolve events by id</source>
        <translation>将事件移出所属事件，或按 ID 解散事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>testimony {id}</source>
        <translation>证词 {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} event.</source>
        <extracomment>{n} events.</extracomment>
        <translation>
            <numerusform>{n} 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} incident left its event.</source>
        <extracomment>{n} incidents left their events.</extracomment>
        <translation>
            <numerusform>{n} 个事件已移出所属事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{n} suggestion.</source>
        <extracomment>{n} suggestions.</extracomment>
        <translation>
            <numerusform>{n} 条建议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} witness</source>
        <extracomment>{n} witnesses</extracomment>
        <translation>
            <numerusform>{n} 名证人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>HQ: every version headquarters holds of a record, and restoring one</source>
        <translation>总部：总部保存的某条记录的所有版本，以及恢复其中一个</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>Record {id} now shows the content of version {old}, as new version {new}.</source>
        <translation>记录 {id} 现在以新版本 {new} 显示版本 {old} 的内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>bundle</source>
        <extracomment>bundles</extracomment>
        <translation>
            <numerusform>记录包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>bundle hash</source>
        <translation>记录包哈希</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>head</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>list the record&apos;s versions, oldest first (who, when, from which bundle)</source>
        <translation>按从旧到新列出记录的版本（谁、何时、来自哪个记录包）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>made at headquarters</source>
        <translation>在总部制作</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>make an earlier version the record&apos;s content again (a new version; nothing is overwritten)</source>
        <translation>让较早的版本重新成为记录的内容（生成新版本，不覆盖任何内容）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>parent</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>received or made</source>
        <translation>收到或制作时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>the version, as `history show` prints it</source>
        <translation>版本，按 `history show` 显示的格式</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/history.py"/>
        <source>{n} version.</source>
        <extracomment>{n} versions.</extracomment>
        <translation>
            <numerusform>{n} 个版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Device signing key: {b64} (fingerprint {fp})</source>
        <translation>设备签名密钥：{b64}（核对码 {fp}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Fingerprint: {words}</source>
        <translation>核对词语：{words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>HQ: add a new recipient key; older ones still decrypt</source>
        <translation>总部：添加新的接收方公钥；旧密钥仍可解密</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>HQ: write the secret decryption keys to a file, for safekeeping</source>
        <translation>总部：将解密私钥写入文件，以便妥善保管</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Key backup written to {path}.</source>
        <translation>密钥备份已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>New recipient: {r}</source>
        <translation>新接收方公钥：{r}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>No deployment profile imported yet.</source>
        <translation>尚未导入总部设置文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Older identities kept for decrypting: {n}</source>
        <translation>为解密而保留的旧私钥：{n} 个</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Older keys still decrypt. Issue a new profile (`profile create`) so field devices use the new key, and make a new key backup.</source>
        <translation>旧密钥仍可解密。请签发新的设置文件（`profile create`），让现场设备使用新密钥，并重新制作密钥备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Recipients (bundles are encrypted to these):</source>
        <translation>接收方公钥（记录包按这些公钥加密）：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Signing key: {b64} (key id {id})</source>
        <translation>签名密钥：{b64}（密钥 ID {id}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Trusted headquarters fingerprint: {words}</source>
        <translation>受信任的总部核对词语：{words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>WARNING: {path} holds headquarters&apos; secret keys. Whoever holds this file can read every bundle ever sent to headquarters. Keep it offline, encrypted, and locked away; never e-mail it or leave it on a shared drive.</source>
        <translation>警告：{path} 中存有总部的私钥。任何持有此文件的人都能读取曾发往总部的每一个记录包。请离线、加密并上锁保管；切勿通过电子邮件发送，也不要放在共享驱动器上。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>headquarters keys: show, rotate, back up</source>
        <translation>总部密钥：查看、轮换、备份</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>show this vault&apos;s public keys and their fingerprint</source>
        <translation>显示此保险库的公钥及其核对码</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Cannot ask for confirmation without a terminal: compare the words, then run again with --yes.</source>
        <translation>没有终端，无法请求确认：请先核对这些词，再加上 --yes 重新运行。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Compare these words with headquarters by phone or in person:</source>
        <translation>请通过电话或当面与总部核对以下词语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Deployment profile version {v} written to {path}.</source>
        <translation>总部设置文件版本 {v} 已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Do they match exactly? [y/N]</source>
        <translation>是否完全一致？[y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Fingerprint (read it to each field worker by phone or in person): {words}</source>
        <translation>核对词语（请通过电话或当面念给每位一线工作人员听）：{words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>HQ: issue a signed deployment profile for field devices</source>
        <translation>总部：为现场设备签发已签名的总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Headquarters signing key id: {id}</source>
        <translation>总部签名密钥 ID：{id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Identifying attachments allowed: {answer}</source>
        <translation>允许可识别身份的附件：{answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Identifying fields allowed to leave the field: {fields}</source>
        <translation>允许离开现场的可识别身份字段：{fields}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Match tokens were computed for {n} case.</source>
        <extracomment>Match tokens were computed for {n} cases.</extracomment>
        <translation>
            <numerusform>已为 {n} 个个案计算比对标记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Match tokens: key {id}, Argon2id {mib} MiB, {passes} passes</source>
        <translation>比对标记：密钥 {id}，Argon2id {mib} MiB，{passes} 轮</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Organisation: {name}</source>
        <translation>机构：{name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Purge delay after delivery: {n} day</source>
        <extracomment>Purge delay after delivery: {n} days</extracomment>
        <translation>
            <numerusform>送达后清除的等待期：{n} 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Recipients:</source>
        <translation>接收方公钥：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Taxonomy version: {v}</source>
        <translation>分类体系版本：{v}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Unaltered originals of photos kept: {answer}</source>
        <translation>保留照片原件：{answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Version: {v} (issued {at})</source>
        <translation>版本：{v}（签发于 {at}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>days after delivery before the field may purge records (default 30)</source>
        <translation>送达后多少天现场方可清除记录（默认 30）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>do not ask to confirm the fingerprint (for scripts that checked it otherwise)</source>
        <translation>不要求比对核对词语（供已通过其他方式核对过的脚本使用）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>field devices keep the unaltered original of each photo beside the copy without metadata (it leaves the field only with identifying attachments)</source>
        <translation>现场设备在去除元数据的副本之外也保留照片原件（原件只在允许身份附件时才离开现场）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>field: import the deployment profile headquarters sent</source>
        <translation>现场：导入总部发来的总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>identifying fields that may leave the field, e.g. case:legal_name (repeatable; default: none)</source>
        <translation>可以离开现场的可识别身份字段，例如 case:legal_name（可重复指定；默认：无）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>let attachments marked identifying leave the field (default: no)</source>
        <translation>允许标记为可识别身份的附件离开现场（默认：否）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>show the deployment profile in force</source>
        <translation>显示当前生效的总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>the signed deployment profile</source>
        <translation>已签名的总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>--type, --mapping, --dry-run and --encoding are for .csv and .xlsx files only.</source>
        <translation>--type、--mapping、--dry-run 和 --encoding 只适用于 .csv 和 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>CSV: the text encoding, e.g. utf-8, cp949, shift_jis or gb18030</source>
        <translation>CSV：文本编码，例如 utf-8、cp949、shift_jis 或 gb18030</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>FILE.json</source>
        <translation>文件.json</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>FILE.jsonl (one record per line; - for standard input), FILE.csv or FILE.xlsx</source>
        <translation>文件.jsonl（每行一条记录；- 表示标准输入）、文件.csv 或文件.xlsx</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>Imported {cases}, {aid} and {testimonies}.</source>
        <translation>已导入{cases}、{aid}和{testimonies}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>No record with the id or code {text}.</source>
        <translation>没有 ID 或编号为 {text} 的记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Not confirmed; nothing was written.</source>
        <translation>未确认,没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>RECORD</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>SHA-256 of the file as given: {sha}</source>
        <translation>原样文件的 SHA-256：{sha}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>Standard input cannot carry both the passphrase and the records.</source>
        <translation>标准输入不能同时传入密码短语和记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>The file will hold legal names, birth dates, phone numbers and addresses, unencrypted. Continue? [y/N]</source>
        <translation>文件将以未加密的形式包含真实姓名、出生日期、电话号码和地址。要继续吗?[y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Warning: {path} will not be encrypted. Anyone who gets the file can read it; keep it safe and delete it when it is no longer needed.</source>
        <translation>注意:{path} 不会被加密。任何拿到文件的人都能读取;请妥善保管,不再需要时删除。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>aid category, e.g. food</source>
        <translation>援助类别，例如 food</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>also write legal names, birth dates, phones and addresses (asks to confirm)</source>
        <translation>同时写入真实姓名、出生日期、电话和地址(会要求确认)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>attach files to a record (metadata removed from photos; see the README)</source>
        <translation>将文件附加到记录（删除照片的元数据；见 README）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>case situation, e.g. in_hiding_china</source>
        <translation>个案现状，例如 in_hiding_china</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>confirm without asking</source>
        <translation>不询问直接确认</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>consent in force, e.g. un_mechanisms</source>
        <translation>有效的同意，例如 un_mechanisms</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>count the records in the vault</source>
        <translation>统计保险库中的记录数</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>import records from a JSON Lines file or a spreadsheet, all or nothing</source>
        <translation>从 JSON Lines 文件或电子表格导入记录（要么全部导入，要么都不导入）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>import, count and search records</source>
        <translation>导入、统计和搜索记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>information credibility c1-c6 (1-6 scale), e.g. c2</source>
        <translation>信息可信度 c1-c6（1-6 级），例如 c2</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>keep place, time and camera data</source>
        <translation>保留地点、时间和相机信息</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>province key, e.g. north_hamgyong or jilin</source>
        <translation>省（道）代码，例如 north_hamgyong 或 jilin</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>search the records (full text and filters)</source>
        <translation>搜索记录（全文与筛选）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>source reliability a-f (A-F scale), e.g. b</source>
        <translation>来源可靠性 a-f（A-F 级），例如 b</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: a saved mapping of columns and values (as printed by an import)</source>
        <translation>电子表格：保存的列与值的对应表（导入时打印的那份）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: check every row and show a preview; write nothing</source>
        <translation>电子表格：检查每一行并显示预览；不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: the kind of records of a sheet that does not say</source>
        <translation>电子表格：工作表未注明时的记录类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>the files show a face or a document</source>
        <translation>文件中有人脸或证件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>the id of the record, or a case code</source>
        <translation>记录 ID 或个案编号</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>violation type, e.g. torture</source>
        <translation>侵权类型，例如 torture</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>words to find (all must match)</source>
        <translation>要查找的词（须全部匹配）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>write the records that match the filters to a spreadsheet or JSON Lines</source>
        <translation>将符合筛选条件的记录写入电子表格或 JSON Lines 文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} other record</source>
        <extracomment>{n} other records</extracomment>
        <translation>
            <numerusform>其他记录 {n} 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} record found.</source>
        <extracomment>{n} records found.</extracomment>
        <translation>
            <numerusform>找到 {n} 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} record written to {path}.</source>
        <extracomment>{n} records written to {path}.</extracomment>
        <translation>
            <numerusform>已将 {n} 条记录写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>{summary} ({by_type})</source>
        <translation>{summary}（{by_type}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>--identify {id} names a testimony that is not in the case file.</source>
        <translation>--identify {id} 指定的证词不在案卷中。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Case file written to {path}.</source>
        <translation>案卷已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>DIMENSIONS</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>FILE.docx</source>
        <translation>文件.docx</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Print the identifying details (legal name, birth date, phone, address) of the witness of {id}, marked confidential? [y/N]</source>
        <translation>要打印 {id} 证人的身份信息(真实姓名、出生日期、电话、地址)并标注“机密”吗?[y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>REPORT</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>TESTIMONY_ID</source>
        <translation>证词ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>The file name must end in {suffix}.</source>
        <translation>文件名必须以 {suffix} 结尾。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/report.py"/>
        <source>UPR draft written to {path}: about {n} page.</source>
        <extracomment>UPR draft written to {path}: about {n} pages.</extracomment>
        <translation>
            <numerusform>UPR 草稿已写入 {path}:约 {n} 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>also print the identifying details of this testimony&apos;s witness (asks to confirm)</source>
        <translation>同时打印该证词证人的身份信息(会要求确认)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>case file for a UN mechanism (.pdf)</source>
        <translation>提交联合国机制的案卷(.pdf)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>cells with fewer people are hidden (default 5, at least 3)</source>
        <translation>人数少于此数的单元格将被隐藏(默认 5,至少 3)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>counts by theme, year and more, small cells hidden</source>
        <translation>按主题、年份等统计(隐藏小单元格)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>draft of a Universal Periodic Review submission (.docx)</source>
        <translation>普遍定期审议(UPR)提交材料草稿(.docx)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>quote this testimony (its UN-mechanisms or named-publication consent must be in force)</source>
        <translation>引用此证词(其联合国机制或署名发表同意必须有效)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>statistics, UPR submission drafts and case files (headquarters)</source>
        <translation>统计、UPR 提交草稿和案卷(总部)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>what to count by, comma-separated: theme, violation, year, province, sex, age_band, perpetrator, place_kind, situation; or for aid: category, month, province, currency</source>
        <translation>统计维度,用逗号分隔:theme, violation, year, province, sex, age_band, perpetrator, place_kind, situation;援助用 category, month, province, currency</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Panic key: locks and destroys the vault&apos;s keys (nothing can open it afterwards).</source>
        <translation>紧急键：锁定并销毁保险库的密钥（之后谁也打不开）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Panic key: locks.</source>
        <translation>紧急键：锁定。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Wipe after failed unlocks: after {n} wrong passphrase in a row, the vault is destroyed.</source>
        <extracomment>Wipe after failed unlocks: after {n} wrong passphrases in a row, the vault is destroyed.</extracomment>
        <translation>
            <numerusform>解锁失败后清除：连续输错 {n} 次密码短语，保险库就会被销毁。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Wipe after failed unlocks: off.</source>
        <translation>解锁失败后清除：关闭。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>change a setting: wipe-after N|off, panic lock|destroy</source>
        <translation>更改设置：wipe-after N|off, panic lock|destroy</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>panic takes lock or destroy; nothing was changed.</source>
        <translation>panic 只能是 lock 或 destroy；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>protections: wipe after failed unlocks, panic action</source>
        <translation>保护设置：解锁失败后清除、紧急键的动作</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>show the protections</source>
        <translation>显示保护设置</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>wipe-after takes a number from {low} to {high}, or off; nothing was changed.</source>
        <translation>wipe-after 需要 {low} 到 {high} 之间的数字，或 off；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Delete {path} now? [y/N]</source>
        <translation>现在删除 {path} 吗？[y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Dry run: every row can be imported; nothing was written.</source>
        <translation>试运行：每一行都可以导入；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Identifying columns (they name or locate a person): {columns}</source>
        <translation>身份识别列（可指出某人姓名或位置）：{columns}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Mapping used (save it as a .json file to reuse it with --mapping):</source>
        <translation>所用的对应表（保存为 .json 文件后可用 --mapping 再次使用）：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Read as {encoding} text.</source>
        <translation>已按 {encoding} 文本读取。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Row {n} ({type}): {fields}</source>
        <translation>第 {n} 行（{type}）：{fields}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The mapping file is not UTF-8 text.</source>
        <translation>对应表文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The mapping file is too large.</source>
        <translation>对应表文件太大。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The spreadsheet was deleted.</source>
        <translation>电子表格已删除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>{n} problem; nothing was written.</source>
        <extracomment>{n} problems; nothing was written.</extracomment>
        <translation>
            <numerusform>{n} 个问题；没有写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>Checklist:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last bundle imported:</source>
        <translation>上次导入记录包：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last bundle sent:</source>
        <translation>上次发送记录包：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last receipt imported:</source>
        <translation>上次导入回执：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last verified backup:</source>
        <translation>上次经检查的备份：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>Needs attention:</source>
        <translation>需要处理的事项：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>print stable keys and counts as JSON</source>
        <translation>以 JSON 输出固定键和数量</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>what to do next and what needs attention (the Home page)</source>
        <translation>接下来要做的事和需要处理的事项（首页）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>{n} approved device</source>
        <extracomment>{n} approved devices</extracomment>
        <translation>
            <numerusform>已批准设备 {n} 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>{n} open conflict</source>
        <extracomment>{n} open conflicts</extracomment>
        <translation>
            <numerusform>未解决冲突 {n} 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Conflict {id} resolved: record {record} now shows version {version}.</source>
        <translation>冲突 {id} 已解决：记录 {record} 现在显示版本 {version}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Delete the {n} record above, delivered before {date}, from this laptop, with its attachments? Identifying details that never left it are lost with it. [y/N]</source>
        <extracomment>Delete the {n} records above, delivered before {date}, from this laptop, with their attachments? Identifying details that never left it are lost with them. [y/N]</extracomment>
        <translation>
            <numerusform>要从这台笔记本电脑删除上面这 {n} 条记录（在 {date} 之前已送达）及其附件吗？从未离开这台电脑的可识别身份信息也会随之丢失。[y/N]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: import bundle files (one line per file; exit code 1 if any was refused)</source>
        <translation>总部：导入记录包文件（每个文件一行；如有被拒绝的，退出码为 1）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: merge conflicts waiting for review</source>
        <translation>总部：等待审核的合并冲突</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: write a receipt of every bundle imported from a device</source>
        <translation>总部：为某台设备导入的全部记录包写一份回执</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>No delivered record is old enough to purge.</source>
        <translation>没有已送达且已超过期限、可以清除的记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Receipt written to {path}.</source>
        <translation>回执已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>also list resolved conflicts</source>
        <translation>同时列出已解决的冲突</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>delete delivered records (the only kind of purge there is; required, to be explicit)</source>
        <translation>删除已送达的记录（唯一的清除方式；为明确起见必须指定）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>do not ask for confirmation</source>
        <translation>不要求确认</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>export every record, not only what changed since headquarters&apos; last receipt</source>
        <translation>导出全部记录，而不仅是总部上次回执之后变更的记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: check a receipt from headquarters and mark those records delivered</source>
        <translation>现场：核验总部的回执，并将相应记录标记为已送达</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: delete records headquarters confirmed, after the profile&apos;s delay</source>
        <translation>现场：在设置文件规定的期限过后，删除总部已确认的记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: write what changed as an encrypted bundle for headquarters</source>
        <translation>现场：将变更内容写成发给总部的加密记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>folder to write the bundle into (a USB stick, a folder to attach from)</source>
        <translation>写入记录包的文件夹（U 盘，或用于作为附件发送的文件夹）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>keep one version of a conflict as the record&apos;s head</source>
        <translation>保留冲突中的一个版本作为记录的当前版本</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>kept: {version}</source>
        <translation>已保留：{version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>list open conflicts (id, record, the two versions, the one shown)</source>
        <translation>列出未解决的冲突（编号、记录、两个版本、当前显示的版本）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>shown: {version}</source>
        <translation>当前显示：{version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>signed receipts of imported bundles</source>
        <translation>已导入记录包的签名回执</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>the version to keep, as `conflicts list` shows it (DEVICE:COUNTER)</source>
        <translation>要保留的版本（与 `conflicts list` 显示的格式相同：设备:计数）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>{n} attachment marked identifying stayed on this laptop, as the deployment profile requires.</source>
        <extracomment>{n} attachments marked identifying stayed on this laptop, as the deployment profile requires.</extracomment>
        <translation>
            <numerusform>按照总部设置文件的要求，{n} 个标记为可识别身份的附件留在了这台笔记本电脑上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>{n} conflict.</source>
        <extracomment>{n} conflicts.</extracomment>
        <translation>
            <numerusform>{n} 个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>{n} other delivered record stays (changed since it was sent, too recent, or needed by a record that stays).</source>
        <extracomment>{n} other delivered records stay (changed since they were sent, too recent, or needed by a record that stays).</extracomment>
        <translation>
            <numerusform>另外 {n} 条已送达的记录会保留（发送后已修改、送达时间太近，或被保留的记录引用）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>A new {role} vault was created in {path}.</source>
        <translation>已在 {path} 中创建新的 {role} 保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Anyone with this key can open the vault. Without it, a forgotten passphrase means the data is lost.</source>
        <translation>任何持有此密钥的人都能打开保险库。没有它，一旦忘记密码短语，数据将无法找回。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Audit chain: {state} ({n} entries)</source>
        <translation>审计链：{state}（{n} 条）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Database structure: {state}</source>
        <translation>数据库结构：{state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Encryption (page authentication): {state}</source>
        <translation>加密（页面认证）：{state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Recovery key (shown once; write it down and keep it apart from this laptop):</source>
        <translation>恢复密钥（仅显示一次；请抄下来，并与这台笔记本电脑分开存放）：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Search index: {state}</source>
        <translation>搜索索引：{state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>The passphrase was changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>check the vault: encryption, structure, search index, audit chain</source>
        <translation>检查保险库：加密、结构、搜索索引、审计链</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>create a new vault and print its recovery key once</source>
        <translation>创建新保险库，并显示一次其恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>field: a worker&apos;s laptop; hq: headquarters (default: field)</source>
        <translation>field：工作人员的笔记本电脑；hq：总部（默认：field）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>make a new recovery key; the old one stops working</source>
        <translation>生成新的恢复密钥；旧密钥随即失效</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>read the new passphrase from PATH (- for standard input)</source>
        <translation>从“路径”读取新密码短语（- 表示标准输入）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>replace the recovery key</source>
        <translation>更换恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>set a new passphrase (unlock with the old one or the recovery key)</source>
        <translation>设置新密码短语（用旧密码短语或恢复密钥解锁）</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/age_keys.py"/>
        <source>This is not an age X25519 secret key.</source>
        <translation>这不是 age X25519 私钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/age_keys.py"/>
        <source>“{text}” is not an age X25519 recipient (age1…).</source>
        <translation>“{text}”不是 age X25519 接收方公钥（age1…）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are not plausible; the key file may be damaged.</source>
        <translation>密钥派生设置异常，密钥文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are not valid.</source>
        <translation>密钥派生设置无效。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are too weak: at least {n} MiB of memory is required.</source>
        <translation>密钥派生设置过弱：至少需要 {n} MiB 内存。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Contains a name or word linked to you or your organisation. Do not use personal information.</source>
        <translation>包含与你或你所在机构相关的名字或词语。请不要使用个人信息。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Dates and years are easy to guess. Leave them out or add several unrelated words.</source>
        <translation>日期和年份容易被猜到。请去掉它们，或再加几个不相关的词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Keyboard patterns like “qwerty” are easy to guess. Use unrelated words instead.</source>
        <translation>“qwerty”这样的键盘排列容易被猜到。请改用不相关的词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Made of common words or well-known passwords. Add more unrelated, less common words.</source>
        <translation>由常见词或众所周知的密码组成。请再加几个不相关、不常见的词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Repeated characters or words are easy to guess. Use different, unrelated words.</source>
        <translation>重复的字符或词容易被猜到。请使用互不相同、互不相关的词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Sequences like “abcd” or “1234” are easy to guess. Use unrelated words instead.</source>
        <translation>“abcd”或“1234”这样的连续字符容易被猜到。请改用不相关的词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Too easy to guess. Add more unrelated words; a short sentence only you would think of works well.</source>
        <translation>太容易被猜到。请再加几个不相关的词；只有你自己想得到的短句也很好。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Too short: use at least {n} characters. A few unrelated words make a strong passphrase.</source>
        <translation>太短：请至少使用 {n} 个字符。几个互不相关的词就能组成安全的密码短语。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key contains a character that is not in a recovery key: {c}</source>
        <translation>恢复密钥中含有恢复密钥不使用的字符：{c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key has a typo: its checksum does not match. Check each group.</source>
        <translation>恢复密钥有输入错误：校验和不匹配。请逐组核对。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key has {n} characters; it should have 32.</source>
        <translation>恢复密钥有 {n} 个字符，应为 32 个。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} carries a signature made for another purpose.</source>
        <translation>{what}带有为其他用途生成的签名。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>{what} does not have the expected form (at {where}).</source>
        <translation>{what}的格式不符合要求（位置：{where}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is nested too deeply.</source>
        <translation>{what}嵌套过深。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is not valid JSON.</source>
        <translation>{what}不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is too large ({size} bytes; at most {limit}).</source>
        <translation>{what}过大（{size} 字节；上限 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>A signature comment must be one line of at most {n} bytes.</source>
        <translation>签名注释必须是一行，且不超过 {n} 字节。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature does not match the data: it was altered or is not genuine.</source>
        <translation>签名与数据不符：已被篡改，或并非真实签名。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature is malformed.</source>
        <translation>签名格式错误。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature is too large.</source>
        <translation>签名过大。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature uses an unknown algorithm.</source>
        <translation>签名使用了未知的算法。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature uses minisign&apos;s legacy mode, which is not accepted.</source>
        <translation>签名使用了 minisign 的旧版模式，不予接受。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature was made by another key (key id {found}, expected {expected}).</source>
        <translation>签名由其他密钥生成（密钥 ID {found}，应为 {expected}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature&apos;s trusted comment is too long.</source>
        <translation>签名的可信注释过长。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>签名的可信注释已被篡改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a minisign public key file.</source>
        <translation>这不是 minisign 公钥文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a valid signing public key.</source>
        <translation>这不是有效的签名公钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a valid signing secret key.</source>
        <translation>这不是有效的签名私钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/demo.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>a record must be a JSON object</source>
        <translation>记录必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>a required field is missing ({detail})</source>
        <translation>缺少必填字段（{detail}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>an entry is repeated</source>
        <translation>有重复的条目</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>consents/{i}: withdrawn before it was given</source>
        <translation>consents/{i}：撤回日期早于同意日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>data: a deleted record keeps no content</source>
        <translation>data：已删除的记录不能保留内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>incidents/{i}/date: the date does not match its precision</source>
        <translation>incidents/{i}/date：日期与其精度不符</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>incidents/{i}/place: unknown province</source>
        <translation>incidents/{i}/place：未知的省（道）</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>must be greater than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>needs at least one entry</source>
        <translation>至少需要一项</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a valid date</source>
        <translation>不是有效的日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a valid value</source>
        <translation>不是有效的值</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a value of the list “{detail}”</source>
        <translation>不是“{detail}”列表中的值</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not one of the allowed values</source>
        <translation>不是允许的值之一</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not the allowed value</source>
        <translation>不是允许的值</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too many entries</source>
        <translation>条目太多</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too small</source>
        <translation>太小</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>unknown field ({detail})</source>
        <translation>未知字段（{detail}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>wrong format</source>
        <translation>格式不对</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>wrong kind of value</source>
        <translation>值的类型不对</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../intake_app/fileutil.py"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/fileutil.py"/>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>{path} already exists; choose another name (nothing was written).</source>
        <translation>{path} 已存在，请换一个名称（未写入任何内容）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Both sides of conflict {id} carry version {version} (a copied device?): keep &quot;a&quot; or &quot;b&quot;.</source>
        <translation>冲突 {id} 的两边都是版本 {version}（可能是被复制的设备）：请用 &quot;a&quot; 或 &quot;b&quot; 指定要保留的一方。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Conflict {id} was already resolved (kept {version}).</source>
        <translation>冲突 {id} 已解决过（保留了 {version}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>The content of this attachment version is no longer at headquarters; keep the other version.</source>
        <translation>总部已不再保存此附件版本的内容；请保留另一个版本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>There is no conflict {id}.</source>
        <translation>不存在冲突 {id}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Version {version} is not one of conflict {id}&apos;s: {a} or {b}.</source>
        <translation>版本 {version} 不属于冲突 {id}：应为 {a} 或 {b}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/credibility.py"/>
        <source>“{value}” is not a grade of this scale (allowed: {allowed}).</source>
        <translation>“{value}”不是此等级中的评级（可用：{allowed}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Bundles naming device {device} came signed by more than one key: approve it from its enrollment request file instead of by id.</source>
        <translation>自称来自设备 {device} 的记录包由不止一个密钥签名：请改用其登记申请文件批准，而不要按 ID 批准。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device id {device} is the id of this headquarters itself; this request was refused. It can only come from a copy of this vault or a forgery.</source>
        <translation>设备编号 {device} 是本总部自己的编号;此申请已被拒绝。它只可能来自本保险库的副本或伪造。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} approved (key {fingerprint}).</source>
        <translation>设备 {device} 已批准（密钥 {fingerprint}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} is already approved with another key; this request was refused. If the device was reinstalled, revoke the old entry: the new vault has a new device id.</source>
        <translation>设备 {device} 已用另一个密钥获批准，此申请已被拒绝。如果该设备是重新安装的，请吊销旧条目：新保险库有新的设备 ID。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} revoked: no bundle of it will be imported again (compromised since {since}).</source>
        <translation>设备 {device} 已吊销：今后不再导入其任何记录包（可能自 {since} 起已失陷）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was already approved with this key; nothing changed.</source>
        <translation>设备 {device} 已用此密钥获批准，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was already revoked (compromised since {since}).</source>
        <translation>设备 {device} 此前已被吊销（可能自 {since} 起已失陷）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was revoked and cannot be approved again; the field laptop needs a new vault.</source>
        <translation>设备 {device} 已被吊销，不能再次批准；该现场笔记本电脑需要新建保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>No device {device} is known here: approve it from its enrollment request file.</source>
        <translation>此处没有设备 {device} 的记录：请用其登记申请文件批准。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The device label may have at most {n} characters.</source>
        <translation>设备标签最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The enrollment request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The revocation date cannot be in the future.</source>
        <translation>吊销起始日不能是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>pending</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>“{date}” is not a date of the form YYYY-MM-DD.</source>
        <translation>“{date}”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>“{id}” is not a device id.</source>
        <translation>“{id}”不是设备 ID。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>Name at least two incidents to link into one event.</source>
        <translation>请至少指定两个事件才能合并为一个事件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>No incident with the id {id}.</source>
        <translation>没有 ID 为 {id} 的事件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>{id} is neither an event nor an incident linked to one.</source>
        <translation>{id} 既不是合并事件，也不是已关联的事件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <location filename="../../intake_app/vault/records.py"/>
        <source>No such record.</source>
        <translation>没有该记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>Record {id} has no version {version} at headquarters.</source>
        <translation>总部没有记录 {id} 的版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>The content of this attachment version is no longer at headquarters.</source>
        <translation>此附件版本的内容已不在总部。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>conflict resolved: kept {version}</source>
        <translation>冲突已解决:保留 {version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>edited at headquarters</source>
        <translation>在总部编辑</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>held before headquarters kept every version</source>
        <translation>总部开始保存所有版本之前已有</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>restored version {version}</source>
        <translation>恢复了版本 {version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>A case cannot be linked to itself.</source>
        <translation>个案不能与自身关联。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Confirmed: {a} and {b} are counted as one person.</source>
        <translation>已确认：{a} 和 {b} 计为同一个人。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>No case with the id or code {text}.</source>
        <translation>没有 ID 或编号为 {text} 的个案。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Nothing changed: {a} and {b} were already decided so.</source>
        <translation>未作更改：{a} 和 {b} 已经如此决定。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Rejected: {a} and {b} are different people and will not be proposed again.</source>
        <translation>已否决：{a} 和 {b} 是不同的人，不会再提示。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same name and birth year</source>
        <translation>姓名和出生年份相同</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same sex, province and birth year (within one), from different workers</source>
        <translation>性别、省份和出生年份（相差一年以内）相同，由不同的工作人员登记</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/importer.py"/>
        <source>quarantined bundle {id}</source>
        <translation>已隔离的记录包 {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Choose between 2 and {max} shares, and how many of them are needed (at least 2, at most all of them).</source>
        <translation>请选择 2 到 {max} 个份额，并指定恢复时需要其中几个（至少 2 个，至多全部）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Enter the shares first.</source>
        <translation>请先输入份额。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Keys restored: {added} Key fingerprint: {words}.</source>
        <translation>密钥已恢复：{added}密钥核对词语：{words}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Share {n} belongs to a different backup than share 1.</source>
        <translation>第 {n} 个份额与第 1 个份额属于不同的备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Share {n} is not valid: a word is misspelled, missing or in the wrong place. Check it against the paper.</source>
        <translation>第 {n} 个份额无效：有单词拼错、缺失或位置不对。请与纸上抄写的内容核对。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>The same share was entered twice.</source>
        <translation>同一个份额输入了两次。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>These shares do not fit together; check each of them against the paper.</source>
        <translation>这些份额无法组合在一起；请逐一与纸上抄写的内容核对。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>These shares do not hold a Field Intake key backup.</source>
        <translation>这些份额中没有 Field Intake 密钥备份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>This backup needs {needed} shares; only {n} was entered. Nothing was restored.</source>
        <extracomment>This backup needs {needed} shares; only {n} were entered. Nothing was restored.</extracomment>
        <translation>
            <numerusform>此备份需要 {needed} 个份额，但只输入了 {n} 个。未恢复任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>{n} decryption key added.</source>
        <extracomment>{n} decryption keys added.</extracomment>
        <translation>
            <numerusform>已添加 {n} 个解密密钥。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>already held</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>kept (headquarters holds a newer version)</source>
        <translation>保持不变(总部有更新的版本)</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>new</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Approve each field laptop from its enrollment request</source>
        <translation>根据每台现场笔记本电脑的登记申请批准它</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Back up the keys as shares on paper, kept by different people</source>
        <translation>将密钥拆分为纸质份额备份，由不同的人分别保管</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Back up the whole vault to a removable drive</source>
        <translation>将整个保险库备份到移动存储设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Create the headquarters keys (or restore them from backup shares)</source>
        <translation>创建总部密钥（或从备份份额恢复）</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the bundles field workers send</source>
        <translation>导入现场工作人员发来的记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the deployment profile from headquarters and compare its fingerprint words with them</source>
        <translation>导入总部设置文件，并与总部逐一比对核对词语</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the receipt headquarters sends back for each bundle</source>
        <translation>导入总部为每个记录包寄回的回执</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Issue the deployment profile and give it to each field worker</source>
        <translation>签发总部设置文件，并交给每位现场工作人员</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Record the people you help, the aid they receive and their testimonies</source>
        <translation>记录你帮助的人、他们得到的援助和他们的证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Register this laptop: write the enrollment request and give it to headquarters</source>
        <translation>登记这台笔记本电脑：写出登记申请并交给总部</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Send what changed to headquarters as a bundle (USB stick or e-mail)</source>
        <translation>把改动的内容做成记录包发给总部（U 盘或电子邮件）</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The headquarters keys are not backed up: if this computer is lost, everything sent to headquarters is lost with it.</source>
        <translation>总部密钥尚未备份：如果这台电脑丢失，发到总部的一切也会随之丢失。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The keys changed after the profile was issued: issue a new profile for the field laptops.</source>
        <translation>签发总部设置文件后密钥已更改：请为现场笔记本电脑签发新的总部设置文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The last verified backup is {n} day old.</source>
        <extracomment>The last verified backup is {n} days old.</extracomment>
        <translation>
            <numerusform>上次经检查的备份是 {n} 天前的。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>There is no verified backup of this vault yet.</source>
        <translation>这个保险库还没有经检查的备份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} bundle is waiting in quarantine until its device is approved.</source>
        <extracomment>{n} bundles are waiting in quarantine until their devices are approved.</extracomment>
        <translation>
            <numerusform>有 {n} 个记录包在隔离区等待其设备获得批准。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} change is not at headquarters yet: send a bundle.</source>
        <extracomment>{n} changes are not at headquarters yet: send a bundle.</extracomment>
        <translation>
            <numerusform>有 {n} 处改动尚未送到总部：请发送记录包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} conflict is waiting for review.</source>
        <extracomment>{n} conflicts are waiting for review.</extracomment>
        <translation>
            <numerusform>有 {n} 个冲突等待审查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} device is waiting for approval.</source>
        <extracomment>{n} devices are waiting for approval.</extracomment>
        <translation>
            <numerusform>有 {n} 台设备等待批准。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>A quarantine limit must be a whole number of at least 0.</source>
        <translation>隔离上限必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} MiB may wait; this bundle has {size} MiB</source>
        <translation>最多可等待 {n} MiB;此记录包有 {size} MiB</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} bundle may wait</source>
        <extracomment>at most {n} bundles may wait</extracomment>
        <translation>
            <numerusform>最多可等待 {n} 个记录包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} device may wait for approval</source>
        <extracomment>at most {n} devices may wait for approval</extracomment>
        <translation>
            <numerusform>最多可有 {n} 台设备等待批准</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: an earlier bundle of this device never arrived.</source>
        <translation>已标记：该设备较早的某个记录包从未送达。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: it does not follow the bundle imported before it (a restored or copied device?).</source>
        <translation>已标记：它与之前导入的记录包接续不上（可能是恢复或复制出来的设备）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: the device&apos;s activity log was cut short or rewritten since its previous bundle.</source>
        <translation>已标记:自上一个记录包以来,该设备的活动日志被截短或改写。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>It arrived after a later bundle of this device; its versions were added to the history, and no record went back to them.</source>
        <translation>它比该设备更晚的记录包到得还晚;其版本已加入历史,没有任何记录退回到这些版本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: already imported (bundle {sequence} of device {device}); nothing changed.</source>
        <translation>{file}：已导入过（设备 {device} 的第 {sequence} 号记录包），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: imported bundle {sequence} of device {device}: {records} ({changes}), {attachments}.</source>
        <translation>{file}：已导入设备 {device} 的第 {sequence} 个记录包：{records}（{changes}），{attachments}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: quarantined: device {device} is not approved yet; the bundle will be imported when it is.</source>
        <translation>{file}：已隔离：设备 {device} 尚未获批准；获批后将导入该记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: refused: {reason}</source>
        <translation>{file}：已拒绝：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/sync/export.py"/>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} attachment</source>
        <extracomment>{n} attachments</extracomment>
        <translation>
            <numerusform>{n} 个附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} conflict</source>
        <extracomment>{n} conflicts</extracomment>
        <translation>
            <numerusform>{n} 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} new</source>
        <extracomment>{n} new</extracomment>
        <translation>
            <numerusform>新增 {n} 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/sync/export.py"/>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} record</source>
        <extracomment>{n} records</extracomment>
        <translation>
            <numerusform>{n} 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} updated</source>
        <extracomment>{n} updated</extracomment>
        <translation>
            <numerusform>更新 {n} 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The JPEG image is damaged; it was not imported.</source>
        <translation>JPEG 图像已损坏，未导入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The PNG image is damaged; it was not imported.</source>
        <translation>PNG 图像已损坏，未导入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The image file is damaged or not really an image.</source>
        <translation>图像文件已损坏，或并非图像。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>(current)</source>
        <translation>(当前)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Attachment SHA-256</source>
        <translation>附件 SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Audit chain position</source>
        <translation>审计链位置</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Bundle SHA-256</source>
        <translation>记录包 SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Bundle id</source>
        <translation>记录包 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL</source>
        <translation>机密</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL - identifying details</source>
        <translation>机密 - 身份信息</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL: this file holds identifying details of people at risk. Share it only with the mechanism it is meant for.</source>
        <translation>机密:此文件含有处境危险者的身份信息。只可交给指定的机制。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/dataset.py"/>
        <location filename="../../intake_app/reports/records_export.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消,没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Case code</source>
        <translation>个案编号</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Case file for a United Nations human rights mechanism</source>
        <translation>提交联合国人权机制的案卷</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Choose at least one testimony for the case file.</source>
        <translation>请至少选择一份证词放入案卷。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Device key fingerprint</source>
        <translation>设备密钥核对码</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Incident {n}</source>
        <translation>事件 {n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interview date</source>
        <translation>访谈日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Interviews</source>
        <translation>访谈日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Narrative</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>No Korean, Japanese and Chinese font was found, so the case file cannot be printed. Install the Noto CJK fonts (Debian: fonts-noto-cjk).</source>
        <translation>找不到韩文、日文和中文字体,无法打印案卷。请安装 Noto CJK 字体(Debian:fonts-noto-cjk)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Origin device</source>
        <translation>来源设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页,共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Perpetrator</source>
        <translation>加害方</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Prepared by</source>
        <translation>编写机构</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Prepared on</source>
        <translation>编写日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Provenance</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Record id</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>SHA-256 of the original file</source>
        <translation>原始文件的 SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Testimonies</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Testimony {id} has no &quot;UN mechanisms&quot; consent in force: it cannot go in a case file.</source>
        <translation>证词 {id} 没有有效的“联合国机制”同意,不能放入案卷。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Testimony {n} of {total}</source>
        <translation>证词 {n} / {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>The testimony was given with consent to share it with UN mechanisms.</source>
        <extracomment>Each testimony was given with consent to share it with UN mechanisms.</extracomment>
        <translation>
            <numerusform>每份证词都已同意提供给联合国机制。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>There is no testimony {id}.</source>
        <translation>没有证词 {id}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Violation</source>
        <translation>侵权</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Witness (alias)</source>
        <translation>证人(化名)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>{n} incident</source>
        <extracomment>{n} incidents</extracomment>
        <translation>
            <numerusform>{n} 起事件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/charts.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>hidden (&lt;{k})</source>
        <translation>已隐藏(&lt;{k})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>Testimony {id} could not be read; nothing was written.</source>
        <translation>无法读取证词 {id},没有写出任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>The period is empty: {start} comes after {end}.</source>
        <translation>期间为空:{start} 晚于 {end}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} 不是日期;请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/records_export.py"/>
        <source>A CSV file holds one kind of record: choose it with --type (case, aid, testimony or attachment).</source>
        <translation>一个 CSV 文件只能包含一种记录:请用 --type 选择(case、aid、testimony 或 attachment)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/records_export.py"/>
        <source>Unknown format {name}. Choose from: {choices}.</source>
        <translation>未知格式 {name}。请从以下选择:{choices}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>A year-only date counts in its year; an undated incident counts as &quot;unknown&quot; and belongs to the period of its interview.</source>
        <translation>只知年份的日期计入该年;日期不明的事件计为“未知”,归入其访谈所在的期间。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Age at the incident</source>
        <translation>事发时年龄</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Aid category</source>
        <translation>援助类别</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Aid distributions</source>
        <translation>援助发放</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>At most {n} dimensions can be crossed in one table.</source>
        <translation>一张表最多可交叉 {n} 个维度。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Cells with 1 to {last} people are shown as &lt;{k}; cells marked x are hidden so that no small cell can be worked out from the totals.</source>
        <translation>1 至 {last} 人的单元格显示为 &lt;{k};标 x 的单元格已隐藏,使人无法从合计推算出小单元格。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Corroborated events (two or more independent witnesses)</source>
        <translation>经证实的事件(两名或以上独立证人)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Each dimension may be named only once.</source>
        <translation>每个维度只能指定一次。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Each person is counted once in each cell, and once in each total, however many incidents, violations or testimonies concern them.</source>
        <translation>无论涉及多少事件、侵权或证词,每个人在每个单元格和每个合计中只计一次。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Left out: {n} testimony whose consent was withdrawn.</source>
        <extracomment>Left out: {n} testimonies whose consent was withdrawn.</extracomment>
        <translation>
            <numerusform>未计入:同意已撤回的证词 {n} 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Left out: {n} testimony without that consent.</source>
        <extracomment>Left out: {n} testimonies without that consent.</extracomment>
        <translation>
            <numerusform>未计入:没有该同意的证词 {n} 份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Name at least one dimension to count by.</source>
        <translation>请至少指定一个统计维度。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Only testimonies whose &quot;anonymised statistics&quot; consent is in force are counted: {n} testimony was counted.</source>
        <extracomment>Only testimonies whose &quot;anonymised statistics&quot; consent is in force are counted: {n} testimonies were counted.</extracomment>
        <translation>
            <numerusform>只统计“匿名统计”同意有效的证词:共统计 {n} 份证词。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>People who received aid</source>
        <translation>接受援助的人</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Period: {start} to {end}.</source>
        <translation>期间:{start} 至 {end}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Province of origin</source>
        <translation>原籍地</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Quantity ({unit})</source>
        <translation>数量({unit})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Situation</source>
        <translation>当前处境</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>UPR theme</source>
        <translation>UPR 主题</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Unknown dimension {name}. Choose from: {choices}.</source>
        <translation>未知维度 {name}。请从以下选择:{choices}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Value ({unit})</source>
        <translation>金额({unit})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Victims (distinct people)</source>
        <translation>受害者(不重复人数)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Violation type</source>
        <translation>侵权类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Witnesses (distinct people)</source>
        <translation>证人(不重复人数)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Year of incident</source>
        <translation>事件年份</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>{a} counts aid and {b} counts testimonies: they cannot be crossed.</source>
        <translation>{a} 统计援助,{b} 统计证词:二者不能交叉。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>{n} aid distribution was counted.</source>
        <extracomment>{n} aid distributions were counted.</extracomment>
        <translation>
            <numerusform>统计了 {n} 次援助发放。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/suppression.py"/>
        <source>The smallest cell shown must be at least {min}; {k} would expose small groups.</source>
        <translation>显示的最小单元格必须至少为 {min};{k} 会暴露小群体。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/tabular.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/tabular.py"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>(name the submitting organisations)</source>
        <translation>(请填写提交机构名称)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>(to be written by the authors)</source>
        <translation>(由作者撰写)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>A witness said (testimony {code}):</source>
        <translation>一位证人说(证词 {code}):</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>No testimony counted in this period concerns this theme.</source>
        <translation>本期间统计的证词中没有涉及此主题的。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Submitting organisations</source>
        <translation>提交机构</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Testimony {id} may not be quoted: neither its &quot;UN mechanisms&quot; nor its &quot;named publication&quot; consent is in force.</source>
        <translation>证词 {id} 不可引用:其“联合国机制”和“署名发表”同意均未生效。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>This submission covers {start} to {end}.</source>
        <translation>本提交材料涵盖 {start} 至 {end}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Treaty articles</source>
        <translation>条约条款</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Treaty articles concerned: {articles}.</source>
        <translation>相关条约条款:{articles}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Under this theme in this period: testimonies {testimonies}; incidents {incidents}; victims {victims} (each person counted once).</source>
        <translation>本期间此主题:证词 {testimonies};事件 {incidents};受害者 {victims}(每人只计一次)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Universal Periodic Review: submission (draft)</source>
        <translation>普遍定期审议:提交材料(草稿)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Victims</source>
        <translation>受害者</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Victims by violation type</source>
        <translation>按侵权类型的受害者</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/cleanup.py"/>
        <source>The spreadsheet could not be deleted: {reason}</source>
        <translation>无法删除电子表格：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/cleanup.py"/>
        <source>The spreadsheet is still a plain file on this computer: anyone who gets the laptop can read it. Deleting it overwrites its content and removes it, but on an SSD or a memory card, and on most modern file systems, old copies may remain on the disk where no program shows them; only full-disk encryption protects against that.</source>
        <translation>电子表格仍以未加密文件的形式留在这台电脑上：任何拿到笔记本电脑的人都能读取。删除时会先覆盖内容再删除，但在 SSD、存储卡以及大多数现代文件系统上，旧副本可能留在任何程序都看不到的磁盘位置；只有全盘加密才能防范这一点。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>(perhaps “{value}”?)</source>
        <translation>（是否为“{value}”？）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>a quantity or unit without an item</source>
        <translation>有数量或单位，却没有物品</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>a relation without the household member it links to</source>
        <translation>有关系，却没有所关联的家庭成员</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>an incident needs at least one violation type</source>
        <translation>事件至少需要一种侵权类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>consents need the method they were given by (oral, written…)</source>
        <translation>同意需要注明给出的方式（口头、书面等）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>the item needs a quantity and a unit</source>
        <translation>物品需要数量和单位</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>the record type is missing</source>
        <translation>缺少记录类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>this column does not apply to {type} records</source>
        <translation>此列不适用于 {type} 记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{field}” is empty; it is required</source>
        <translation>“{field}”为空；这是必填项</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a record type (case, aid or testimony)</source>
        <translation>“{text}”不是记录类型（个案、援助或证词）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a value of the list “{list}”</source>
        <translation>“{text}”不是“{list}”列表中的值</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a whole number</source>
        <translation>“{text}”不是整数</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>there is no month {m}</source>
        <translation>没有 {m} 月</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>{y}-{m}-{d} is not a date in the calendar</source>
        <translation>{y}-{m}-{d} 不是日历上存在的日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” could be read day first or month first: write it as YYYY-MM-DD</source>
        <translation>“{text}”无法判断是日在前还是月在前：请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” has no day: this field needs the full date</source>
        <translation>“{text}”没有日：此字段需要完整日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” is not a date this app can read (write it as YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>“{text}”不是本应用能读懂的日期（请写成 YYYY-MM-DD、YYYY-MM 或 YYYY）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Aid</source>
        <translation>援助</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Alias</source>
        <translation>化名</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Case (reference or code)</source>
        <translation>个案（参照号或编号）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consent method</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consents given</source>
        <translation>已给出的同意</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Exact birth date</source>
        <translation>确切出生日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Household member (reference)</source>
        <translation>家庭成员（参照号）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident province (North Korea)</source>
        <translation>事件发生的道（朝鲜）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interviewer</source>
        <translation>访谈人</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Legal name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Place name</source>
        <translation>地点名称</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Province (China)</source>
        <translation>省份（中国）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Reference in this file</source>
        <translation>本文件中的参照号</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Victim</source>
        <translation>受害者</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Violation types</source>
        <translation>侵权类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Vulnerabilities</source>
        <translation>弱势情况</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Witness (reference or code)</source>
        <translation>证人（参照号或编号）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>A real import would add: {counts}.</source>
        <translation>正式导入将添加：{counts}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>Imported: {counts}.</source>
        <translation>已导入：{counts}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>no case has the reference or code {ref}</source>
        <translation>没有参照号或编号为 {ref} 的个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>the reference {ref} is already used on row {n}</source>
        <translation>参照号 {ref} 已在第 {n} 行使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>{n} problem stops the import; nothing was written. {first}</source>
        <extracomment>{n} problems stop the import; nothing was written. First: {first}</extracomment>
        <translation>
            <numerusform>{n} 个问题导致导入中止；没有写入任何内容。{first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>The mapping file is not valid JSON ({detail}).</source>
        <translation>对应表文件不是有效的 JSON（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>The mapping file is not valid: {reason}</source>
        <translation>对应表文件无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>column “{column}”: {type} records have no field {field}</source>
        <translation>“{column}”列：{type} 记录没有 {field} 字段</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>values/{list}: {key} is not a key of the list</source>
        <translation>values/{list}：{key} 不是该列表的键</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>values: there is no list {name}</source>
        <translation>values：没有名为 {name} 的列表</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>(perhaps “{field}”?)</source>
        <translation>（是否为“{field}”？）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Column “{column}”</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>column “{column}”</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>it does not say which kind of records this is: choose case, aid or testimony (--type)</source>
        <translation>未说明这是哪类记录：请选择个案、援助或证词（--type）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>no column gives the required field “{field}”</source>
        <translation>没有任何列提供必填字段“{field}”</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>no field of the record matches this header; map it to a field or ignore it</source>
        <translation>没有字段与此列标题对应；请指定字段或忽略此列</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>the file holds no rows to import</source>
        <translation>文件中没有可导入的行</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>two columns give the same field {field}</source>
        <translation>两列对应同一个字段 {field}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Column {letter}</source>
        <translation>{letter} 列</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Only .csv and .xlsx files can be imported as spreadsheets.</source>
        <translation>只有 .csv 和 .xlsx 文件可以作为电子表格导入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Row {n}: the file is not valid CSV ({detail}).</source>
        <translation>第 {n} 行：文件不是有效的 CSV（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file has more than {n} rows.</source>
        <translation>文件超过 {n} 行。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is not valid {encoding} text (byte {n}); name the right encoding with --encoding.</source>
        <translation>文件不是有效的 {encoding} 文本（第 {n} 字节）；请用 --encoding 指定正确的编码。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is too large to import (more than {n} MB).</source>
        <translation>文件太大，无法导入（超过 {n} MB）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is too large to import once unpacked.</source>
        <translation>文件解压后太大，无法导入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The text encoding of this file is not certain (it could be {names}). Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.</source>
        <translation>无法确定此文件的文本编码（可能是 {names}）。请用 --encoding 指定，例如 --encoding cp949、shift_jis 或 gb18030。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The text encoding of this file is not one this app recognises. Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.</source>
        <translation>本应用无法识别此文件的文本编码。请用 --encoding 指定，例如 --encoding cp949、shift_jis 或 gb18030。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>This is not an .xlsx file, or it is damaged.</source>
        <translation>这不是 .xlsx 文件，或者文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Unknown text encoding {name}.</source>
        <translation>未知的文本编码 {name}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>A headquarters key in the deployment profile is not an age X25519 key.</source>
        <translation>总部设置文件中的某个总部密钥不是 age X25519 密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>Encryption failed.</source>
        <translation>加密失败。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>The bundle was decrypted.</source>
        <translation>记录包已解密。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>There is no headquarters key to encrypt to: import the deployment profile.</source>
        <translation>没有可用于加密的总部密钥：请导入总部设置文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle is damaged or was altered: its encrypted content does not check out (a truncated copy, or a changed byte).</source>
        <translation>此记录包已损坏或被篡改：其加密内容无法通过校验（副本不完整，或有字节被更改）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle is not addressed to this headquarters: none of its keys can open it.</source>
        <translation>此记录包不是发给本总部的：总部的任何密钥都无法打开它。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle&apos;s encryption header was altered.</source>
        <translation>此记录包的加密头已被篡改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file is encrypted in a way bundles never are (with a passphrase, another kind of key, or as text); it was refused unopened.</source>
        <translation>此文件采用记录包绝不会使用的方式加密（密码短语、其他类型的密钥或文本格式），已拒绝且未打开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file is not a bundle: it is not in the encrypted format bundles use, or its start is damaged.</source>
        <translation>此文件不是记录包：它不是记录包使用的加密格式，或者文件开头已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file&apos;s encryption header is larger than a bundle&apos;s can be; it was refused unopened.</source>
        <translation>此文件的加密头超出了记录包可能的大小，已拒绝且未打开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>Encryption failed ({kind}); no bundle was written.</source>
        <translation>加密失败（{kind}），未写入记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>The decryption helper failed ({kind}); nothing was changed.</source>
        <translation>解密辅助进程失败（{kind}），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>The encryption helper stopped unexpectedly; nothing was changed.</source>
        <translation>加密辅助进程意外停止，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>a record that stays on this laptop refers to it</source>
        <translation>留在这台笔记本电脑上的记录引用了它</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>changed since it was sent: the next bundle sends it again</source>
        <translation>发送后已修改：下一个记录包会再次发送它</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>delivered less than {n} day ago</source>
        <extracomment>delivered less than {n} days ago</extracomment>
        <translation>
            <numerusform>送达未满 {n} 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>delivered too recently</source>
        <translation>送达时间太近</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/device_names.py"/>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/device_names.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>this laptop</source>
        <translation>这台笔记本电脑</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Bundle written.</source>
        <translation>记录包已写入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Nothing changed since headquarters last acknowledged an export: no bundle was written.</source>
        <translation>自总部上次确认收到导出以来没有任何变更：未写入记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Record {id} is too large to export.</source>
        <translation>记录 {id} 过大，无法导出。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>The content of attachment {id} is missing from the vault; run `intake-app verify`.</source>
        <translation>保险库中缺少附件 {id} 的内容；请运行 `intake-app verify`。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>{bundles}: {records}, {attachments}.</source>
        <translation>{bundles}：{records}，{attachments}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/export.py"/>
        <source>{n} bundle written</source>
        <extracomment>{n} bundles written</extracomment>
        <translation>
            <numerusform>已生成 {n} 个记录包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>A signing key in the vault does not match its public key; the vault is damaged.</source>
        <translation>保险库中的某个签名密钥与其公钥不符：保险库已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>An age key in the vault does not match its recipient; the vault is damaged.</source>
        <translation>保险库中的某个 age 密钥与其接收方公钥不符：保险库已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This is a field vault; this command is for headquarters (a vault made with `init --role hq`).</source>
        <translation>这是现场保险库；此命令供总部使用（即用 `init --role hq` 创建的保险库）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This is a headquarters vault; this command is for a field device.</source>
        <translation>这是总部保险库；此命令供现场设备使用。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This vault has no headquarters signing key.</source>
        <translation>此保险库没有总部签名密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>No deployment profile is in force yet: import the one headquarters sent.</source>
        <translation>尚无生效的总部设置文件：请导入总部发来的设置文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile</source>
        <translation>总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile is now trusted (first import).</source>
        <translation>总部设置文件现已受信任（首次导入）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile was updated.</source>
        <translation>总部设置文件已更新。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The fingerprint was not confirmed; the profile was not imported.</source>
        <translation>核对词语未获确认，未导入设置文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The organisation name must have 1 to 200 characters.</source>
        <translation>机构名称须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The purge delay must be between 0 and 3650 days.</source>
        <translation>清除等待期必须在 0 到 3650 天之间。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This deployment profile is already in force; nothing changed.</source>
        <translation>此总部设置文件已在生效，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile (version {found}) is older than the one in force (version {current}); it was refused.</source>
        <translation>此设置文件（版本 {found}）比当前生效的（版本 {current}）旧，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile has the same version ({found}) as the one in force but different content; it was refused.</source>
        <translation>此设置文件与当前生效的版本相同（{found}），但内容不同，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile is signed by a different headquarters key than the one this device trusts; it was refused. If headquarters really changed its key, ask it how to proceed.</source>
        <translation>此设置文件所用的总部签名密钥与本设备信任的不同，已拒绝。如果总部确实更换了密钥，请向总部询问如何处理。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{field}” is not an identifying field of {type} records (those are: {known}).</source>
        <translation>“{field}”不是 {type} 记录的可识别身份字段（此类字段有：{known}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{spec}” should look like TYPE:FIELD,FIELD (e.g. case:legal_name).</source>
        <translation>“{spec}”应为 TYPE:FIELD,FIELD 格式（例如 case:legal_name）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{type}” is not a record type.</source>
        <translation>“{type}”不是记录类型。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>The receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>This file is not a receipt for this device: a receipt from headquarters is encrypted to this device&apos;s key. Nothing was changed.</source>
        <translation>此文件不是给本设备的回执:总部的回执是用本设备的密钥加密的。没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>This receipt is for another device; nothing was changed.</source>
        <translation>此回执属于其他设备，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Headquarters has no encryption key of device {device} to protect its receipt with: ask the device for a new enrollment request (or a new bundle) first.</source>
        <translation>总部没有设备 {device} 的加密密钥来保护其回执:请先让该设备发送新的登记申请(或新的记录包)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>No bundle of device {device} was imported here: there is nothing to acknowledge.</source>
        <translation>此处未导入过设备 {device} 的任何记录包：没有可确认的内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Purged {records} ({attachments}, {blobs}); the space was reclaimed.</source>
        <translation>已删除{records}（{attachments}，{blobs}），并已回收占用的空间。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Receipt accepted: {records} marked delivered, {bundles} acknowledged.</source>
        <translation>回执已接受：{records}已标记为已送达，{bundles}已确认收到。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Receipt accepted; it acknowledges nothing new.</source>
        <translation>回执已接受；其中没有新的确认内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>{n} bundle</source>
        <extracomment>{n} bundles</extracomment>
        <translation>
            <numerusform>{n} 个记录包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} delivered record</source>
        <extracomment>{n} delivered records</extracomment>
        <translation>
            <numerusform>{n} 条已送达的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} stored file</source>
        <extracomment>{n} stored files</extracomment>
        <translation>
            <numerusform>{n} 个存储文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>An attachment of the bundle does not match its name.</source>
        <translation>记录包中某个附件的内容与其名称不符。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>An entry of the bundle is larger than allowed (“{name}”: {size} bytes; at most {limit}).</source>
        <translation>记录包中某个条目超过允许的大小（“{name}”：{size} 字节；上限 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Device {device} was revoked (possibly compromised since {since}): its bundles are refused.</source>
        <translation>设备 {device} 已被吊销（可能自 {since} 起已失陷）：其记录包一律拒绝。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Quarantine is full ({what}): this bundle of an unapproved device was refused. Approve or remove waiting devices, or raise the limits in Devices.</source>
        <translation>隔离区已满({what}):这个未批准设备的记录包被拒绝。请批准或移除等待中的设备,或在“设备”中提高上限。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {id} arrives with another type than the one headquarters holds.</source>
        <translation>记录 {id} 到达时的类型与总部保存的不同。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle belongs to another device or to headquarters: a device may only change its own records.</source>
        <translation>记录包中的记录 {line} 属于另一台设备或总部:设备只能修改自己的记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle carries a version made by another device.</source>
        <translation>记录包中第 {line} 条记录带有由其他设备生成的版本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle claims to come from another device or from headquarters: a device may only send records it created.</source>
        <translation>记录包中的记录 {line} 自称来自另一台设备或总部:设备只能发送自己创建的记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is longer than allowed.</source>
        <translation>记录包中第 {line} 条记录超过允许的长度。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is nested too deeply.</source>
        <translation>记录包中第 {line} 条记录嵌套过深。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is not valid: {problems}</source>
        <translation>记录包中第 {line} 条记录无效：{problems}</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle lists a version made by another device or by headquarters among its earlier versions.</source>
        <translation>记录包中的记录 {line} 在其早期版本中列出了另一台设备或总部制作的版本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle needs an attachment that neither the bundle nor headquarters has.</source>
        <translation>记录包中第 {line} 条记录所需的附件既不在记录包中，也不在总部。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains a link, a device or another special entry (“{name}”).</source>
        <translation>记录包中含有链接、设备文件或其他特殊条目（“{name}”）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains an entry no bundle has (“{name}”).</source>
        <translation>记录包中含有记录包本不应有的条目（“{name}”）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains “{name}” twice.</source>
        <translation>记录包中 “{name}” 出现了两次。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle decrypts to more data than its size allows.</source>
        <translation>记录包解密后的数据量超出了其文件大小所允许的范围。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle has data after the end of its archive.</source>
        <translation>记录包的归档结尾之后还有数据。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle has more entries than allowed (at most {limit}).</source>
        <translation>记录包的条目数超过上限（最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle holds more records than allowed (at most {limit}).</source>
        <translation>记录包中的记录数超过上限（最多 {limit} 条）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle lacks “{name}”.</source>
        <translation>记录包缺少 “{name}”。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle names device {device} but presents another signing key than the one headquarters approved.</source>
        <translation>记录包自称来自设备 {device}，但提供的签名密钥与总部批准的不同。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle names headquarters&apos; own device id as its sender.</source>
        <translation>该记录包把总部自己的设备编号写成发送者。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s archive is malformed.</source>
        <translation>记录包内的归档格式错误。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s content does not match its manifest (“{name}”).</source>
        <translation>记录包的内容与其清单不符（“{name}”）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s manifest is not valid (at {where}).</source>
        <translation>记录包的清单无效（位置：{where}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s signature does not verify with the key of device {device}: it was altered, or not made by that device.</source>
        <translation>记录包的签名无法用设备 {device} 的密钥验证：它已被篡改，或并非该设备生成。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The decryption helper failed; nothing was changed.</source>
        <translation>解密辅助进程失败，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The file cannot be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The file is larger than a bundle may be ({size} bytes; at most {limit}).</source>
        <translation>文件超过了记录包允许的大小（{size} 字节；上限 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle (number {sequence} of device {device}) is not newer than the last one imported (number {last}): refused as a replay.</source>
        <translation>此记录包（设备 {device} 的第 {sequence} 号）并不比最后导入的（第 {last} 号）更新：作为重放予以拒绝。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle was written by a newer version of Field Intake; update Field Intake here to import it.</source>
        <translation>此记录包由更新版本的 Field Intake 写成;请先更新这里的 Field Intake 再导入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle was written by an older version of Field Intake, in a format headquarters no longer reads safely. Update Field Intake on the field laptop and export again.</source>
        <translation>此记录包由旧版本的 Field Intake 写成,其格式总部已不再安全读取。请更新现场笔记本电脑上的 Field Intake 后重新导出。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>An attachment in the vault does not have the size or content its record says; run `intake-app verify`. No bundle was written.</source>
        <translation>保险库中的附件与其记录所写的大小或内容不符;请运行 `intake-app verify`。没有写出记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>已取消，未写入记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>The bundle read back from {folder} differs from what was written: the medium may be failing or full. No bundle was written; try another stick.</source>
        <translation>从 {folder} 读回的记录包与写入的内容不一致：存储介质可能已损坏或已满。未写入记录包；请换一个 U 盘再试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/backup/__init__.py"/>
        <source>Last verified backup {n} day ago: back up in Settings.</source>
        <extracomment>Last verified backup {n} days ago: back up in Settings.</extracomment>
        <translation>
            <numerusform>上次经检查的备份在 {n} 天前：请在设置中备份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/__init__.py"/>
        <source>No verified backup yet: back up in Settings.</source>
        <translation>还没有经检查的备份：请在设置中备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>A backup is a checked copy of the whole vault, encrypted like the vault itself: it opens only with your passphrase or recovery key. Choose a folder on a removable drive and keep the drive as safe as the laptop.</source>
        <translation>备份是整个保险库经过检查的副本，与保险库一样加密：只能用您的密码短语或恢复密钥打开。请选择移动硬盘上的文件夹，并像保管笔记本电脑一样妥善保管该硬盘。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Choose a folder and back up…</source>
        <translation>选择文件夹并备份…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Choose the folder for the backup</source>
        <translation>选择备份的文件夹</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Copying and checking the vault…</source>
        <translation>正在复制并检查保险库…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Headquarters is reminded after 7 days by default. On a field laptop there is no reminder unless you set one: a backup on a stick is one more copy to protect.</source>
        <translation>总部默认在 7 天后提醒。现场笔记本电脑除非您自己设置，否则不会提醒：U 盘上的备份也是又一份需要保护的副本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Remind me after:</source>
        <translation>提醒间隔：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>The backup was written and checked: {path}. It opens with the same passphrase or recovery key as this vault.</source>
        <translation>备份已写入并检查：{path}。它用与此保险库相同的密码短语或恢复密钥打开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>There is no reminder unless you set one here: a backup on a stick is one more copy to protect.</source>
        <translation>除非在这里设置，否则不会提醒：U 盘上的备份也是又一份需要保护的副本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Discard and quit</source>
        <translation>放弃并退出</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Discard and switch</source>
        <translation>放弃并切换</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <location filename="../../intake_app/ui/main/window.py"/>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Field Intake</source>
        <translation>Field Intake</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Quit and lose your unsaved changes?</source>
        <translation>要退出并丢弃未保存的更改吗？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>The window is rebuilt in the new language. Your unsaved changes will be lost.</source>
        <translation>窗口将以新语言重新打开。未保存的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>A field worker&apos;s laptop</source>
        <translation>一线工作人员的笔记本电脑</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Advanced options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Check your copy of the recovery key</source>
        <translation>核对您抄下的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Choose a passphrase</source>
        <translation>设置密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Choose your language.</source>
        <translation>请选择语言。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>正在创建加密保险库，需要几秒钟…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Field Intake keeps your records of aid and testimony in an encrypted vault on this laptop. Nobody can read them without your passphrase. Setting it up takes a few minutes.</source>
        <translation>Field Intake 将援助和证词记录保存在这台笔记本电脑上的加密保险库中。没有您的密码短语，任何人都无法读取。设置只需几分钟。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Group {n}:</source>
        <translation>第 {n} 组：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Headquarters (coordinators who receive field data)</source>
        <translation>总部（接收一线数据的协调员）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>It opens the vault if you forget the passphrase.</source>
        <translation>忘记密码短语时，可用它打开保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Nothing is saved until you finish this step.</source>
        <translation>完成这一步之前，不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>These groups do not match the recovery key. Check your copy; you can go back to see the key again.</source>
        <translation>这些组与恢复密钥不符。请核对您抄下的内容；也可以返回再看一次密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>This vault is for:</source>
        <translation>此保险库用于：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Type these two groups from the copy you made. If you did not write the key down, go back and do it now.</source>
        <translation>请根据您抄下的恢复密钥输入下面两组。如果还没有抄下，请返回现在抄写。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Use several unrelated words that only you would think of. Do not use names, dates or anything written on or near this laptop.</source>
        <translation>请使用几个只有您自己会想到、彼此无关的词。不要使用姓名、日期，或写在这台笔记本电脑上及其附近的任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Welcome to Field Intake</source>
        <translation>欢迎使用 Field Intake</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>You will type it every time you open Field Intake.</source>
        <translation>每次打开 Field Intake 时都需要输入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder (its name is a row of letters and digits) and enter the passphrase the vault had when the backup was made, or its recovery key. The backup is checked before anything is written.</source>
        <translation>请选择备份文件夹（名称为一串字母和数字），并输入创建备份时保险库的密码短语或恢复密钥。写入任何内容之前会先检查备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder and enter its passphrase or recovery key.</source>
        <translation>请选择备份文件夹并输入其密码短语或恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Passphrase or recovery key:</source>
        <translation>密码短语或恢复密钥：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>This backup is {n} day old: anything recorded after it is not in it.</source>
        <extracomment>This backup is {n} days old: anything recorded after it is not in it.</extracomment>
        <translation>
            <numerusform>此备份是 {n} 天前的：之后记录的内容不在其中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Use the recovery key instead of the passphrase</source>
        <translation>用恢复密钥代替密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <location filename="../../intake_app/ui/sync/common.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Create the vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Set up Field Intake</source>
        <translation>设置 Field Intake</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Everything is set up. Import bundles as they arrive and keep backing up.</source>
        <translation>一切已就绪。记录包到达后请及时导入，并坚持备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Everything is set up. Keep recording, and send bundles regularly.</source>
        <translation>一切已就绪。请继续记录，并定期发送记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Getting started</source>
        <translation>入门步骤</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Go to {page}</source>
        <translation>前往{page}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>In this vault</source>
        <translation>保险库概况</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Needs attention</source>
        <translation>需要处理的事项</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Next step: {step}</source>
        <translation>下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>What to do next, and what needs attention. Each button opens the page where it is done.</source>
        <translation>接下来要做的事和需要处理的事项。每个按钮都会打开完成该事项的页面。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>All {n} shares are written down or printed, and each will be kept apart from the others.</source>
        <translation>全部 {n} 份份额都已抄写或打印，并将分开保管。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Back up the headquarters keys</source>
        <translation>备份总部密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Back up the headquarters keys as shares</source>
        <translation>将总部密钥拆分为份额备份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Choose where to save</source>
        <translation>选择保存位置</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Make the shares</source>
        <translation>生成份额</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Next share</source>
        <translation>下一份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Number of shares:</source>
        <translation>份额数量：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>PDF files</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Previous share</source>
        <translation>上一份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save a share as PDF</source>
        <translation>将份额保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save share as PDF</source>
        <translation>将份额保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save this share as a PDF to print…</source>
        <translation>将此份额保存为 PDF 以便打印…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Share {k} of {n}</source>
        <translation>第 {k} 份，共 {n} 份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Share {k} saved to {name}. Print it, then delete the file.</source>
        <translation>第 {k} 份已保存到 {name}。打印后请删除该文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Shares needed to restore:</source>
        <translation>恢复所需份额数：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>The PDF holds a secret share. Save it only where you print from (for example a USB stick you erase afterwards), never on a shared, synchronised or backed-up drive. Nothing else is written anywhere.</source>
        <translation>此 PDF 含有一份秘密份额。只能保存在用于打印的位置（例如用完即清除的 U 盘），切勿保存到共享、同步或会被备份的驱动器。不会在其他任何地方写入内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>The keys are split into shares: word lists to write down or print. Any chosen number of them restores the keys; fewer reveal nothing. Give each share to a different trusted person, or keep them in different safe places. Without the keys, headquarters cannot read any bundle it ever received.</source>
        <translation>密钥会被拆分为若干份额，每份是一组需要抄写或打印的单词。凑齐指定数量的份额即可恢复密钥，少于该数量则什么也得不到。请把每份交给不同的可信之人，或存放在不同的安全地点。没有密钥，总部将无法读取曾收到的任何记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>A bundle of this device announced an activity log shorter than, or different from, the one announced before: the laptop&apos;s history was cut or rewritten.</source>
        <translation>该设备的记录包报告的活动日志比以前报告的短或不同：笔记本电脑上的历史被截短或改写了。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>A device&apos;s bundles are imported only once it is approved. Approve it from the enrollment request file its field worker gives you, after comparing the key fingerprint with them. Revoke a device that was lost or seized.</source>
        <translation>设备获得批准后，其记录包才会被导入。请使用一线工作人员交给你的登记申请文件，与其核对密钥核对码后再批准。丢失或被没收的设备请吊销。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve device</source>
        <translation>批准设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve from enrollment file…</source>
        <translation>从登记申请文件批准…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve selected device</source>
        <translation>批准所选设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Bundles of this device that never arrived (a lost stick?).</source>
        <translation>此设备未送达的记录包（U 盘丢失？）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Choose the enrollment request file</source>
        <translation>选择登记申请文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Compare these fingerprint words with the ones the field worker reads from their laptop, by phone or in person:

{words}

({fp})

Approve device {device} only if every word is the same.</source>
        <translation>请通过电话或当面，把这些核对词语与现场工作人员从其笔记本电脑上读出的词核对：

{words}

（{fp}）

只有每个词都相同时才批准设备 {device}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Enrolled</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Field devices</source>
        <translation>现场设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Gaps</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Key fingerprint</source>
        <translation>密钥核对码</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Last bundle</source>
        <translation>最近的记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Last sequence</source>
        <translation>最近的序号</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>No field devices yet</source>
        <translation>还没有现场设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine for unapproved devices: {devices}, {bundles}, {mib} MiB waiting. At most:</source>
        <translation>未批准设备的隔离区：{devices}，{bundles}，{mib} MiB 等待中。上限：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine limit: {what}</source>
        <translation>隔离上限：{what}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine limits saved.</source>
        <translation>隔离上限已保存。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Receipt written to {name}. Give it to the field worker of device {device}: their laptop then knows which records arrived.</source>
        <translation>回执已写入 {name}。请交给设备 {device} 的一线工作人员：他们的笔记本电脑据此得知哪些记录已送达。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke device</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke device {device}? No bundle of it will be imported again, and it cannot be approved again (the field laptop would need a new vault). Do this when a laptop is lost or seized.</source>
        <translation>吊销设备 {device}？此后不再导入它的任何记录包，也无法再次批准（现场笔记本电脑需要新建保险库）。请在笔记本电脑丢失或被没收时执行。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke selected device…</source>
        <translation>吊销所选设备…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Save limits</source>
        <translation>保存上限</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Save receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>The bundle of device {device} presented a key with these fingerprint words:

{words}

({fp})

Approve it only after its field worker read you the same words from their laptop, by phone or in person, never from a message that came with the bundle.</source>
        <translation>设备 {device} 的记录包出示的密钥具有以下核对词语：

{words}

（{fp}）

只有在现场工作人员通过电话或当面从其笔记本电脑上读出相同的词之后才批准，绝不要相信随记录包一起来的消息。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>The words match: approve</source>
        <translation>词语一致：批准</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>When a field worker gives you their laptop&apos;s enrollment request file, choose &quot;Approve from enrollment file…&quot; and compare the fingerprint words with them. A laptop whose bundle arrives first is listed here as waiting.</source>
        <translation>现场工作人员交给你笔记本电脑的登记申请文件后，请点下方从登记申请文件批准的按钮，并与对方逐一比对核对词语。先寄来记录包的笔记本电脑会在这里显示为等待中。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Write a receipt for {device}…</source>
        <translation>为 {device} 写回执…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Write receipt for selected device…</source>
        <translation>为所选设备写回执…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>bundles</source>
        <translation>个记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>cut or rewritten</source>
        <translation>被截短或改写</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>devices</source>
        <translation>台设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>{n} device</source>
        <extracomment>{n} devices</extracomment>
        <translation>
            <numerusform>{n} 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Cases that may be the same person, registered by different workers. Names never leave the field: a match means the same name and birth date (or phone) were entered there. Confirm only when you are sure; statistics then count one person.</source>
        <translation>由不同工作人员登记、可能是同一个人的个案。姓名从不离开现场：匹配表示在现场输入了相同的姓名和出生日期（或电话）。只有在确定时才确认；统计将把他们计为一个人。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Confirmed as one person</source>
        <translation>已确认为同一个人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Different people</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Maybe the same as</source>
        <translation>可能相同的个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>No possible duplicates to review.</source>
        <translation>没有需要审查的可能重复。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Not the same person after all</source>
        <translation>并非同一个人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Possible duplicates</source>
        <translation>可能的重复</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Reason for your decision (optional, kept with it)</source>
        <translation>决定的原因（可选，与决定一起保存）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Same person</source>
        <translation>同一个人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Undo the confirmation: a new version of the link, the old one is kept.</source>
        <translation>撤销确认：生成关联的新版本，旧版本保留。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>{code} {alias} ({details})</source>
        <translation>{code} {alias}（{details}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>{n} pair to review.</source>
        <extracomment>{n} pairs to review.</extracomment>
        <translation>
            <numerusform>{n} 对待审查。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Corroborated</source>
        <translation>已印证</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Dissolve event</source>
        <translation>解散事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>In common</source>
        <translation>共同点</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Incidents from different witnesses with the same kind of violation, place and time may be one event. Linking them shows how many independent witnesses an event has (two or more: corroborated).</source>
        <translation>不同证人讲述的、侵害类型、地点和时间相同的事件可能是同一事件。关联后可以看到一个事件有多少名独立证人（两名或以上：已印证）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Link as one event</source>
        <translation>关联为同一事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Maybe the same event as</source>
        <translation>可能相同的事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Suggested events</source>
        <translation>建议的事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The event was dissolved; its incidents are separate again.</source>
        <translation>事件已解散；这些事件重新分开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The incidents are linked as one event.</source>
        <translation>这些事件已关联为同一事件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The incidents are separate again (a new version; nothing is lost).</source>
        <translation>这些事件重新分开（新版本；不会丢失任何内容）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Witnesses</source>
        <translation>证人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{incident} (witness {code})</source>
        <translation>{incident}（证人 {code}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{what}, {when}, {where}</source>
        <translation>{what}，{when}，{where}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/evidence.py"/>
        <source>Same event?</source>
        <translation>同一事件？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/evidence.py"/>
        <source>Same person?</source>
        <translation>同一个人？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Bundle</source>
        <translation>记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>History of this record</source>
        <translation>此记录的历史</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Made by</source>
        <translation>制作方</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Received or made</source>
        <translation>收到或制作时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore this version…</source>
        <translation>恢复此版本…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restored: the record now shows that content, as new version {version}.</source>
        <translation>已恢复：记录现在以新版本 {version} 显示该内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Show the content of version {version} again? Headquarters makes a new version with it; every version stays in the history, nothing is overwritten.</source>
        <translation>要再次显示版本 {version} 的内容吗?总部会用它制作一个新版本；所有版本都留在历史中，不会覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Shown now</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>This version</source>
        <translation>此版本</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>This version beside the one shown now</source>
        <translation>此版本与当前显示的版本对照</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>shown now</source>
        <translation>当前显示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{id} (hash {sha})</source>
        <translation>{id}（哈希 {sha}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Choose bundle files</source>
        <translation>选择记录包文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Choose bundle files…</source>
        <translation>选择记录包文件…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Done: {k} of {n} file imported. The report below says what happened to it.</source>
        <extracomment>Done: {k} of {n} files imported. The report below says what happened to each.</extracomment>
        <translation>
            <numerusform>完成：{n} 个文件中已导入 {k} 个。每个文件的处理结果见下方报告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Drop bundle files here (as many as you like), or</source>
        <translation>将记录包文件拖放到这里（数量不限），或</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Each file is checked before anything is stored: a damaged, altered or unknown bundle is refused and changes nothing. Bundles of devices not approved yet wait in quarantine (see Devices).</source>
        <translation>存储前会逐一检查每个文件：损坏、被篡改或来历不明的记录包会被拒绝，且不会改动任何内容。尚未批准的设备的记录包会在隔离区等待（见“设备”）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Field workers send their bundles as files, on a USB stick or by e-mail. Drop them above or choose them: each file gets a line here saying what happened to it.</source>
        <translation>现场工作人员通过 U 盘或电子邮件发来记录包。把它们拖到上方或选择它们：每个文件的处理结果会在这里显示为一行。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Imported when its device was approved: {what}</source>
        <translation>设备获批准后已导入：{what}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Importing file {k} of {n}: {name}</source>
        <translation>正在导入第 {k} 个文件，共 {n} 个：{name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Inbox: bundles from the field</source>
        <translation>收件箱：来自现场的记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Nothing imported yet</source>
        <translation>尚未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Back up the keys as shares…</source>
        <translation>将密钥拆分为份额备份…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Deployment profile</source>
        <translation>总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Enter the organisation&apos;s name first.</source>
        <translation>请先输入机构名称。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Every bundle from the field is encrypted to these keys, and a field laptop trusts only a profile they signed. Once the keys exist, this page shows their fingerprint words, backs them up as shares and issues the profile.</source>
        <translation>来自现场的每个记录包都用这些密钥加密，现场笔记本电脑只信任由它们签名的总部设置文件。密钥创建后，本页会显示核对词语，可将密钥拆分为份额备份，并签发总部设置文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Field workers compare these words (or the QR code) with what their laptop shows when they import the profile: read them out by phone or in person.</source>
        <translation>一线工作人员导入设置文件时，会将其笔记本电脑上显示的内容与这些单词（或二维码）进行核对：请通过电话或当面念给他们听。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Headquarters keys</source>
        <translation>总部密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Headquarters&apos; keys and the profile for field laptops</source>
        <translation>总部密钥与供现场笔记本电脑使用的总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Issue the profile and save it…</source>
        <translation>签发并保存设置文件…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Make a new decryption key? Older keys keep decrypting bundles already on their way. Afterwards issue a new profile for the field laptops, and make a new share backup.</source>
        <translation>创建新的解密密钥？正在途中的记录包仍可用旧密钥解密。之后请为现场笔记本电脑签发新的设置文件，并重新做一次份额备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Make a new key</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>New key made. Now issue a new profile and back up the keys again.</source>
        <translation>新密钥已创建。请签发新的设置文件，并再次备份密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>No profile issued yet. Fill in the form and issue it; then give the file to each field worker.</source>
        <translation>尚未签发设置文件。请填写表单并签发，然后把文件交给每位一线工作人员。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Profile &amp; keys</source>
        <translation>设置文件与密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Profile version {v} saved to {name}. Give it to each field worker and read them the fingerprint words: {words}</source>
        <translation>设置文件第 {v} 版已保存到 {name}。请交给每位一线工作人员，并把核对词语念给他们听：{words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Restore keys from backup shares…</source>
        <translation>从备份份额恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Rotate keys</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Rotate keys…</source>
        <translation>轮换密钥…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Save deployment profile</source>
        <translation>保存总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys are backed up as shares.</source>
        <translation>密钥已以份额形式备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys are not backed up (or changed since the last backup).</source>
        <translation>密钥尚未备份（或自上次备份后已更改）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys changed since this profile was issued: issue a new one, so that field laptops encrypt to the new key.</source>
        <translation>签发此设置文件后密钥已更改：请签发新的设置文件，使现场笔记本电脑用新密钥加密。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Attachments marked identifying (photos of faces, documents)</source>
        <translation>标记为可识别身份的附件（面部照片、证件）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Field laptops may delete delivered records after:</source>
        <translation>现场笔记本电脑可在以下时间后删除已送达的记录：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Identifying details that may leave the field (none is safest):</source>
        <translation>允许离开现场的可识别身份信息（都不选最安全）：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/records.py"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>(nothing)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>All themes</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Anyone who gets {name} can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>任何拿到 {name} 的人都能读取。请妥善保管,不再需要时删除。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Case file for a UN mechanism (.pdf)</source>
        <translation>提交联合国机制的案卷(.pdf)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Count by</source>
        <translation>统计维度</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Fewer than {k} people: hidden to protect them.</source>
        <translation>少于 {k} 人:为保护他们而隐藏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Hidden so that no small group can be worked out from the totals.</source>
        <translation>已隐藏,使人无法从合计推算出人数少的单元格。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Numbers count each person once and hide small groups. Files you export are not encrypted: keep them safe.</source>
        <translation>数字中每人只计一次,并隐藏小群体。导出的文件未加密:请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show identifying details?</source>
        <translation>显示身份信息?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show identity</source>
        <translation>显示身份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show them</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Smallest group shown</source>
        <translation>显示的最小群体</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Statistics table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>The case file will show this witness&apos;s legal name, birth date, phone and address, marked confidential. Do this only if the mechanism needs them and the person agreed.</source>
        <translation>案卷将显示该证人的真实姓名、出生日期、电话和地址,并标注“机密”。只有在机制需要且本人同意时才这样做。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>The file will not be encrypted</source>
        <translation>文件不会被加密</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>UPR submission draft (.docx)</source>
        <translation>UPR 提交草稿(.docx)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Where should the report go?</source>
        <translation>报告保存到哪里?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Write the file</source>
        <translation>写入文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Written to {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>and by</source>
        <translation>以及</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>{name} already exists; choose a new name.</source>
        <translation>{name} 已存在;请选择新名称。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Add another share</source>
        <translation>再添加一份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the headquarters keys</source>
        <translation>恢复总部密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the headquarters keys from shares</source>
        <translation>用份额恢复总部密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the keys</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Share {n}:</source>
        <translation>第 {n} 份：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Type or paste the words of each share in its own box, in any order. You need as many shares as the backup asked for (usually 2). The restored keys become this headquarters&apos; keys.</source>
        <translation>请把每一份的单词分别输入或粘贴到各自的框中，顺序不限。所需份数为备份时设定的数量（通常为 2 份）。恢复的密钥将成为本总部的密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(shown now)</source>
        <translation>（当前显示）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>A conflict appears here when a record was changed in two places (two laptops, or a laptop and headquarters). Both versions are kept until you choose one.</source>
        <translation>当一条记录在两个地方（两台笔记本电脑，或一台笔记本电脑和总部）被修改时，会在这里显示为冲突。在你选定之前，两个版本都会保留。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>A conflict means a record was changed in two places (two laptops, or a laptop and headquarters). Both versions are kept; compare them and keep the right one.</source>
        <translation>冲突是指同一条记录在两处（两台笔记本电脑，或笔记本电脑与总部）被修改。两个版本都已保留；请比较后保留正确的一个。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Bundles of devices that are not approved yet. They stay encrypted here and are imported when the device is approved (on the Devices page).</source>
        <translation>尚未批准的设备的记录包。它们以加密状态保存在这里，设备获批准后（在“设备”页面）即会导入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Conflict resolved: the record now shows version {side}.</source>
        <translation>冲突已解决：该记录现在显示版本 {side}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Keep version A</source>
        <translation>保留版本 A</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Keep version B</source>
        <translation>保留版本 B</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No bundles are waiting</source>
        <translation>没有等待中的记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No conflicts to review</source>
        <translation>没有需要审查的冲突</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No conflicts to review.</source>
        <translation>没有需要审核的冲突。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Only the fields that differ</source>
        <translation>只显示不同的字段</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Show identifying details</source>
        <translation>显示身份信息</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>The two versions</source>
        <translation>两个版本</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Version {side}</source>
        <translation>版本 {side}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Version {side}: {device}, edit {counter}, {when}</source>
        <translation>版本 {side}：{device}，第 {counter} 次编辑，{when}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>{type}: {label}</source>
        <translation>{type}：{label}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Create headquarters keys</source>
        <translation>创建总部密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Headquarters has no keys yet. Create them now (then back them up as shares), or restore them from a share backup if this replaces a headquarters computer.</source>
        <translation>总部还没有密钥。请现在创建（然后以份额形式备份）；如果这台电脑是用来替换总部旧电脑的，请从份额备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>The headquarters keys are not backed up. If this computer is lost or breaks, every record ever sent to headquarters is lost with it. Back them up as shares now.</source>
        <translation>总部密钥尚未备份。如果这台电脑丢失或损坏，曾发送到总部的所有记录都将随之丢失。请立即以份额形式备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Cannot write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Field Intake: headquarters key backup</source>
        <translation>Field Intake：总部密钥备份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Keep this sheet locked away, apart from the other shares. Whoever holds {m} shares can read every record ever sent to headquarters. Never photograph it or keep it on a computer.</source>
        <translation>请将此页与其他份额分开锁好保管。持有 {m} 份份额的人就能读取曾发送到总部的所有记录。切勿拍照或保存在电脑上。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Kept by: ______________________    Date: ______________</source>
        <translation>保管人：______________________    日期：______________</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Key backup share {k} of {n}</source>
        <translation>密钥备份份额 第 {k} 份，共 {n} 份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Key fingerprint (check it after restoring): {words}</source>
        <translation>密钥核对词语（恢复后请比对）：{words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Share {k} of {n}. Any {m} shares restore the keys; fewer reveal nothing.</source>
        <translation>第 {k} 份，共 {n} 份。任意 {m} 份即可恢复密钥；少于此数则什么也得不到。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Consents</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Testimony of {witness}</source>
        <translation>{witness}的证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>none in force</source>
        <translation>无有效同意</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>{category} for {case}</source>
        <translation>给{case}的{category}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All provinces</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>All provinces of origin</source>
        <translation>全部原籍地</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All situations</source>
        <translation>全部处境</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All violation types</source>
        <translation>全部侵权类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any consent in force</source>
        <translation>有效同意（全部）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>Any vulnerability</source>
        <translation>全部弱势情况</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>Search the words of these records</source>
        <translation>在这些记录中搜索词语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>A case is a person you assist. Press &quot;New case&quot; (Ctrl+N) to record the first one; their aid and testimonies are then linked to them.</source>
        <translation>个案就是你帮助的一个人。按“新建个案”（Ctrl+N）记录第一个个案；此人的援助和证词随后会与其关联。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>New aid distribution</source>
        <translation>新建援助发放</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>New case</source>
        <translation>新建个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>New testimony</source>
        <translation>新建证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No aid recorded yet</source>
        <translation>还没有记录援助</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No cases yet</source>
        <translation>还没有个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No record matches these words and filters. Clear them to see every record.</source>
        <translation>没有符合这些词语和筛选条件的记录。清除它们即可看到全部记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No testimonies yet</source>
        <translation>还没有证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Nothing matches</source>
        <translation>没有匹配的记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Record each handing out of food, clothing, medicine or other help with &quot;New aid distribution&quot; (Ctrl+N).</source>
        <translation>每次发放食物、衣物、药品或其他帮助时，用“新建援助发放”（Ctrl+N）记录下来。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Record what a person witnessed or suffered with &quot;New testimony&quot; (Ctrl+N); their consents decide how it may be used.</source>
        <translation>用“新建证词”（Ctrl+N）记录一个人目睹或遭受的事；此人的同意决定证词可以如何使用。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Records: {n}</source>
        <translation>记录：{n} 条</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>This page could not be opened. The details are in the log file.</source>
        <translation>无法打开此页面。详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>1 unsent change</source>
        <translation>1 项未发送的更改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Bring records in from a .csv or .xlsx file</source>
        <translation>从 .csv 或 .xlsx 文件导入记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Import a spreadsheet…</source>
        <translation>导入电子表格…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Last export: {when}</source>
        <translation>上次导出：{when}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Lock now ({lock}). Panic key {panic}: lock, clear the clipboard and hide the window.</source>
        <translation>立即锁定（{lock}）。紧急键 {panic}：锁定、清空剪贴板并隐藏窗口。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>No unsent changes</source>
        <translation>没有未发送的更改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Pages</source>
        <translation>页面列表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Prepare bundle for headquarters</source>
        <translation>准备发往总部的记录包</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>{n} unsent changes</source>
        <translation>{n} 项未发送的更改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page}（Ctrl+{n}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>(deleted case)</source>
        <translation>（已删除的个案）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(identifying)</source>
        <translation>（身份信息）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(the cases disagree)</source>
        <translation>（两个个案的记录不一致）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Aid received</source>
        <translation>所获援助</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Attached to</source>
        <translation>附在</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>By</source>
        <translation>由谁</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Confirmed at headquarters as the same person as: {cases}</source>
        <translation>总部已确认为同一人：{cases}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Double-click a row (or press Enter) to open that record.</source>
        <translation>双击某一行（或按回车键）即可打开该记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Every version headquarters holds: who made it, when it arrived, in which bundle.</source>
        <translation>总部保存的每个版本：由谁创建、何时收到、来自哪个记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Last given</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>New aid for this person</source>
        <translation>为此人新建援助</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>New testimony of this person</source>
        <translation>为此人新建证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No aid recorded for this person yet.</source>
        <translation>尚未记录给此人的援助。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No household member recorded. Add one in Details.</source>
        <translation>尚未记录家庭成员。请在“详情”中添加。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No photo, scan or recording attached.</source>
        <translation>没有附加照片、扫描件或录音。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No testimony recorded for this person yet.</source>
        <translation>尚未记录此人的证词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Quantities</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Record aid handed to this person (the case is filled in)</source>
        <translation>记录发给此人的援助（个案已自动填好）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Record what this person tells (they are filled in as the witness)</source>
        <translation>记录此人讲述的内容（已自动填为证人）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Recorded</source>
        <translation>记录在</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>The two cases of a member do not say the same relation: check both.</source>
        <translation>两个个案对某位成员记录的关系不同：请核对两个个案。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>What this laptop keeps: when the case was created and changed here, and when headquarters confirmed receiving it. Earlier contents are not kept on the laptop.</source>
        <translation>此笔记本电脑保存的内容：此个案在这里创建和修改的时间，以及总部确认收到的时间。以前的内容不会保存在笔记本电脑上。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>born {year}</source>
        <translation>{year}年出生</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>from {province}</source>
        <translation>来自{province}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>this case</source>
        <translation>此个案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} distribution recorded.</source>
        <extracomment>{n} distributions recorded.</extracomment>
        <translation>
            <numerusform>已记录 {n} 次援助。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>{n} file attached.</source>
        <extracomment>{n} files attached.</extracomment>
        <translation>
            <numerusform>已附加 {n} 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} household member.</source>
        <extracomment>{n} household members.</extracomment>
        <translation>
            <numerusform>家庭成员 {n} 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} testimony given.</source>
        <extracomment>{n} testimonies given.</extracomment>
        <translation>
            <numerusform>证词 {n} 份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Confirmed received by headquarters</source>
        <translation>总部确认已收到</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>brother of {person}</source>
        <translation>{person}的兄弟</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>child of {person}</source>
        <translation>{person}的子女</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>daughter of {person}</source>
        <translation>{person}的女儿</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>father of {person}</source>
        <translation>{person}的父亲</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandchild of {person}</source>
        <translation>{person}的孙辈</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>granddaughter of {person}</source>
        <translation>{person}的孙女</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandfather of {person}</source>
        <translation>{person}的祖父</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandmother of {person}</source>
        <translation>{person}的祖母</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandparent of {person}</source>
        <translation>{person}的祖父母</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandson of {person}</source>
        <translation>{person}的孙子</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>husband of {person}</source>
        <translation>{person}的丈夫</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>in the household of {person}</source>
        <translation>与{person}同一家庭</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>mother of {person}</source>
        <translation>{person}的母亲</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on both cases</source>
        <translation>两个个案都有</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on their case</source>
        <translation>对方的个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on this case</source>
        <translation>此个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>parent of {person}</source>
        <translation>{person}的父母</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>relative of {person}</source>
        <translation>{person}的亲属</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>sibling of {person}</source>
        <translation>{person}的兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>sister of {person}</source>
        <translation>{person}的姐妹</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>son of {person}</source>
        <translation>{person}的儿子</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>spouse of {person}</source>
        <translation>{person}的配偶</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>the same person as {person}</source>
        <translation>与{person}是同一人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>wife of {person}</source>
        <translation>{person}的妻子</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>{relation} of {person}</source>
        <translation>{person}的{relation}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Aid on {date} to {case}</source>
        <translation>{date} 向{case}提供的援助</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Case: choose the person who received the aid.</source>
        <translation>个案：请选择接受援助的人。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/vault/records.py"/>
        <source>Cases: choose at least one case.</source>
        <translation>个案：请至少选择一个。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Category: choose what kind of aid this was.</source>
        <translation>类别：请选择这是哪一类援助。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Choose a category</source>
        <translation>请选择类别</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Date: enter the day the aid was given (YYYY-MM-DD).</source>
        <translation>日期：请输入提供援助的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Items, row {n}: the quantity is not a number.</source>
        <translation>物品第 {n} 行：数量不是数字。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Quick entry: the same aid for several cases</source>
        <translation>快速录入：为多个个案提供相同援助</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Saved {n} aid distributions, one for each case.</source>
        <translation>已保存 {n} 条援助发放记录，每个个案一条。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Saves one distribution for each case chosen below, all at once.</source>
        <translation>为下方选中的每个个案各保存一条发放记录，一次完成。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Total value, if known</source>
        <translation>总价值（如知道）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Town or district only, never an exact address</source>
        <translation>只写城镇或区县，切勿写具体地址</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Value: choose the currency.</source>
        <translation>价值：请选择币种。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Value: not a number.</source>
        <translation>价值：不是数字。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Remove item</source>
        <translation>删除物品</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>e.g. rice</source>
        <translation>例如：大米</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>{name} {quantity} {unit}</source>
        <translation>{name} {quantity}{unit}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Hide picture</source>
        <translation>隐藏图片</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Identifies a person (face, document)</source>
        <translation>可识别身份（面部、证件）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Keep metadata (place, time, camera)</source>
        <translation>保留元数据（地点、时间、相机）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Photos usually record where and when they were taken. Leave this off unless that information is needed.</source>
        <translation>照片通常记录拍摄地点和时间。除非确实需要这些信息，请保持关闭。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove this attachment? Its content is deleted from this computer.</source>
        <translation>删除此附件？其内容将从本机删除。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove…</source>
        <translation>删除附件…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Save the record first, then add its photos, scans and recordings here.</source>
        <translation>请先保存记录，再在此添加照片、扫描件和录音。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>The picture cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>无法显示图片：文件已损坏或格式未知。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>This kind of file cannot be shown here.</source>
        <translation>此类文件无法在此显示。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>identifying</source>
        <translation>可识别身份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>unaltered original</source>
        <translation>未改动的原件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>{name} — {size}</source>
        <translation>{name} — {size}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>{n} bytes</source>
        <translation>{n} 字节</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Attachments ({n})</source>
        <translation>附件（{n}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete this record (asks first)</source>
        <translation>删除此记录（会先确认）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete this record? Its content is removed from this computer; this cannot be undone.</source>
        <translation>删除此记录？其内容将从本机删除，且无法撤销。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Reason for this change</source>
        <translation>此次更改的原因</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Reason for this change (optional)</source>
        <translation>此次更改的原因（可选）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>保存记录（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Say why you change this record; the reason is kept with this version, so others can see who changed what and why.</source>
        <translation>请说明您为什么更改此记录；原因会与此版本一起保存，其他人可以看到谁改了什么以及为什么。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Alias: enter the working name of the person.</source>
        <translation>化名：请输入在当地使用的称呼。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Case {code}</source>
        <translation>个案 {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Exact birth date: not a date (write it as YYYY-MM-DD).</source>
        <translation>确切出生日期：不是有效日期（请按 YYYY-MM-DD 填写）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Generated when the case is created; it never changes.</source>
        <translation>创建个案时自动生成，永不更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Hide identifying details</source>
        <translation>隐藏身份信息</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Identifying details</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Person</source>
        <translation>个人概况</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>The working name used in the field, never the real name</source>
        <translation>当地使用的称呼，切勿填写真名</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>e.g. 1985</source>
        <translation>例如：1985</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Cases receiving this aid</source>
        <translation>接受此援助的个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Remove selected cases</source>
        <translation>移除所选个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Type an alias or a case code</source>
        <translation>输入化名或个案编号</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>(unknown case)</source>
        <translation>（未知个案）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>{alias} · {code}</source>
        <translation>{alias} · {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: enter the date it was given or refused (YYYY-MM-DD).</source>
        <translation>同意“{scope}”：请输入同意或拒绝的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: only consent that was given can be withdrawn.</source>
        <translation>同意“{scope}”：只有已给予的同意才能撤回。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: the withdrawal date is not a date.</source>
        <translation>同意“{scope}”：撤回日期不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: withdrawn before it was given.</source>
        <translation>同意“{scope}”：撤回日期早于同意日期。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Record each consent exactly as the witness gave it. Nothing is shared beyond what is consented to here.</source>
        <translation>请如实记录证人给予的每项同意。超出此处同意范围的内容一律不会共享。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Attach photos, scans or recordings</source>
        <translation>附加照片、扫描件或录音</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Photos, scans and recordings</source>
        <translation>照片、扫描件和录音</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Save them, discard them, or go back to the record?</source>
        <translation>保存、放弃，还是返回该记录？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>This record has changes that are not saved.</source>
        <translation>此记录有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Back to this person&apos;s page</source>
        <translation>返回此人的概况</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Choose a record in the list, or press New.</source>
        <translation>请在列表中选择记录，或点击“新建”。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Saved: {record} is on this person&apos;s page now.</source>
        <translation>已保存：{record}现在显示在此人的概况中。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>This record is no longer in the vault: it was deleted, or removed from this laptop after headquarters confirmed receiving it. The list has been updated.</source>
        <translation>此记录已不在保险库中：它已被删除，或在总部确认收到后从此笔记本电脑上移除。列表已更新。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the aid distribution</source>
        <translation>该援助记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the record</source>
        <translation>该记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the testimony</source>
        <translation>该证词</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>‹ Back to {person}</source>
        <translation>‹ 返回{person}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Add incident</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Name of the place or facility, if known</source>
        <translation>地点或设施名称（如知道）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>No incident yet. Add one for each event the witness describes.</source>
        <translation>尚无事件。请为证人讲述的每一件事各添加一条。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Precision of the date</source>
        <translation>日期精确度</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Province not recorded</source>
        <translation>未记录省份</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Remove incident</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>The victim&apos;s own case, if there is one</source>
        <translation>受害者本人的个案（如有）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Victim&apos;s case</source>
        <translation>受害者个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>no violation type yet</source>
        <translation>尚未选择侵权类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How credible is this account itself: confirmed elsewhere, consistent, plausible?</source>
        <translation>这份陈述本身有多可信：是否在别处得到证实、前后一致、合乎情理？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How reliable is this source, judged from what you know of them (not from this account)?</source>
        <translation>根据您对此人的了解（而不是根据这份陈述），这个来源有多可靠？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How the witness knows</source>
        <translation>证人如何得知</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How the witness knows what they tell: lived it, saw it, heard it from someone, or saw documents.</source>
        <translation>证人如何得知所讲的内容：亲身经历、亲眼看到、听别人说，还是看到文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Incident {n}: choose at least one violation type.</source>
        <translation>事件 {n}：请至少选择一种侵权类型。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Information credibility</source>
        <translation>信息可信度</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interview date: enter the day of the interview (YYYY-MM-DD).</source>
        <translation>访谈日期：请输入访谈的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interviewer: enter who conducted the interview.</source>
        <translation>访谈人：请输入进行访谈的人。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Leave empty if there was none</source>
        <translation>如无则留空</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Source reliability</source>
        <translation>来源可靠性</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Testimony of {witness}, {date}</source>
        <translation>{witness}的证词，{date}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>The witness&apos;s account, in their words.</source>
        <translation>用证人自己的话记录其陈述。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Who conducted the interview</source>
        <translation>进行访谈的人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Witness: choose the case of the person interviewed.</source>
        <translation>证人：请选择受访者的个案。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Chosen: {names}</source>
        <translation>已选：{names}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>HURIDOCS code: {code}</source>
        <translation>HURIDOCS 代码：{code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>No violation type chosen yet.</source>
        <translation>尚未选择侵权类型。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Search: a word, a treaty article (ICCPR 7) or a code</source>
        <translation>搜索：词语、条约条款（ICCPR 7）或代码</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Theme: {theme}</source>
        <translation>主题：{theme}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>Pick a date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>Problems to fix before saving</source>
        <translation>保存前需修正的问题</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All aid categories</source>
        <translation>全部援助类别</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any information credibility</source>
        <translation>任何信息可信度</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any source reliability</source>
        <translation>任何来源可靠性</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Found: {n}</source>
        <translation>找到：{n} 条</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Nothing to search yet</source>
        <translation>还没有可搜索的内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search all records: aliases, codes, violation types, places, items, narratives…</source>
        <translation>搜索全部记录：化名、编号、侵权类型、地点、物品、陈述…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search looks through every case, aid distribution and testimony once some are recorded.</source>
        <translation>有了记录之后，搜索会查找所有个案、援助发放和证词。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Try fewer or shorter words, or clear the filters.</source>
        <translation>试试更少或更短的词语，或清除筛选条件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Type in the box above to search every record: an alias or case code, a place, an item, a word of a narrative. Choose a result to open it.</source>
        <translation>在上方输入框中输入即可搜索所有记录：化名或个案编号、地点、物品、叙述中的词语。选择一条结果即可打开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>A new recovery key will be made and shown once. The current recovery key stops working at once.</source>
        <translation>将生成新的恢复密钥并只显示一次。当前的恢复密钥会立即失效。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>A recovery key is set.</source>
        <translation>已设置恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Change passphrase…</source>
        <translation>更改密码短语…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Lock after no activity for:</source>
        <translation>无操作多久后锁定：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Lock: {lock}. Panic key: {panic} locks at once, clears the clipboard and hides the window.</source>
        <translation>锁定：{lock}。紧急键：{panic} 立即锁定、清空剪贴板并隐藏窗口。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>No recovery key is set.</source>
        <translation>未设置恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Replace recovery key…</source>
        <translation>更换恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Replace the recovery key?</source>
        <translation>要更换恢复密钥吗？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>A duress passphrase is a second passphrase for when someone forces you to open the app. It opens a separate decoy vault that never shows your real records. You can put a few ordinary records in the decoy, so that it looks used. The app looks and works the same with either passphrase, and nothing on the laptop shows whether one is set.</source>
        <translation>胁迫密码短语是有人逼您打开应用时使用的第二个密码短语。它打开一个单独的诱饵保险库，绝不会显示您真正的记录。您可以在诱饵里放几条普通记录，让它看起来有人在用。无论用哪个密码短语，应用的样子和用法都一样；电脑上没有任何东西能看出是否设置了它。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Also destroy the real vault&apos;s keys when the duress passphrase is used</source>
        <translation>使用胁迫密码短语时，同时销毁真正保险库的密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Checking that it differs from your real passphrase…</source>
        <translation>正在检查它是否与您真正的密码短语不同…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Duress passphrase set</source>
        <translation>胁迫密码短语已设置</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Duress passphrase:</source>
        <translation>胁迫密码短语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>If you tick this, the first time the duress passphrase is used, your real passphrase and your recovery key stop working for ever, without any message. Nobody can open the real records after that, not even you. Records already sent to headquarters stay safe there; everything not yet sent is lost.</source>
        <translation>如果勾选此项，第一次使用胁迫密码短语时，您真正的密码短语和恢复密钥会永久失效，而且不会有任何提示。之后谁也打不开真正的记录，包括您自己。已经发送到总部的记录仍安全地留在总部；尚未发送的内容全部丢失。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Set a duress passphrase</source>
        <translation>设置胁迫密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Set duress passphrase</source>
        <translation>设置胁迫密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>This is a passphrase you already use to open this vault. Choose a different one.</source>
        <translation>这是您已经用来打开这个保险库的密码短语。请换一个。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>✓ Both entries match, and it differs from your real passphrase.</source>
        <translation>✓ 两次输入一致，而且与您真正的密码短语不同。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Current passphrase:</source>
        <translation>当前密码短语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Passphrase changed</source>
        <translation>密码短语已更改</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>当前密码短语不正确。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>密码短语已更改。今后请使用新的密码短语。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>&quot;Lock and destroy the keys&quot; also makes the vault impossible to open, for anyone, for ever, when you press the panic key. Records already sent to headquarters stay there.</source>
        <translation>选择“锁定并销毁密钥”后，按下紧急键时保险库会永远无法被任何人打开。已经发送到总部的记录仍留在总部。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>A second passphrase that opens a decoy vault instead of your real records, for when someone forces you to open the app. Off until you set one.</source>
        <translation>为有人逼您打开应用时准备的第二个密码短语：它打开诱饵保险库，而不是您真正的记录。设置之前不启用。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>After this many wrong passphrases in a row, the vault is destroyed: nobody can open it any more, and the app starts as if newly installed. Records already sent to headquarters stay there. Off by default; at least 5.</source>
        <translation>连续输错这么多次密码短语后，保险库会被销毁：之后谁也打不开，应用会像新安装的一样启动。已经发送到总部的记录仍留在总部。默认关闭；开启时至少 5 次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>After {n} wrong passphrase in a row</source>
        <extracomment>After {n} wrong passphrases in a row</extracomment>
        <translation>
            <numerusform>连续输错 {n} 次密码短语后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Destroy the vault:</source>
        <translation>销毁保险库：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Duress passphrase</source>
        <translation>胁迫密码短语</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>If the laptop is taken or you are forced to open it</source>
        <translation>电脑被收走或被逼打开时</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Kept in memory only; gone when the app locks. They never hold record content.</source>
        <translation>只保存在内存中，应用锁定后就消失。其中绝不包含记录内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Lock and destroy the keys</source>
        <translation>锁定并销毁密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Not set.</source>
        <translation>未设置。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Notes of this session</source>
        <translation>本次运行的记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Panic key:</source>
        <translation>紧急键：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Remove the duress passphrase?</source>
        <translation>要删除胁迫密码短语吗？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Replace…</source>
        <translation>更换…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set duress passphrase…</source>
        <translation>设置胁迫密码短语…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set: it opens the decoy vault and destroys the real keys when used.</source>
        <translation>已设置：它打开诱饵保险库，使用时会销毁真正的密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set: it opens the decoy vault.</source>
        <translation>已设置：它打开诱饵保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Show this session&apos;s notes…</source>
        <translation>显示本次运行的记录…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>The app keeps no diary on this laptop: its notes stay in memory and are gone when it locks.</source>
        <translation>本应用不在电脑上留下使用记录：记录只保存在内存中，锁定后就消失。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>The duress passphrase will stop working. The decoy vault stays, unused, as in every vault.</source>
        <translation>胁迫密码短语将失效。诱饵保险库会像每个保险库一样保留，但不再使用。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>I have written down the new recovery key</source>
        <translation>我已抄下新的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>The old recovery key no longer works. This is the new one.</source>
        <translation>旧的恢复密钥已失效。这是新的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>Your new recovery key</source>
        <translation>您的新恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>(ignore this column)</source>
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>(not mapped)</source>
        <translation>（未对应）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>A .csv or .xlsx file. It is read into memory only; nothing is written until the last step.</source>
        <translation>.csv 或 .xlsx 文件。只读入内存；最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Choose the spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Find out by itself</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>From the sheet names or a type column</source>
        <translation>根据工作表名称或类型列</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Kind of records:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Mapping loaded: {name}</source>
        <translation>已载入对应表：{name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Mappings</source>
        <translation>对应表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Match the columns and values</source>
        <translation>对应列和值</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Save this mapping</source>
        <translation>保存此对应表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Save this mapping…</source>
        <translation>保存此对应表…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Spreadsheets</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Suggestions are filled in. Check each one marked “please check”. Columns marked “identifying” name or locate a person.</source>
        <translation>已填入建议。请逐一检查标有“请检查”的项。标有“身份识别”的列可指出某人的姓名或位置。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Text encoding (CSV):</source>
        <translation>文本编码（CSV）：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Text in the file</source>
        <translation>文件中的文字</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>The mapping was saved to {path}.</source>
        <translation>对应表已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>The text encoding of this file is not certain. Choose the line under “Text encoding” that reads correctly, then press Next.</source>
        <translation>无法确定此文件的文本编码。请在“文本编码”中选择显示正确的一行，然后按“下一步”。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Update the values</source>
        <translation>更新值</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Use a saved mapping</source>
        <translation>使用已保存的对应表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Use a saved mapping…</source>
        <translation>使用已保存的对应表…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Values from lists</source>
        <translation>列表中的值</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>each row names its kind of record</source>
        <translation>每行注明其记录类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>identifying: names or locates a person</source>
        <translation>身份识别：可指出某人的姓名或位置</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>no match: choose a field or ignore it</source>
        <translation>无对应：请选择字段或忽略</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>no match: choose a value</source>
        <translation>无对应：请选择一个值</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>suggested: please check</source>
        <translation>建议：请检查</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>{n} columns, {m} different values.</source>
        <translation>{n} 列，{m} 个不同的值。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>A dry run: each row is checked as if it were imported, and nothing is written.</source>
        <translation>试运行：每一行都像正式导入一样检查，但不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Check every row</source>
        <translation>检查每一行</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete the spreadsheet?</source>
        <translation>删除电子表格吗？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete the spreadsheet…</source>
        <translation>删除电子表格…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Every row can be imported.</source>
        <translation>每一行都可以导入。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Importing… Every row is saved in one step: if you cancel, nothing is kept.</source>
        <translation>正在导入…所有行一次性保存：如果取消，什么都不会保留。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Rows that cannot be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>The spreadsheet was deleted. Copies elsewhere (a USB stick, e-mail, the recycle bin) are not affected.</source>
        <translation>电子表格已删除。其他地方的副本（U 盘、电子邮件、回收站）不受影响。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>What will be saved</source>
        <translation>将保存的内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>{n} problem must be fixed before the import (go back to change the mapping, or correct the file):</source>
        <extracomment>{n} problems must be fixed before the import (go back to change the mapping, or correct the file):</extracomment>
        <translation>
            <numerusform>导入前必须解决 {n} 个问题（返回修改对应表，或更正文件）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>{path} will be overwritten and deleted. {warning}</source>
        <translation>{path} 将被覆盖并删除。{warning}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>2. Send records to headquarters</source>
        <translation>2. 向总部发送记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>已取消：未写入任何记录包。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>File: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Headquarters&apos; profile lets identifying details leave this laptop.</source>
        <translation>根据总部设置文件，可识别身份的信息也会离开这台笔记本电脑。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Identifying details stay on this laptop, as headquarters&apos; profile requires: {what}.</source>
        <translation>按照总部设置文件的要求，以下可识别身份的信息会留在这台笔记本电脑上：{what}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Import the deployment profile first (step 1).</source>
        <translation>请先导入总部设置文件（第 1 步）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Prepare bundle for headquarters…</source>
        <translation>准备发往总部的记录包…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Send everything again (full export)</source>
        <translation>全部重新发送（完整导出）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Take the file to headquarters. Its name says nothing about what is inside; you may delete it from the stick once headquarters sends a receipt.</source>
        <translation>请把该文件交给总部。文件名不会透露内容；收到总部的回执后，可以从 U 盘中删除它。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Where should the bundle go? (a USB stick or a folder)</source>
        <translation>记录包存到哪里？（U 盘或文件夹）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Writes what changed since headquarters&apos; last receipt into one encrypted file, readable only by headquarters. Choose a USB stick or a folder to send from.</source>
        <translation>将总部上次回执以来的变更写入一个只有总部能读取的加密文件。请选择 U 盘或用于发送的文件夹。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Writing the bundle…</source>
        <translation>正在写入记录包…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>attachments marked identifying</source>
        <translation>标记为可识别身份的附件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/page.py"/>
        <source>Sync with headquarters</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Attachments marked identifying (photos of faces, documents): {answer}</source>
        <translation>标记为可识别身份的附件（面部照片、证件）：{answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Call headquarters or meet them, and ask them to read their fingerprint words to you (or scan both QR codes with the same phone). Trust this profile only if every word is the same, in the same order.</source>
        <translation>请致电总部或当面见面，请他们把核对词语念给你听（或用同一部手机扫描两个二维码）。只有每个单词都相同且顺序一致时，才信任此设置文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Check the deployment profile</source>
        <translation>核对总部设置文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Delivered records may be deleted from the laptop {n} day after headquarters confirms them.</source>
        <extracomment>Delivered records may be deleted from the laptop {n} days after headquarters confirms them.</extracomment>
        <translation>
            <numerusform>总部确认后满 {n} 天，已送达的记录即可从笔记本电脑中删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Identifying details sent to headquarters: {fields}</source>
        <translation>发送给总部的可识别身份信息：{fields}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Is this profile really from your headquarters?</source>
        <translation>此设置文件真的来自你的总部吗？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Organisation: {name}. Profile version {v}, issued {at}.</source>
        <translation>机构：{name}。设置文件第 {v} 版，签发于 {at}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>The words match: trust this profile</source>
        <translation>单词一致：信任此设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <location filename="../../intake_app/ui/sync/prompts.py"/>
        <source>They do not match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>stay on this laptop</source>
        <translation>留在这台笔记本电脑上</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>(deleted record)</source>
        <translation>（已删除的记录）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete delivered records</source>
        <translation>删除已送达的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete this {n} record from this laptop?</source>
        <extracomment>Delete these {n} records from this laptop?</extracomment>
        <translation>
            <numerusform>要从这台笔记本电脑删除这 {n} 条记录吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete {n} record</source>
        <extracomment>Delete {n} records</extracomment>
        <translation>
            <numerusform>删除 {n} 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delivered records that stay</source>
        <translation>保留的已送达记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Headquarters confirmed them (delivered before {date}). Their attachments go with them, and identifying details that never left the laptop are lost. This cannot be undone.</source>
        <translation>总部已确认收到这些记录（在 {date} 之前送达）。其附件会一并删除，从未离开这台电脑的可识别身份信息将会丢失。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Records to delete</source>
        <translation>要删除的记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Why it stays</source>
        <translation>保留原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>{n} other delivered record stays on this laptop:</source>
        <extracomment>{n} other delivered records stay on this laptop:</extracomment>
        <translation>
            <numerusform>另外 {n} 条已送达的记录留在这台笔记本电脑上：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>(changed since)</source>
        <translation>（之后有修改）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>3. Receipts from headquarters</source>
        <translation>3. 总部的回执</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delete delivered records from this laptop…</source>
        <translation>从这台笔记本电脑删除已送达的记录…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records</source>
        <translation>已送达的记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records: {n}</source>
        <translation>已送达的记录：{n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records: {n} (the latest {shown} are shown)</source>
        <translation>已送达的记录：{n}（显示最近 {shown} 条）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Headquarters answers each bundle with a receipt file. Import it to see which records arrived; those can then be deleted from this laptop, so that a seized laptop holds less.</source>
        <translation>总部会为每个记录包回一份回执文件。导入后即可看到哪些记录已送达；这些记录随后可以从这台笔记本电脑删除，这样电脑即使被没收，留存的信息也更少。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Import receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Import receipt…</source>
        <translation>导入回执…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} day after delivery.</source>
        <extracomment>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} days after delivery.</extracomment>
        <translation>
            <numerusform>还没有已送达且足够久的记录可删除：总部设置文件要求送达后保留 {n} 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>No records delivered yet</source>
        <translation>还没有确认送达的记录</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>When headquarters has imported a bundle, they send back a receipt file. Import it: the records it names are listed here.</source>
        <translation>总部导入记录包后，会寄回一份回执文件。导入回执后，其中列出的记录会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>1. Connect this laptop to headquarters</source>
        <translation>1. 将这台笔记本电脑与总部关联</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Enrollment request written to {path}. Give it to headquarters. When they approve it, they should see this key fingerprint: {fp}</source>
        <translation>登记申请已写入 {path}。请交给总部。总部批准时应看到这个密钥核对码：{fp}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Import deployment profile</source>
        <translation>导入总部设置文件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Import deployment profile…</source>
        <translation>导入总部设置文件…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Name headquarters will see:</source>
        <translation>总部看到的名称：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>No deployment profile yet. Headquarters sends it as a file (on a USB stick or by e-mail). Import it, compare the fingerprint words with headquarters, then write the enrollment request and give that file to headquarters.</source>
        <translation>还没有总部设置文件。总部会以文件形式发来（U 盘或电子邮件）。导入后与总部比对核对词语，然后写出登记申请并把该文件交给总部。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Read them these fingerprint words by phone or in person: {words}</source>
        <translation>请通过电话或当面读出这些核对词语：{words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Save enrollment request</source>
        <translation>保存登记申请</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Trusted headquarters fingerprint:</source>
        <translation>已信任的总部核对词语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Write enrollment request…</source>
        <translation>写出登记申请…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>e.g. Yanji laptop 2 (no real names)</source>
        <translation>例如：延吉笔记本 2（不要用真实姓名）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Demo vault with fictional records. Its passphrase is: {pw}</source>
        <translation>这是包含虚构记录的演示保险库。密码短语：{pw}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Field Intake is locked</source>
        <translation>Field Intake 已锁定</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>I forgot the passphrase: use the recovery key</source>
        <translation>忘记了密码短语：使用恢复密钥</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Show what I type</source>
        <translation>显示输入内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>The vault could not be opened.</source>
        <translation>无法打开保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Too many wrong attempts. You can try again in {s} seconds.</source>
        <translation>错误尝试次数过多。{s} 秒后可以重试。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type the passphrase first.</source>
        <translation>请先输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type the recovery key first.</source>
        <translation>请先输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type your passphrase to open the vault.</source>
        <translation>请输入密码短语以打开保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type your recovery key to open the vault.</source>
        <translation>请输入恢复密钥以打开保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>New passphrase:</source>
        <translation>新密码短语：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Repeat it:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Type the passphrase again in the second field.</source>
        <translation>请在第二个输入框中再输入一次密码短语。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Very strong</source>
        <translation>很强</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Print the recovery key on paper</source>
        <translation>把恢复密钥打印在纸上</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Write this recovery key on paper now (or print it with the Print button) and keep it somewhere safe, away from this laptop. It is shown only once. With it you can open the vault if you forget the passphrase; anyone who has it can open the vault too. Do not keep a copy on this laptop.</source>
        <translation>请现在把这个恢复密钥抄在纸上（或用“打印”按钮打印出来），并存放在远离这台笔记本电脑的安全地方。它只显示这一次。忘记密码短语时，可用它打开保险库；任何拿到它的人也都能打开保险库。不要在这台笔记本电脑上保留副本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>group {n}</source>
        <translation>第 {n} 组</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Keep this paper somewhere safe, away from the laptop. Do not photograph it and do not keep a copy on the laptop or a phone.</source>
        <translation>请把这张纸存放在远离笔记本电脑的安全地方。不要拍照，也不要在笔记本电脑或手机上保留副本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>No printer</source>
        <translation>没有打印机</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>No printer is set up on this computer. Write the recovery key down by hand.</source>
        <translation>这台电脑没有设置打印机。请用手把恢复密钥抄下来。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Print the recovery key?</source>
        <translation>要打印恢复密钥吗？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>The printer and this computer&apos;s printing system may keep a copy of the page for a while (on Linux usually a day). Writing the key down by hand leaves no copy anywhere.</source>
        <translation>打印机和这台电脑的打印系统可能会把打印的页面保留一段时间（在 Linux 上通常是一天）。用手抄写密钥则不会在任何地方留下副本。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>The recovery key was not printed: printing to a file would leave the key readable on this computer. Choose a printer that prints on paper, or write the key down by hand.</source>
        <translation>没有打印恢复密钥：打印成文件会在这台电脑上留下任何人都能读的密钥。请选择在纸上打印的打印机，或用手抄下密钥。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>When the program asks for the recovery key, type the groups in this order.</source>
        <translation>程序要求输入恢复密钥时，请按这个顺序输入各组。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>With this key the vault can be opened if the passphrase is forgotten. Anyone who has it can open the vault too.</source>
        <translation>忘记密码短语时，可用这个密钥打开保险库。任何拿到它的人也都能打开保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workers.py"/>
        <source>Something went wrong. The details are in the log file; no record content is in it.</source>
        <translation>出现了问题。详细信息见日志文件；日志中不含任何记录内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>this kind of</source>
        <translation>这种</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached with its place, time and camera data, as you asked.</source>
        <translation>{name}：已按您的要求连同地点、时间和相机信息一起附加。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached, but its hidden data (place, time, device) could NOT be removed: this app cannot clean {format} files. Anyone who sees this file may learn where and when it was made.</source>
        <translation>{name}：已附加，但无法删除其中的隐藏信息（地点、时间、设备）：本应用无法清理 {format} 文件。看到此文件的人可能会知道它是何时何地制作的。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached. It carried no place, time or camera data.</source>
        <translation>{name}：已附加。其中没有地点、时间或相机信息。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached. Place, time and camera data were removed ({removed}).</source>
        <translation>{name}：已附加。已删除地点、时间和相机信息（{removed}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: not attached: the file cannot be read.</source>
        <translation>{name}：未附加：无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: not attached: {reason}</source>
        <translation>{name}：未附加：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The attachment&apos;s content does not match its checksum.</source>
        <translation>附件内容与其校验和不符。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The attachment&apos;s content is missing from the vault.</source>
        <translation>保险库中缺少该附件的内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The file is larger than the 2 GiB an attachment may be.</source>
        <translation>文件超过了附件的大小上限（2 GiB）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The record to attach to does not exist.</source>
        <translation>要添加附件的记录不存在。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A backup inside the vault&apos;s own folder is no backup: choose another folder, ideally on a removable drive.</source>
        <translation>放在保险库自身文件夹里的备份不算备份：请选择其他文件夹，最好在移动硬盘上。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A file of the backup is damaged.</source>
        <translation>备份中的一个文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault already exists in {path}; a restore never writes over one. Nothing was changed.</source>
        <translation>{path} 中已有保险库；恢复绝不会覆盖现有保险库。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault appeared in {path} meanwhile; nothing was changed.</source>
        <translation>在此期间 {path} 中出现了保险库；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault file changed while it was copied; try the backup again.</source>
        <translation>复制期间保险库文件发生了变化；请重新备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>Cancelled: no backup was made.</source>
        <translation>已取消：没有创建备份。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup cannot be read: it is damaged, or it does not open with this passphrase or recovery key.</source>
        <translation>无法读取备份：它已损坏，或者无法用此密码短语或恢复密钥打开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup changed while it was read; nothing was restored.</source>
        <translation>读取期间备份发生了变化；没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup copy failed its check: {problems}. Nothing was kept.</source>
        <translation>备份副本未通过检查：{problems}。没有保留任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup failed its check: {problems}. Nothing was restored.</source>
        <translation>备份未通过检查：{problems}。没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup is damaged: its database does not open with its own key.</source>
        <translation>备份已损坏：其数据库无法用自己的密钥打开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>This folder is an unfinished backup (it was interrupted); it cannot be restored.</source>
        <translation>此文件夹是未完成的备份（中途被打断），无法恢复。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a backup folder.</source>
        <translation>{path} 不是备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a complete backup: {files} missing.</source>
        <translation>{path} 不是完整的备份：缺少 {files}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a folder.</source>
        <translation>{path} 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <translation>{path} 已有保险库，未对其做任何改动。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault database cannot be read: it is damaged, or it is not a Field Intake vault. It was left untouched.</source>
        <translation>无法读取保险库数据库：它已损坏，或不是 Field Intake 保险库。未对其做任何改动。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <source>The vault file cannot be opened: {reason}</source>
        <translation>无法打开保险库文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/duress.py"/>
        <source>This vault has no second database; nothing was changed.</source>
        <translation>这个保险库没有第二个数据库；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>Line {n}: {reason}</source>
        <translation>第 {n} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>a field is missing or unknown ({detail})</source>
        <translation>字段缺失或未知（{detail}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>each line must be a JSON object</source>
        <translation>每一行都必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>no case with code {code} in the vault</source>
        <translation>保险库中没有编号为 {code} 的个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>the line is too long</source>
        <translation>该行太长</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>the reference {ref!r} is used twice</source>
        <translation>引用 {ref!r} 被使用了两次</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>unknown reference {ref!r}: define the case on an earlier line</source>
        <translation>未知引用 {ref!r}：请先在前面的行中定义该个案</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>{fields}: set by the vault, not by an import</source>
        <translation>{fields}：由保险库设定，不能通过导入指定</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>“type” must be case, aid or testimony</source>
        <translation>“type”必须是 case、aid 或 testimony</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The key file is not a Field Intake key file, or it is damaged.</source>
        <translation>该密钥文件不是 Field Intake 密钥文件，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The passphrase is not correct.</source>
        <translation>密码短语不正确。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The recovery key is not correct.</source>
        <translation>恢复密钥不正确。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>This secret is already used for another purpose in this vault. Choose a different one.</source>
        <translation>该密码短语（或密钥）已在此保险库中另作他用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/person.py"/>
        <source>This case is no longer in the vault: it was deleted, or removed from this laptop after headquarters confirmed it.</source>
        <translation>此个案已不在保险库中：它已被删除，或在总部确认后从此笔记本电脑上移除。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>A record with this id already exists with another type.</source>
        <translation>已有使用此 ID 但类型不同的记录。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>The record refers to a case that does not exist: {id}</source>
        <translation>该记录引用了不存在的个案：{id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>This record was changed elsewhere since you opened it; reopen it and make your change again.</source>
        <translation>你打开此记录后，它已在别处被修改。请重新打开，再做一次修改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/schema.py"/>
        <source>This vault was written by a newer version of Field Intake; update the app to open it.</source>
        <translation>此保险库由更新版本的 Field Intake 写入，请更新应用后再打开。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/unlock.py"/>
        <source>Too many wrong attempts. Wait {s} seconds, then try again.</source>
        <translation>错误尝试次数过多。请等待 {s} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>A vault already exists in {path}; nothing was changed.</source>
        <translation>{path} 中已有保险库，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault in {path} is incomplete: {file} is missing. Restore it from a backup; nothing was changed.</source>
        <translation>{path} 中的保险库不完整：缺少 {file}。请从备份恢复；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>There is no vault in {path}.</source>
        <translation>{path} 中没有保险库。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The audit log was altered at entry {n}.</source>
        <translation>审计日志第 {n} 条记录已被篡改。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The database structure is damaged.</source>
        <translation>数据库结构已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The search index is damaged.</source>
        <translation>搜索索引已损坏。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>{n} pages of the vault fail their authentication check.</source>
        <translation>保险库有 {n} 个页面未通过认证校验。</translation>
    </message>
    <message>
        <source>A copied file differs from the original.</source>
        <translation type="vanished">复制的文件与原文件不同。</translation>
    </message>
    <message>
        <source>A duress passphrase is a second passphrase for when someone forces you to open the app. It opens a separate decoy vault that never shows your real records. You can put a few ordinary records in the decoy, so that it looks used. The app looks and works the same with either passphrase, and setting one changes no file on this laptop.</source>
        <translation type="vanished">胁迫密码短语是有人逼您打开应用时使用的第二个密码短语。它打开一个单独的诱饵保险库，绝不会显示您真正的记录。您可以在诱饵里放几条普通记录，让它看起来有人在用。无论用哪个密码短语，应用的样子和用法都一样；设置它也不会改变这台电脑上的任何文件。</translation>
    </message>
    <message>
        <source>An attachment in the vault does not have the size its record says; run `intake-app verify`. No bundle was written.</source>
        <translation type="vanished">保险库中某个附件的大小与其记录所写不符；请运行 `intake-app verify`。未写入记录包。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">批准</translation>
    </message>
    <message>
        <source>Approve device {device} with the key its bundle presented ({fp})? Do this only after its field worker confirmed that key fingerprint, by phone or in person.</source>
        <translation type="vanished">使用其记录包出示的密钥（{fp}）批准设备 {device}？请务必在其一线工作人员通过电话或当面确认该密钥核对码之后再批准。</translation>
    </message>
    <message>
        <source>Approve device {device}? Its field worker should see this key fingerprint on their laptop: {fp}. Approve only if it is the same.</source>
        <translation type="vanished">批准设备 {device}？其一线工作人员的笔记本电脑上应显示相同的密钥核对码：{fp}。只有一致时才可批准。</translation>
    </message>
    <message>
        <source>Choose a result to open it.</source>
        <translation type="vanished">选择一条结果以打开。</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation type="vanished">删除</translation>
    </message>
    <message>
        <source>Delete {n} records delivered before {date} from this laptop, with their attachments? Identifying details that never left it are lost with them. [y/N]</source>
        <translation type="vanished">要从这台笔记本电脑上删除 {date} 之前已送达的 {n} 条记录及其附件吗？从未离开这台电脑的身份识别信息也将随之丢失。[y/N]</translation>
    </message>
    <message>
        <source>Delete {n} records that headquarters confirmed (delivered before {date}) from this laptop, with their attachments? Identifying details that never left the laptop are lost with them. This cannot be undone.</source>
        <translation type="vanished">要从这台笔记本电脑删除总部已确认的 {n} 条记录（{date} 之前送达）及其附件吗？从未离开这台电脑的可识别身份信息也会一并丢失。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delivered records may be deleted from the laptop {n} days after headquarters confirms them.</source>
        <translation type="vanished">总部确认后满 {n} 天，已送达的记录即可从笔记本电脑中删除。</translation>
    </message>
    <message>
        <source>Demo vault with fictional records.</source>
        <translation type="vanished">这是包含虚构记录的演示保险库。</translation>
    </message>
    <message>
        <source>Done: {k} of {n} files imported. The report below says what happened to each.</source>
        <translation type="vanished">完成：{n} 个文件中导入了 {k} 个。每个文件的处理结果见下方报告。</translation>
    </message>
    <message>
        <source>FILE.jsonl</source>
        <translation type="vanished">文件.jsonl</translation>
    </message>
    <message>
        <source>Imported {cases} cases, {aid} aid distributions and {testimony} testimonies.</source>
        <translation type="vanished">已导入 {cases} 个个案、{aid} 次援助发放和 {testimony} 份证词。</translation>
    </message>
    <message>
        <source>Keys restored: {n} decryption keys added. Key fingerprint: {words}.</source>
        <translation type="vanished">密钥已恢复：已添加 {n} 个解密密钥。密钥核对词语：{words}。</translation>
    </message>
    <message>
        <source>Metadata could not be removed from these files; they were stored as they are: {names}</source>
        <translation type="vanished">以下文件无法删除元数据，已按原样保存：{names}</translation>
    </message>
    <message>
        <source>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} days after delivery.</source>
        <translation type="vanished">还没有已送达且足够久的记录可删除：总部的配置文件要求送达后保留 {n} 天。</translation>
    </message>
    <message>
        <source>Not attached: {reasons}</source>
        <translation type="vanished">未能附加：{reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Prepared with Field Intake on {date}: {n} testimony, given with consent to share it with UN mechanisms.</source>
        <extracomment>Prepared with Field Intake on {date}: {n} testimonies, each given with consent to share it with UN mechanisms.</extracomment>
        <translation type="vanished">
            <numerusform>{date} 由 Field Intake 制作:{n} 份证词,均已同意与联合国机制分享。</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge delay after delivery: {n} days</source>
        <translation type="vanished">送达后清除的等待期：{n} 天</translation>
    </message>
    <message>
        <source>Purged {records} delivered records ({attachments} attachments, {blobs} stored files); the space was reclaimed.</source>
        <translation type="vanished">已清除 {records} 条已送达的记录（{attachments} 个附件，{blobs} 个存储文件），并回收了空间。</translation>
    </message>
    <message>
        <source>Quarantine for unapproved devices: {devices} devices, {bundles} bundles, {mib} MiB waiting. At most:</source>
        <translation type="vanished">未批准设备的隔离区：{devices} 台设备、{bundles} 个数据包、{mib} MiB 在等待。上限：</translation>
    </message>
    <message>
        <source>Receipt accepted: {records} records marked delivered, {bundles} bundles acknowledged.</source>
        <translation type="vanished">回执已接受：{records} 条记录已标记为已送达，{bundles} 个数据包已确认收到。</translation>
    </message>
    <message>
        <source>Receipt written to {name}. Give it to the field worker of this device: their laptop then knows which records arrived.</source>
        <translation type="vanished">回执已写入 {name}。请交给此设备的一线工作人员，其笔记本电脑便会知道哪些记录已送达。</translation>
    </message>
    <message>
        <source>Search all records: names of items, places, narratives, notes…</source>
        <translation type="vanished">搜索全部记录：物品名称、地点、陈述、备注…</translation>
    </message>
    <message>
        <source>This backup needs {needed} shares; only {given} were entered. Nothing was restored.</source>
        <translation type="vanished">此备份需要 {needed} 个份额，但只输入了 {given} 个。未恢复任何内容。</translation>
    </message>
    <message>
        <source>This page is not available in this version.</source>
        <translation type="vanished">此版本中没有此页面。</translation>
    </message>
    <message>
        <source>Write this recovery key on paper now (or print this screen) and keep it somewhere safe, away from this laptop. It is shown only once. With it you can open the vault if you forget the passphrase; anyone who has it can open the vault too. Do not keep a copy on this laptop.</source>
        <translation type="vanished">请现在把这个恢复密钥抄在纸上（或打印此屏幕），并存放在远离这台笔记本电脑的安全地方。它只显示这一次。忘记密码短语时，可用它打开保险库；任何拿到它的人也都能打开保险库。不要在这台笔记本电脑上保留副本。</translation>
    </message>
    <message>
        <source>at most {n} bundles may wait</source>
        <translation type="vanished">最多可等待 {n} 个数据包</translation>
    </message>
    <message>
        <source>at most {n} devices may wait for approval</source>
        <translation type="vanished">最多可有 {n} 台设备等待批准</translation>
    </message>
    <message>
        <source>import records from a JSON Lines file, all or nothing</source>
        <translation type="vanished">从 JSON Lines 文件导入记录（要么全部导入，要么都不导入）</translation>
    </message>
    <message>
        <source>one record per line; - for standard input</source>
        <translation type="vanished">每行一条记录；- 表示标准输入</translation>
    </message>
    <message>
        <source>{bundles} bundle(s) written: {records} records, {attachments} attachments.</source>
        <translation type="vanished">已写入 {bundles} 个记录包：{records} 条记录，{attachments} 个附件。</translation>
    </message>
    <message>
        <source>{file}: imported bundle {sequence} of device {device}: {records} records ({new} new, {updated} updated, {conflicts} conflicts), {attachments} attachments.</source>
        <translation type="vanished">{file}：已导入设备 {device} 的第 {sequence} 号数据包：{records} 条记录（新增 {new}，更新 {updated}，冲突 {conflicts}），{attachments} 个附件。</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read</source>
        <translation type="vanished">{name}：无法读取文件</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="vanished">{name}：{reason}</translation>
    </message>
    <message>
        <source>{n} attachments marked identifying stayed on this laptop, as the deployment profile requires.</source>
        <translation type="vanished">按照总部设置文件的要求，{n} 个标记为可识别身份的附件留在了这台笔记本电脑上。</translation>
    </message>
    <message>
        <source>{n} conflicts.</source>
        <translation type="vanished">{n} 个冲突。</translation>
    </message>
    <message>
        <source>{n} file(s) attached.</source>
        <translation type="vanished">已附加 {n} 个文件。</translation>
    </message>
    <message>
        <source>{n} records found.</source>
        <translation type="vanished">找到 {n} 条记录。</translation>
    </message>
</context>
</TS>
