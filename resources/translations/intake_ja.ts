<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>intake</name>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>COMMAND</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>Field Intake: secure, offline records of aid and testimony. Without a command, the desktop app starts.</source>
        <translation>Field Intake: 支援と証言をオフラインで安全に記録します。コマンドを指定しない場合はデスクトップアプリが起動します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>Interrupted; nothing more was written.</source>
        <translation>中断しました。それ以降は何も書き込まれていません。</translation>
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
        <translation>本部：証言の情報源と情報を評価する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Headquarters&apos; assessment saved: source {r}, information {c}.</source>
        <translation>本部の評価を保存しました：情報源 {r}、情報 {c}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Headquarters: source {r}, information {c}</source>
        <translation>本部：情報源 {r}、情報 {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Interviewer: source {r}, information {c}</source>
        <translation>聞き取り担当者：情報源 {r}、情報 {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/hq/credibility.py"/>
        <source>No testimony with the id {id}.</source>
        <translation>ID が {id} の証言はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>TESTIMONY</source>
        <translation>証言</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>a testimony id</source>
        <translation>証言の ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>information credibility: 1 (confirmed) to 5 (improbable), 6 (cannot be judged)</source>
        <translation>情報の信憑性：1（確認済み）から 5（事実とは考えにくい）まで、6（判断できない）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>record headquarters&apos; assessment (a new version; the interviewer&apos;s stays)</source>
        <translation>本部の評価を記録する（新しい版として。聞き取り担当者の評価は残ります）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>show the grades of a testimony (interviewer&apos;s and headquarters&apos;)</source>
        <translation>証言の評価を表示する（聞き取り担当者と本部）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>source reliability: A (completely reliable) to E (unreliable), F (cannot be judged)</source>
        <translation>情報源の信頼性：A（完全に信頼できる）から E（信頼できない）まで、F（判断できない）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <source>why (kept with this version)</source>
        <translation>理由（この版と一緒に保存されます）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>A checked backup was written to {path}.</source>
        <translation>確認済みのバックアップを {path} に書き込みました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>FROM</source>
        <translation>バックアップ元</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>It opens with the same passphrase or recovery key as the vault. Keep it as safe as the laptop.</source>
        <translation>このバックアップは保管庫と同じパスフレーズまたは回復キーで開きます。ノートパソコンと同じように大切に保管してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>The age of this backup is not known.</source>
        <translation>このバックアップがいつ作られたかは分かりません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>The backup passed its check and was restored into {path}: {counts}.</source>
        <translation>バックアップは確認に合格し、{path} に復元されました：{counts}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/backup.py"/>
        <source>This backup is {n} day old.</source>
        <extracomment>This backup is {n} days old.</extracomment>
        <translation>
            <numerusform>このバックアップは {n} 日前のものです。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>This backup was taken today.</source>
        <translation>このバックアップは今日作成されました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>restore a vault from a backup into an empty data folder</source>
        <translation>バックアップから保管庫を空のデータフォルダーに復元します</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>the backup folder</source>
        <translation>バックアップのフォルダー</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>the folder to write the backup in (e.g. on a removable drive)</source>
        <translation>バックアップを書き込むフォルダー（例：取り外し可能なドライブ）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>write a checked backup of the whole vault into a folder</source>
        <translation>保管庫全体の確認済みバックアップをフォルダーに書き込みます</translation>
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
            <numerusform>支援 {n} 件</numerusform>
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
            <numerusform>ケース {n} 件</numerusform>
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
            <numerusform>証言 {n} 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Cannot ask for confirmation without a terminal: run again with --yes.</source>
        <translation>端末がないため確認できません。--yes を付けて再実行してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/fileutil.py"/>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} を読み込めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>New passphrase: </source>
        <translation>新しいパスフレーズ: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>No passphrase given: use --passphrase-file PATH or - for standard input.</source>
        <translation>パスフレーズが指定されていません。--passphrase-file パス を指定するか、標準入力なら - を指定してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/duress.py"/>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>PATH</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>Passphrase: </source>
        <translation>パスフレーズ: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>Repeat the new passphrase: </source>
        <translation>新しいパスフレーズ(確認): </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>2 つのパスフレーズが一致しません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>also print progress notes (never record content)</source>
        <translation>進行状況も表示する (記録の内容は表示しない)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>folder of the vault (default: the platform&apos;s data folder, or $INTAKE_DATA_DIR)</source>
        <translation>保管庫のフォルダー (既定: OS のデータフォルダー、または $INTAKE_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>language of messages: en, ko, ja or zh_CN</source>
        <translation>メッセージの言語: en、ko、ja、zh_CN のいずれか</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>read the passphrase from the first line of PATH, or - for standard input</source>
        <translation>パスで指定したファイルの 1 行目からパスフレーズを読み込む (- は標準入力)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>unlock with the recovery key in PATH instead of the passphrase</source>
        <translation>パスフレーズの代わりに、パスで指定したファイルの回復キーでロックを解除する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>y</source>
        <translation>は</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>Demo vault in {path} (passphrase: {pw})</source>
        <translation>デモ用の保管庫: {path} (パスフレーズ: {pw})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>create it, print its summary, and delete it</source>
        <translation>作成して概要を表示し、削除する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>field: a field laptop&apos;s vault; hq: headquarters, with records from several laptops</source>
        <translation>field: 現場のノートパソコンの保管庫、hq: 本部(複数のノートパソコンからの記録つき)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>keep the demo folder (printed) instead of deleting it</source>
        <translation>デモ用フォルダーを削除せずに残す (場所を表示)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>number of fictional cases (default 120)</source>
        <translation>架空のケースの数 (既定: 120)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>open a throwaway vault with fictional sample records</source>
        <translation>架空のサンプル記録が入った使い捨ての保管庫を開く</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>CUT OR REWRITTEN</source>
        <translation>切り詰め・書き換えあり</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Compare the fingerprint words first, then run again with --yes.</source>
        <translation>先に確認の言葉を照合してから、--yes を付けて再実行してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Compare them with the words the field laptop shows (Sync, or `devices request`) by phone or in person, never by a message that came with the bundle.</source>
        <translation>現場のノートパソコンに表示される単語(「同期」または `devices request`)と、電話か対面で照合してください。記録ファイルと一緒に届いたメッセージで照合してはいけません。</translation>
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
        <translation>端末 ID: {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Device {device} presents the key with these fingerprint words:</source>
        <translation>端末 {device} は次の確認の言葉を持つ鍵を示しています:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Do the words match? Approve this device? [y/N]</source>
        <translation>単語は一致しましたか? この端末を承認しますか? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Enrollment request written to {path}.</source>
        <translation>登録申請を {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>FILE|ID</source>
        <translation>ファイル|ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Fingerprint words (read them to headquarters by phone or in person): {words}</source>
        <translation>確認の言葉(電話か対面で本部に読み上げてください): {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Fingerprint words: {words}</source>
        <translation>確認の言葉: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: approve a device from its request file, or a pending device by id</source>
        <translation>本部: 登録申請ファイルから端末を承認する、または承認待ちの端末を ID で承認する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: list known devices</source>
        <translation>本部: 既知の端末を一覧表示する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: revoke a device: none of its bundles will be imported again</source>
        <translation>本部: 端末を失効させる (以後その端末の記録ファイルは一切インポートしない)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: show (or set) the limits of the quarantine for unapproved devices</source>
        <translation>本部: 未承認の端末の隔離の上限を表示(または設定)する</translation>
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
        <translation>鍵の確認コード (本部でも同じものが表示されるはずです): {fp}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>No devices known yet.</source>
        <translation>既知の端末はまだありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Not approved; nothing was changed.</source>
        <translation>承認しませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Space taken: {n} MiB of at most {limit} MiB</source>
        <translation>使用中の容量: 最大 {limit} MiB のうち {n} MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Waiting bundles: {n} of at most {limit}</source>
        <translation>待機中の記録ファイル: 最大 {limit} 個のうち {n} 個</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Waiting devices: {n} of at most {limit}</source>
        <translation>待機中の端末: 最大 {limit} 台のうち {n} 台</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>a short name headquarters will see</source>
        <translation>本部に表示される短い名前</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>activity log</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>approve a pending device by id without asking (after comparing its fingerprint words)</source>
        <translation>確認せずに承認待ちの端末を ID で承認する(確認の言葉を照合した後で)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>device</source>
        <extracomment>devices</extracomment>
        <translation>
            <numerusform>端末</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>enrolled</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>field devices: enrollment requests, approval, revocation</source>
        <translation>現場の端末: 登録申請、承認、失効</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>field: write this device&apos;s enrollment request for headquarters</source>
        <translation>現場: 本部向けにこの端末の登録申請を書き出す</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>gaps</source>
        <translation>欠番</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many MiB the waiting bundles may take in all</source>
        <translation>待機中の記録ファイル全体が使ってよい MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many bundles may wait in all</source>
        <translation>全体で待機できる記録ファイルの数</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many unapproved devices may wait</source>
        <translation>待機できる未承認の端末の数</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>intact</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>key conflict</source>
        <translation>鍵の競合</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>last bundle</source>
        <translation>最終記録ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>last sequence</source>
        <translation>最終連番</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>new file (never overwritten)</source>
        <translation>新しいファイル (既存のファイルは上書きしない)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>revoked since</source>
        <translation>失効基準日</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>when it may have been compromised (default: today)</source>
        <translation>侵害された可能性がある時点 (既定: 今日)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>HQ: cases that may be the same person</source>
        <translation>本部：同じ人物かもしれないケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>a case id or code</source>
        <translation>ケースの ID またはコード</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>list candidate pairs, the strongest first</source>
        <translation>候補の組を一覧にする（可能性の高い順）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>the two cases are different people (not proposed again)</source>
        <translation>二つのケースは別人です（再び提案されません）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>the two cases are one person (counted once)</source>
        <translation>二つのケースは同じ人物です（一人として数えます）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>why (kept with this decision)</source>
        <translation>理由（この判断と一緒に保存されます）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>{code}: {alias}, {sex}, born {year}, {province}, case id {id}</source>
        <translation>{code}：{alias}、{sex}、{year}年生まれ、{province}、ケース ID {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>{n} candidate pair.</source>
        <extracomment>{n} candidate pairs.</extracomment>
        <translation>
            <numerusform>候補の組 {n} 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Duress passphrase: </source>
        <translation>強要用パスフレーズ: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Repeat the duress passphrase: </source>
        <translation>強要用パスフレーズをもう一度: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>The duress passphrase is set. It opens a separate decoy vault, never your real records.</source>
        <translation>強要用パスフレーズを設定しました。これは別のおとりの保管庫を開くだけで、本当の記録は決して開きません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The duress passphrase must differ from your real passphrase and recovery key; nothing was changed.</source>
        <translation>強要用パスフレーズは本当のパスフレーズや回復キーと違うものにしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The duress passphrase no longer opens anything.</source>
        <translation>強要用パスフレーズではもう何も開きません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Warning: the first time the duress passphrase is used, your real passphrase and recovery key stop working, for ever, without any message. Records already sent to headquarters stay there; everything else in the real vault is lost.</source>
        <translation>警告: 強要用パスフレーズを初めて使った時点で、本当のパスフレーズと回復キーは何の表示もなく永久に使えなくなります。本部にすでに送った記録は本部に残りますが、本当の保管庫のそれ以外の内容はすべて失われます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>a second passphrase that opens a decoy vault</source>
        <translation>おとりの保管庫を開く2つ目のパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>read the duress passphrase from PATH (- for standard input)</source>
        <translation>強要用パスフレーズを PATH から読む（- は標準入力）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>set (or replace) the duress passphrase</source>
        <translation>強要用パスフレーズを設定（または置き換え）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>the duress passphrase stops working</source>
        <translation>強要用パスフレーズを使えなくする</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>when the duress passphrase is used, also destroy the real vault&apos;s keys for good</source>
        <translation>強要用パスフレーズが使われたら、本当の保管庫の鍵も永久に破棄する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>Event {id}: the incidents are linked.</source>
        <translation>出来事 {id}：事件を結び付けました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>HQ: incidents from several testimonies that are one event</source>
        <translation>本部：複数の証言に出てくる同じ出来事</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>INCIDENT</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>a short name for the event</source>
        <translation>出来事の短い名前</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>corroborated</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>incident ids</source>
        <translation>事件の ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>incident ids or event ids</source>
        <translation>事件の ID または出来事の ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>list events and their witnesses</source>
        <translation>出来事とその証人を一覧にする</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>list incidents that may be one event instead (same violation, place and time)</source>
        <translation>代わりに同じ出来事かもしれない事件を一覧にする（同じ侵害・場所・時期）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>make the incidents one event (joining events they are in)</source>
        <translation>事件を一つの出来事にまとめる（既に属する出来事と合わせる）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>single witness</source>
        <translation>証人一人</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>take incidents out of their event, or dissolve events by id</source>
        <translation>事件を出来事から外す、または ID で出来事を解消する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>testimony {id}</source>
        <translation>証言 {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} event.</source>
        <extracomment>{n} events.</extracomment>
        <translation>
            <numerusform>出来事 {n} 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} incident left its event.</source>
        <extracomment>{n} incidents left their events.</extracomment>
        <translation>
            <numerusform>{n} 件の事件が出来事から外れました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{n} suggestion.</source>
        <extracomment>{n} suggestions.</extracomment>
        <translation>
            <numerusform>提案 {n} 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} witness</source>
        <extracomment>{n} witnesses</extracomment>
        <translation>
            <numerusform>証人 {n} 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>HQ: every version headquarters holds of a record, and restoring one</source>
        <translation>本部: 本部が保管している記録のすべての版と、その復元</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>Record {id} now shows the content of version {old}, as new version {new}.</source>
        <translation>記録 {id} は、バージョン {old} の内容を新しいバージョン {new} として表示するようになりました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>VERSION</source>
        <translation>バージョン</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>bundle</source>
        <extracomment>bundles</extracomment>
        <translation>
            <numerusform>記録ファイル</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>bundle hash</source>
        <translation>記録ファイルのハッシュ</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>head</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>list the record&apos;s versions, oldest first (who, when, from which bundle)</source>
        <translation>記録の版を古い順に一覧表示する(誰が、いつ、どの記録ファイルから)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>made at headquarters</source>
        <translation>本部で作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>make an earlier version the record&apos;s content again (a new version; nothing is overwritten)</source>
        <translation>以前の版を再び記録の内容にする(新しい版になり、何も上書きしない)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>parent</source>
        <translation>親バージョン</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>received or made</source>
        <translation>受信または作成日時</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>the version, as `history show` prints it</source>
        <translation>`history show` が表示する形のバージョン</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/history.py"/>
        <source>{n} version.</source>
        <extracomment>{n} versions.</extracomment>
        <translation>
            <numerusform>{n} 個の版。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Device signing key: {b64} (fingerprint {fp})</source>
        <translation>端末の署名鍵: {b64} (確認コード {fp})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Fingerprint: {words}</source>
        <translation>確認の言葉: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>HQ: add a new recipient key; older ones still decrypt</source>
        <translation>本部: 新しい受信者鍵を追加する (古い鍵でも引き続き復号できる)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>HQ: write the secret decryption keys to a file, for safekeeping</source>
        <translation>本部: 保管用に、復号用の秘密鍵をファイルに書き出す</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Key backup written to {path}.</source>
        <translation>鍵のバックアップを {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>New recipient: {r}</source>
        <translation>新しい受信者鍵: {r}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>No deployment profile imported yet.</source>
        <translation>本部の設定ファイルはまだインポートされていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Older identities kept for decrypting: {n}</source>
        <translation>復号用に残している以前の秘密鍵: {n} 個</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Older keys still decrypt. Issue a new profile (`profile create`) so field devices use the new key, and make a new key backup.</source>
        <translation>古い鍵でも引き続き復号できます。現場の端末が新しい鍵を使うよう新しい設定ファイルを発行し (`profile create`)、鍵のバックアップも作り直してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Recipients (bundles are encrypted to these):</source>
        <translation>受信者鍵 (記録ファイルはこれらの鍵に向けて暗号化されます):</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Signing key: {b64} (key id {id})</source>
        <translation>署名鍵: {b64} (鍵 ID {id})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Trusted headquarters fingerprint: {words}</source>
        <translation>信頼している本部の確認の言葉: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>WARNING: {path} holds headquarters&apos; secret keys. Whoever holds this file can read every bundle ever sent to headquarters. Keep it offline, encrypted, and locked away; never e-mail it or leave it on a shared drive.</source>
        <translation>警告: {path} には本部の秘密鍵が入っています。このファイルを持つ人は、これまで本部に送られたすべての記録ファイルを読めます。オフラインで、暗号化したうえで、鍵のかかる場所に保管してください。メールで送ったり、共有ドライブに置いたりしないでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>headquarters keys: show, rotate, back up</source>
        <translation>本部の鍵: 表示、更新、バックアップ</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>show this vault&apos;s public keys and their fingerprint</source>
        <translation>この保管庫の公開鍵とその確認コードを表示する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Cannot ask for confirmation without a terminal: compare the words, then run again with --yes.</source>
        <translation>ターミナルがないため確認できません。単語を照合してから、--yes を付けて再実行してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Compare these words with headquarters by phone or in person:</source>
        <translation>これらの単語を、電話または対面で本部と照合してください:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Deployment profile version {v} written to {path}.</source>
        <translation>本部の設定ファイルのバージョン {v} を {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Do they match exactly? [y/N]</source>
        <translation>完全に一致していますか? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Fingerprint (read it to each field worker by phone or in person): {words}</source>
        <translation>確認の言葉 (各現場スタッフに電話または対面で読み上げてください): {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>HQ: issue a signed deployment profile for field devices</source>
        <translation>本部: 現場の端末向けに署名付きの本部の設定ファイルを発行する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Headquarters signing key id: {id}</source>
        <translation>本部の署名鍵 ID: {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Identifying attachments allowed: {answer}</source>
        <translation>個人特定情報を含む添付ファイルの許可: {answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Identifying fields allowed to leave the field: {fields}</source>
        <translation>現場の外に出してよい個人特定項目: {fields}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Match tokens were computed for {n} case.</source>
        <extracomment>Match tokens were computed for {n} cases.</extracomment>
        <translation>
            <numerusform>{n} 件のケースの照合トークンを計算しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Match tokens: key {id}, Argon2id {mib} MiB, {passes} passes</source>
        <translation>照合トークン：鍵 {id}、Argon2id {mib} MiB、{passes} 回</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Organisation: {name}</source>
        <translation>団体: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Purge delay after delivery: {n} day</source>
        <extracomment>Purge delay after delivery: {n} days</extracomment>
        <translation>
            <numerusform>送達後、削除までの期間: {n} 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Recipients:</source>
        <translation>受信者鍵:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Taxonomy version: {v}</source>
        <translation>分類体系のバージョン: {v}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Unaltered originals of photos kept: {answer}</source>
        <translation>写真の元のファイルを保管：{answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Version: {v} (issued {at})</source>
        <translation>バージョン: {v} (発行: {at})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>days after delivery before the field may purge records (default 30)</source>
        <translation>送達後、現場で記録を削除できるようになるまでの日数 (既定 30)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>do not ask to confirm the fingerprint (for scripts that checked it otherwise)</source>
        <translation>確認の言葉の照合を求めない (別の方法で確認済みのスクリプト向け)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>field devices keep the unaltered original of each photo beside the copy without metadata (it leaves the field only with identifying attachments)</source>
        <translation>現場の端末が、メタデータを消したコピーと一緒に写真の元のファイルも保管する（元のファイルは、身元を示す添付が許可されたときだけ現場の外に出ます）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>field: import the deployment profile headquarters sent</source>
        <translation>現場: 本部から届いた本部の設定ファイルをインポートする</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>identifying fields that may leave the field, e.g. case:legal_name (repeatable; default: none)</source>
        <translation>現場の外に出してよい個人特定項目 (例: case:legal_name、複数回指定可、既定: なし)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>let attachments marked identifying leave the field (default: no)</source>
        <translation>個人特定情報とされた添付ファイルも現場の外に出す (既定: 出さない)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>show the deployment profile in force</source>
        <translation>現在有効な本部の設定ファイルを表示する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>the signed deployment profile</source>
        <translation>署名付きの本部の設定ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>--type, --mapping, --dry-run and --encoding are for .csv and .xlsx files only.</source>
        <translation>--type、--mapping、--dry-run、--encoding は .csv と .xlsx ファイル専用です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>CSV: the text encoding, e.g. utf-8, cp949, shift_jis or gb18030</source>
        <translation>CSV：文字コード（例：utf-8、cp949、shift_jis、gb18030）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>FILE.json</source>
        <translation>ファイル.json</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>FILE.jsonl (one record per line; - for standard input), FILE.csv or FILE.xlsx</source>
        <translation>ファイル.jsonl（1 行に 1 件、標準入力は -）、ファイル.csv またはファイル.xlsx</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>Imported {cases}, {aid} and {testimonies}.</source>
        <translation>{cases}、{aid}、{testimonies}を取り込みました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>No record with the id or code {text}.</source>
        <translation>ID またはコードが {text} の記録はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Not confirmed; nothing was written.</source>
        <translation>確認されなかったので、何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>RECORD</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>SHA-256 of the file as given: {sha}</source>
        <translation>渡されたままのファイルの SHA-256：{sha}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>Standard input cannot carry both the passphrase and the records.</source>
        <translation>標準入力でパスフレーズと記録の両方を渡すことはできません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>The file will hold legal names, birth dates, phone numbers and addresses, unencrypted. Continue? [y/N]</source>
        <translation>ファイルには本名、生年月日、電話番号、住所が暗号化されずに入ります。続けますか? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Warning: {path} will not be encrypted. Anyone who gets the file can read it; keep it safe and delete it when it is no longer needed.</source>
        <translation>注意: {path} は暗号化されません。ファイルを手にした人は誰でも読めます。安全に保管し、不要になったら削除してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>aid category, e.g. food</source>
        <translation>支援の分類 (例: food)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>also write legal names, birth dates, phones and addresses (asks to confirm)</source>
        <translation>本名・生年月日・電話番号・住所も書き出す(確認あり)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>attach files to a record (metadata removed from photos; see the README)</source>
        <translation>記録にファイルを添付する（写真のメタデータは消します。README 参照）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>case situation, e.g. in_hiding_china</source>
        <translation>ケースの現状 (例: in_hiding_china)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>confirm without asking</source>
        <translation>確認を求めずに進める</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>consent in force, e.g. un_mechanisms</source>
        <translation>有効な同意 (例: un_mechanisms)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>count the records in the vault</source>
        <translation>保管庫の記録を数える</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>import records from a JSON Lines file or a spreadsheet, all or nothing</source>
        <translation>JSON Lines ファイルまたは表計算ファイルから記録を取り込みます（すべてか、何もしないか）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>import, count and search records</source>
        <translation>記録のインポート、集計、検索</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>information credibility c1-c6 (1-6 scale), e.g. c2</source>
        <translation>情報の信憑性 c1〜c6（1〜6 の尺度）、例：c2</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>keep place, time and camera data</source>
        <translation>場所・時刻・カメラの情報を残す</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>province key, e.g. north_hamgyong or jilin</source>
        <translation>道・省のキー (例: north_hamgyong、jilin)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>search the records (full text and filters)</source>
        <translation>記録を検索する (全文検索と絞り込み)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>source reliability a-f (A-F scale), e.g. b</source>
        <translation>情報源の信頼性 a〜f（A〜F の尺度）、例：b</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: a saved mapping of columns and values (as printed by an import)</source>
        <translation>表計算ファイル：保存した列と値の対応表（取り込み時に表示されたもの）</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: check every row and show a preview; write nothing</source>
        <translation>表計算ファイル：すべての行を確認してプレビューを表示します。何も書き込みません</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: the kind of records of a sheet that does not say</source>
        <translation>表計算ファイル：シートが示していない場合の記録の種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>the files show a face or a document</source>
        <translation>ファイルに顔や書類が写っている</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>the id of the record, or a case code</source>
        <translation>記録の ID、またはケースのコード</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>violation type, e.g. torture</source>
        <translation>人権侵害の種類 (例: torture)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>words to find (all must match)</source>
        <translation>検索する単語 (すべて一致するもの)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>write the records that match the filters to a spreadsheet or JSON Lines</source>
        <translation>条件に合う記録を表計算ファイルまたは JSON Lines に書き出す</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} other record</source>
        <extracomment>{n} other records</extracomment>
        <translation>
            <numerusform>その他の記録 {n} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} record found.</source>
        <extracomment>{n} records found.</extracomment>
        <translation>
            <numerusform>{n} 件の記録が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} record written to {path}.</source>
        <extracomment>{n} records written to {path}.</extracomment>
        <translation>
            <numerusform>{n} 件の記録を {path} に書き出しました。</numerusform>
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
        <translation>--identify {id} はケースファイルに含まれない証言です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Case file written to {path}.</source>
        <translation>ケースファイルを {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>DIMENSIONS</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>FILE.docx</source>
        <translation>ファイル.docx</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>FILE.pdf</source>
        <translation>ファイル.pdf</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Print the identifying details (legal name, birth date, phone, address) of the witness of {id}, marked confidential? [y/N]</source>
        <translation>{id} の証言者の身元情報(本名、生年月日、電話番号、住所)を「機密」と表示して印刷しますか? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>REPORT</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>TESTIMONY_ID</source>
        <translation>証言ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>The file name must end in {suffix}.</source>
        <translation>ファイル名は {suffix} で終わる必要があります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/report.py"/>
        <source>UPR draft written to {path}: about {n} page.</source>
        <extracomment>UPR draft written to {path}: about {n} pages.</extracomment>
        <translation>
            <numerusform>UPR 草案を {path} に書き出しました: 約 {n} ページ。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>also print the identifying details of this testimony&apos;s witness (asks to confirm)</source>
        <translation>この証言者の身元情報も印刷する(確認あり)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>case file for a UN mechanism (.pdf)</source>
        <translation>国連メカニズム向けケースファイル(.pdf)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>cells with fewer people are hidden (default 5, at least 3)</source>
        <translation>これより少ない人数のセルは隠す(既定 5、最小 3)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>counts by theme, year and more, small cells hidden</source>
        <translation>テーマ・年などごとの集計(小さなセルは隠す)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>draft of a Universal Periodic Review submission (.docx)</source>
        <translation>普遍的定期審査(UPR)提出文書の草案(.docx)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>quote this testimony (its UN-mechanisms or named-publication consent must be in force)</source>
        <translation>この証言を引用する(国連メカニズムまたは実名公表の同意が有効であること)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>statistics, UPR submission drafts and case files (headquarters)</source>
        <translation>統計、UPR 提出文書の草案、ケースファイル(本部)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>what to count by, comma-separated: theme, violation, year, province, sex, age_band, perpetrator, place_kind, situation; or for aid: category, month, province, currency</source>
        <translation>集計の分類をカンマ区切りで: theme, violation, year, province, sex, age_band, perpetrator, place_kind, situation。支援なら category, month, province, currency</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Panic key: locks and destroys the vault&apos;s keys (nothing can open it afterwards).</source>
        <translation>緊急キー: ロックし、保管庫の鍵を破棄します（その後は誰にも開けません）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Panic key: locks.</source>
        <translation>緊急キー: ロックします。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>VALUE</source>
        <translation>値</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Wipe after failed unlocks: after {n} wrong passphrase in a row, the vault is destroyed.</source>
        <extracomment>Wipe after failed unlocks: after {n} wrong passphrases in a row, the vault is destroyed.</extracomment>
        <translation>
            <numerusform>解除失敗で消去: パスフレーズを続けて {n} 回間違えると、保管庫を破棄します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Wipe after failed unlocks: off.</source>
        <translation>解除失敗で消去: オフ。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>change a setting: wipe-after N|off, panic lock|destroy</source>
        <translation>設定を変更: wipe-after N|off, panic lock|destroy</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>panic takes lock or destroy; nothing was changed.</source>
        <translation>panic には lock か destroy を指定してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>protections: wipe after failed unlocks, panic action</source>
        <translation>保護設定: 解除失敗で消去、緊急キーの動作</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>show the protections</source>
        <translation>保護設定を表示</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>wipe-after takes a number from {low} to {high}, or off; nothing was changed.</source>
        <translation>wipe-after には {low} から {high} までの数か off を指定してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Delete {path} now? [y/N]</source>
        <translation>今すぐ {path} を削除しますか？ [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Dry run: every row can be imported; nothing was written.</source>
        <translation>試行：すべての行を取り込めます。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Identifying columns (they name or locate a person): {columns}</source>
        <translation>個人を特定する列（人の名前や居場所が分かるもの）：{columns}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Mapping used (save it as a .json file to reuse it with --mapping):</source>
        <translation>使用した対応表（.json ファイルとして保存すると --mapping で再利用できます）：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Read as {encoding} text.</source>
        <translation>{encoding} の文字として読み込みました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Row {n} ({type}): {fields}</source>
        <translation>{n} 行目（{type}）：{fields}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The mapping file is not UTF-8 text.</source>
        <translation>対応表ファイルが UTF-8 の文字ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The mapping file is too large.</source>
        <translation>対応表ファイルが大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The spreadsheet was deleted.</source>
        <translation>表計算ファイルを削除しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>{n} problem; nothing was written.</source>
        <extracomment>{n} problems; nothing was written.</extracomment>
        <translation>
            <numerusform>問題が {n} 件あります。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>Checklist:</source>
        <translation>チェックリスト：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last bundle imported:</source>
        <translation>最後に取り込んだ記録ファイル：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last bundle sent:</source>
        <translation>最後に送った記録ファイル：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last receipt imported:</source>
        <translation>最後に取り込んだ受領確認ファイル：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last verified backup:</source>
        <translation>最後の確認済みバックアップ：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>Needs attention:</source>
        <translation>対応が必要なこと：</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>print stable keys and counts as JSON</source>
        <translation>固定のキーと件数をJSONで出力する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>what to do next and what needs attention (the Home page)</source>
        <translation>次にすることと対応が必要なこと（ホーム画面）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>{n} approved device</source>
        <extracomment>{n} approved devices</extracomment>
        <translation>
            <numerusform>承認済みの端末 {n}台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>{n} open conflict</source>
        <extracomment>{n} open conflicts</extracomment>
        <translation>
            <numerusform>未解決の競合 {n}件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Conflict {id} resolved: record {record} now shows version {version}.</source>
        <translation>競合 {id} を解決しました。記録 {record} はバージョン {version} を表示します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Delete the {n} record above, delivered before {date}, from this laptop, with its attachments? Identifying details that never left it are lost with it. [y/N]</source>
        <extracomment>Delete the {n} records above, delivered before {date}, from this laptop, with their attachments? Identifying details that never left it are lost with them. [y/N]</extracomment>
        <translation>
            <numerusform>上の {n} 件の記録 ({date} より前に送達済み) を、添付ファイルとともにこのノートパソコンから削除しますか? このノートパソコンから出たことのない個人特定情報も一緒に失われます。[y/N]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: import bundle files (one line per file; exit code 1 if any was refused)</source>
        <translation>本部: 記録ファイルをインポートする (ファイルごとに 1 行、拒否されたものがあれば終了コード 1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: merge conflicts waiting for review</source>
        <translation>本部: 確認待ちのマージ競合</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: write a receipt of every bundle imported from a device</source>
        <translation>本部: ある端末からインポートしたすべての記録ファイルの受領確認ファイルを書き出す</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>No delivered record is old enough to purge.</source>
        <translation>削除できるほど時間の経った送達済みの記録はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Nothing was deleted.</source>
        <translation>何も削除していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Receipt written to {path}.</source>
        <translation>受領確認ファイルを {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>also list resolved conflicts</source>
        <translation>解決済みの競合も表示する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>delete delivered records (the only kind of purge there is; required, to be explicit)</source>
        <translation>送達済みの記録を削除する (唯一の削除方法で、明示のため必須)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>do not ask for confirmation</source>
        <translation>確認を求めない</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>export every record, not only what changed since headquarters&apos; last receipt</source>
        <translation>本部の最後の受領確認ファイル以降に変更されたものだけでなく、すべての記録をエクスポートする</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: check a receipt from headquarters and mark those records delivered</source>
        <translation>現場: 本部からの受領確認ファイルを検証し、該当する記録を送達済みにする</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: delete records headquarters confirmed, after the profile&apos;s delay</source>
        <translation>現場: 本部が確認した記録を、設定ファイルで定めた期間の経過後に削除する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: write what changed as an encrypted bundle for headquarters</source>
        <translation>現場: 変更された内容を本部向けの暗号化記録ファイルとして書き出す</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>folder to write the bundle into (a USB stick, a folder to attach from)</source>
        <translation>記録ファイルを書き出すフォルダー (USB メモリ、または添付して送るためのフォルダー)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>keep one version of a conflict as the record&apos;s head</source>
        <translation>競合した 2 つのバージョンのうち 1 つを記録の現行版として残す</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>kept: {version}</source>
        <translation>採用: {version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>list open conflicts (id, record, the two versions, the one shown)</source>
        <translation>未解決の競合を一覧表示する (番号、記録、2 つのバージョン、表示中のバージョン)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>shown: {version}</source>
        <translation>表示中: {version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>signed receipts of imported bundles</source>
        <translation>インポートした記録ファイルの署名付き受領確認ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>the version to keep, as `conflicts list` shows it (DEVICE:COUNTER)</source>
        <translation>残すバージョン (`conflicts list` の表示形式: 端末:カウンター)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>{n} attachment marked identifying stayed on this laptop, as the deployment profile requires.</source>
        <extracomment>{n} attachments marked identifying stayed on this laptop, as the deployment profile requires.</extracomment>
        <translation>
            <numerusform>本部の設定ファイルの定めにより、身元を特定できる情報とされた添付ファイル {n} 件はこのノートパソコンに残しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>{n} conflict.</source>
        <extracomment>{n} conflicts.</extracomment>
        <translation>
            <numerusform>競合 {n} 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>{n} other delivered record stays (changed since it was sent, too recent, or needed by a record that stays).</source>
        <extracomment>{n} other delivered records stay (changed since they were sent, too recent, or needed by a record that stays).</extracomment>
        <translation>
            <numerusform>送達済みのほかの記録 {n} 件は残ります (送った後に変更された、新しすぎる、または残る記録が参照している)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>A new {role} vault was created in {path}.</source>
        <translation>{path} に新しい {role} 保管庫を作成しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Anyone with this key can open the vault. Without it, a forgotten passphrase means the data is lost.</source>
        <translation>このキーがあれば誰でも保管庫を開けます。キーがない状態でパスフレーズを忘れると、データは失われます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Audit chain: {state} ({n} entries)</source>
        <translation>監査チェーン: {state} ({n} 件)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Database structure: {state}</source>
        <translation>データベース構造: {state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Encryption (page authentication): {state}</source>
        <translation>暗号化 (ページ認証): {state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Recovery key (shown once; write it down and keep it apart from this laptop):</source>
        <translation>回復キー (一度だけ表示されます。書き留めて、このノートパソコンとは別の場所に保管してください):</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Search index: {state}</source>
        <translation>検索インデックス: {state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>change the passphrase</source>
        <translation>パスフレーズを変更する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>check the vault: encryption, structure, search index, audit chain</source>
        <translation>保管庫を検査する: 暗号化、構造、検索インデックス、監査チェーン</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>create a new vault and print its recovery key once</source>
        <translation>新しい保管庫を作成し、回復キーを一度だけ表示する</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>field: a worker&apos;s laptop; hq: headquarters (default: field)</source>
        <translation>field: 現場スタッフのノートパソコン、hq: 本部 (既定: field)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>make a new recovery key; the old one stops working</source>
        <translation>新しい回復キーを作成する (古いキーは使えなくなる)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>read the new passphrase from PATH (- for standard input)</source>
        <translation>パスで指定したファイルから新しいパスフレーズを読み込む (- は標準入力)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>replace the recovery key</source>
        <translation>回復キーを置き換える</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>set a new passphrase (unlock with the old one or the recovery key)</source>
        <translation>新しいパスフレーズを設定する (古いパスフレーズか回復キーでロックを解除)</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/age_keys.py"/>
        <source>This is not an age X25519 secret key.</source>
        <translation>age X25519 の秘密鍵ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/age_keys.py"/>
        <source>“{text}” is not an age X25519 recipient (age1…).</source>
        <translation>“{text}” は age X25519 の受信者鍵 (age1…) ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are not plausible; the key file may be damaged.</source>
        <translation>鍵導出の設定が異常です。鍵ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are not valid.</source>
        <translation>鍵導出の設定が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are too weak: at least {n} MiB of memory is required.</source>
        <translation>鍵導出の設定が弱すぎます。{n} MiB 以上のメモリが必要です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Contains a name or word linked to you or your organisation. Do not use personal information.</source>
        <translation>あなたや所属団体に関係する名前や単語が含まれています。個人情報は使わないでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Dates and years are easy to guess. Leave them out or add several unrelated words.</source>
        <translation>日付や年は推測されやすくなります。外すか、関連のない単語をいくつか追加してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Keyboard patterns like “qwerty” are easy to guess. Use unrelated words instead.</source>
        <translation>「qwerty」のようなキーボードの並びは推測されやすくなります。代わりに関連のない単語を使ってください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Made of common words or well-known passwords. Add more unrelated, less common words.</source>
        <translation>よく使われる単語や有名なパスワードでできています。関連がなく、あまり使われない単語を追加してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Repeated characters or words are easy to guess. Use different, unrelated words.</source>
        <translation>文字や単語の繰り返しは推測されやすくなります。異なる、関連のない単語を使ってください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Sequences like “abcd” or “1234” are easy to guess. Use unrelated words instead.</source>
        <translation>「abcd」や「1234」のような連続した文字は推測されやすくなります。代わりに関連のない単語を使ってください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Too easy to guess. Add more unrelated words; a short sentence only you would think of works well.</source>
        <translation>推測されやすすぎます。関連のない単語を追加してください。自分しか思いつかない短い文も効果的です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Too short: use at least {n} characters. A few unrelated words make a strong passphrase.</source>
        <translation>短すぎます。{n} 文字以上にしてください。関連のない単語をいくつか並べると強いパスフレーズになります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key contains a character that is not in a recovery key: {c}</source>
        <translation>回復キーに使われない文字が含まれています: {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key has a typo: its checksum does not match. Check each group.</source>
        <translation>回復キーに入力ミスがあります (チェックサムが一致しません)。各グループを確認してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key has {n} characters; it should have 32.</source>
        <translation>回復キーが {n} 文字です。32 文字でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} carries a signature made for another purpose.</source>
        <translation>{what}には、別の用途のために作られた署名が付いています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>{what} does not have the expected form (at {where}).</source>
        <translation>{what}の形式が想定と異なります (位置: {where})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is nested too deeply.</source>
        <translation>{what}は入れ子が深すぎます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is not valid JSON.</source>
        <translation>{what}は有効な JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is too large ({size} bytes; at most {limit}).</source>
        <translation>{what}が大きすぎます ({size} バイト、上限 {limit})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>A signature comment must be one line of at most {n} bytes.</source>
        <translation>署名のコメントは {n} バイト以下の 1 行でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature does not match the data: it was altered or is not genuine.</source>
        <translation>署名がデータと一致しません。改ざんされたか、本物ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature is malformed.</source>
        <translation>署名の形式が不正です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature is too large.</source>
        <translation>署名が大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature uses an unknown algorithm.</source>
        <translation>署名に不明なアルゴリズムが使われています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature uses minisign&apos;s legacy mode, which is not accepted.</source>
        <translation>署名が minisign のレガシーモードで作られているため、受け付けられません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature was made by another key (key id {found}, expected {expected}).</source>
        <translation>別の鍵で作成された署名です (鍵 ID {found}、想定 {expected})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature&apos;s trusted comment is too long.</source>
        <translation>署名の信頼済みコメントが長すぎます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>署名の信頼済みコメントが改ざんされています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a minisign public key file.</source>
        <translation>minisign の公開鍵ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a valid signing public key.</source>
        <translation>有効な署名用公開鍵ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a valid signing secret key.</source>
        <translation>有効な署名用秘密鍵ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/demo.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>a record must be a JSON object</source>
        <translation>記録は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>a required field is missing ({detail})</source>
        <translation>必須項目がありません ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>an entry is repeated</source>
        <translation>重複した項目があります</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>consents/{i}: withdrawn before it was given</source>
        <translation>consents/{i}: 同意した日より前に撤回されています</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>data: a deleted record keeps no content</source>
        <translation>data: 削除された記録は内容を持てません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>incidents/{i}/date: the date does not match its precision</source>
        <translation>incidents/{i}/date: 日付が指定した精度と合っていません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>incidents/{i}/place: unknown province</source>
        <translation>incidents/{i}/place: 不明な道・省です</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>must be greater than zero</source>
        <translation>0 より大きくなければなりません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>needs at least one entry</source>
        <translation>1 件以上必要です</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a valid date</source>
        <translation>有効な日付ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a valid value</source>
        <translation>有効な値ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a value of the list “{detail}”</source>
        <translation>「{detail}」の一覧にない値です</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not one of the allowed values</source>
        <translation>許可された値のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not the allowed value</source>
        <translation>許可された値ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not valid</source>
        <translation>正しくありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too many entries</source>
        <translation>件数が多すぎます</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too small</source>
        <translation>小さすぎます</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>unknown field ({detail})</source>
        <translation>不明な項目 ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>wrong format</source>
        <translation>形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>wrong kind of value</source>
        <translation>値の種類が正しくありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../intake_app/fileutil.py"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/fileutil.py"/>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>{path} already exists; choose another name (nothing was written).</source>
        <translation>{path} は既に存在します。別の名前を選んでください (何も書き込んでいません)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Both sides of conflict {id} carry version {version} (a copied device?): keep &quot;a&quot; or &quot;b&quot;.</source>
        <translation>競合 {id} の両側がバージョン {version} です (コピーされた端末の可能性)。&quot;a&quot; か &quot;b&quot; で指定してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Conflict {id} was already resolved (kept {version}).</source>
        <translation>競合 {id} は既に解決済みです (採用したバージョン: {version})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>The content of this attachment version is no longer at headquarters; keep the other version.</source>
        <translation>この添付ファイルのバージョンの内容は本部にもうありません。もう一方のバージョンを残してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>There is no conflict {id}.</source>
        <translation>競合 {id} はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Version {version} is not one of conflict {id}&apos;s: {a} or {b}.</source>
        <translation>バージョン {version} は競合 {id} のもの ({a} または {b}) ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/credibility.py"/>
        <source>“{value}” is not a grade of this scale (allowed: {allowed}).</source>
        <translation>「{value}」はこの尺度の評価ではありません（使える値：{allowed}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Bundles naming device {device} came signed by more than one key: approve it from its enrollment request file instead of by id.</source>
        <translation>端末 {device} を名乗る記録ファイルが複数の鍵で署名されていました。ID ではなく登録申請ファイルから承認してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device id {device} is the id of this headquarters itself; this request was refused. It can only come from a copy of this vault or a forgery.</source>
        <translation>端末ID {device} はこの本部自身のIDです。この申請は拒否されました。この保管庫のコピーか偽造からしか来ないものです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} approved (key {fingerprint}).</source>
        <translation>端末 {device} を承認しました (鍵 {fingerprint})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} is already approved with another key; this request was refused. If the device was reinstalled, revoke the old entry: the new vault has a new device id.</source>
        <translation>端末 {device} は既に別の鍵で承認されているため、この申請を拒否しました。端末を再インストールした場合は、古い登録を失効させてください。新しい保管庫には新しい端末 ID があります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} revoked: no bundle of it will be imported again (compromised since {since}).</source>
        <translation>端末 {device} を失効させました。この端末の記録ファイルは今後一切インポートされません ({since} 以降、侵害された可能性あり)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was already approved with this key; nothing changed.</source>
        <translation>端末 {device} は既にこの鍵で承認されています。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was already revoked (compromised since {since}).</source>
        <translation>端末 {device} は既に失効しています ({since} 以降、侵害された可能性あり)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was revoked and cannot be approved again; the field laptop needs a new vault.</source>
        <translation>端末 {device} は失効しているため、再び承認することはできません。現場のノートパソコンには新しい保管庫が必要です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>No device {device} is known here: approve it from its enrollment request file.</source>
        <translation>ここでは端末 {device} は登録されていません。登録申請ファイルから承認してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The device label may have at most {n} characters.</source>
        <translation>端末のラベルは {n} 文字以内にしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The enrollment request</source>
        <translation>登録申請</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The revocation date cannot be in the future.</source>
        <translation>失効基準日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>pending</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>“{date}” is not a date of the form YYYY-MM-DD.</source>
        <translation>“{date}” は YYYY-MM-DD 形式の日付ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>“{id}” is not a device id.</source>
        <translation>“{id}” は端末 ID ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>Name at least two incidents to link into one event.</source>
        <translation>一つの出来事にまとめるには、事件を二つ以上指定してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>No incident with the id {id}.</source>
        <translation>ID が {id} の事件はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>{id} is neither an event nor an incident linked to one.</source>
        <translation>{id} は出来事でも、出来事に結び付いた事件でもありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <location filename="../../intake_app/vault/records.py"/>
        <source>No such record.</source>
        <translation>該当する記録がありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>Record {id} has no version {version} at headquarters.</source>
        <translation>本部には記録 {id} のバージョン {version} がありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>The content of this attachment version is no longer at headquarters.</source>
        <translation>この添付ファイルのバージョンの内容は、もう本部にありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>conflict resolved: kept {version}</source>
        <translation>食い違いを解決:{version} を採用</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>edited at headquarters</source>
        <translation>本部で編集</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>held before headquarters kept every version</source>
        <translation>本部がすべての版を保管する前から持っていたもの</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>restored version {version}</source>
        <translation>バージョン {version} を復元</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>A case cannot be linked to itself.</source>
        <translation>ケースを自分自身と結び付けることはできません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Confirmed: {a} and {b} are counted as one person.</source>
        <translation>確認しました：{a} と {b} を一人として数えます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>No case with the id or code {text}.</source>
        <translation>ID またはコードが {text} のケースはありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Nothing changed: {a} and {b} were already decided so.</source>
        <translation>変更はありません：{a} と {b} は既にそのように判断されています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Rejected: {a} and {b} are different people and will not be proposed again.</source>
        <translation>却下しました：{a} と {b} は別人で、再び提案されません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same name and birth date</source>
        <translation>名前と生年月日が同じ</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same name and birth year</source>
        <translation>名前と生まれ年が同じ</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same phone number</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same sex, province and birth year (within one), from different workers</source>
        <translation>性別・道・生まれ年（1年以内）が同じで、別の担当者が登録</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/importer.py"/>
        <source>quarantined bundle {id}</source>
        <translation>隔離中の記録ファイル {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Choose between 2 and {max} shares, and how many of them are needed (at least 2, at most all of them).</source>
        <translation>シェアの数を 2～{max} 個の範囲で選び、復元に必要な数も指定してください (2 個以上、最大で全部)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Enter the shares first.</source>
        <translation>先にシェアを入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Keys restored: {added} Key fingerprint: {words}.</source>
        <translation>鍵を復元しました: {added}鍵の確認の言葉: {words}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Share {n} belongs to a different backup than share 1.</source>
        <translation>シェア {n} は、シェア 1 とは別のバックアップのものです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Share {n} is not valid: a word is misspelled, missing or in the wrong place. Check it against the paper.</source>
        <translation>シェア {n} が正しくありません。単語のつづり間違い、抜け、または位置の誤りがあります。紙の控えと照合してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>The same share was entered twice.</source>
        <translation>同じシェアが 2 回入力されました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>These shares do not fit together; check each of them against the paper.</source>
        <translation>これらのシェアは組み合わせられません。それぞれを紙の控えと照合してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>These shares do not hold a Field Intake key backup.</source>
        <translation>これらのシェアには Field Intake の鍵のバックアップが含まれていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>This backup needs {needed} shares; only {n} was entered. Nothing was restored.</source>
        <extracomment>This backup needs {needed} shares; only {n} were entered. Nothing was restored.</extracomment>
        <translation>
            <numerusform>このバックアップには {needed} 個のシェアが必要ですが、入力されたのは {n} 個だけです。何も復元していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>{n} decryption key added.</source>
        <extracomment>{n} decryption keys added.</extracomment>
        <translation>
            <numerusform>復号用の鍵を {n} 個追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>already held</source>
        <translation>すでに保管済み</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>conflict</source>
        <translation>食い違い</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>kept (headquarters holds a newer version)</source>
        <translation>そのまま(本部にもっと新しい版があります)</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Approve each field laptop from its enrollment request</source>
        <translation>現場のノートパソコンを、それぞれの登録申請で承認する</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Back up the keys as shares on paper, kept by different people</source>
        <translation>鍵を紙のシェアに分けてバックアップし、別々の人が保管する</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Back up the whole vault to a removable drive</source>
        <translation>保管庫全体を取り外し可能なドライブにバックアップする</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Create the headquarters keys (or restore them from backup shares)</source>
        <translation>本部の鍵を作成する（またはバックアップのシェアから復元する）</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the bundles field workers send</source>
        <translation>現場の職員が送った記録ファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the deployment profile from headquarters and compare its fingerprint words with them</source>
        <translation>本部の設定ファイルを取り込み、確認の言葉を本部と照らし合わせる</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the receipt headquarters sends back for each bundle</source>
        <translation>記録ファイルごとに本部から返ってくる受領確認ファイルを取り込む</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Issue the deployment profile and give it to each field worker</source>
        <translation>本部の設定ファイルを発行し、現場の職員一人ひとりに渡す</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Record the people you help, the aid they receive and their testimonies</source>
        <translation>支援する人、その人が受け取った支援、その証言を記録する</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Register this laptop: write the enrollment request and give it to headquarters</source>
        <translation>このノートパソコンを登録する：登録申請を書き出して本部に渡す</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Send what changed to headquarters as a bundle (USB stick or e-mail)</source>
        <translation>変更した内容を記録ファイルにして本部に送る（USBメモリかメール）</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The headquarters keys are not backed up: if this computer is lost, everything sent to headquarters is lost with it.</source>
        <translation>本部の鍵がバックアップされていません。このコンピューターを失うと、本部に送られたものがすべて一緒に失われます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The keys changed after the profile was issued: issue a new profile for the field laptops.</source>
        <translation>本部の設定ファイルを発行した後に鍵が変わりました。現場のノートパソコン用に新しい本部の設定ファイルを発行してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The last verified backup is {n} day old.</source>
        <extracomment>The last verified backup is {n} days old.</extracomment>
        <translation>
            <numerusform>最後の確認済みバックアップは{n}日前のものです。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>There is no verified backup of this vault yet.</source>
        <translation>この保管庫の確認済みバックアップはまだありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} bundle is waiting in quarantine until its device is approved.</source>
        <extracomment>{n} bundles are waiting in quarantine until their devices are approved.</extracomment>
        <translation>
            <numerusform>{n}件の記録ファイルが、端末が承認されるまで隔離されて待っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} change is not at headquarters yet: send a bundle.</source>
        <extracomment>{n} changes are not at headquarters yet: send a bundle.</extracomment>
        <translation>
            <numerusform>{n}件の変更がまだ本部に届いていません。記録ファイルを送ってください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} conflict is waiting for review.</source>
        <extracomment>{n} conflicts are waiting for review.</extracomment>
        <translation>
            <numerusform>{n}件の競合が確認を待っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} device is waiting for approval.</source>
        <extracomment>{n} devices are waiting for approval.</extracomment>
        <translation>
            <numerusform>{n}台の端末が承認を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>A quarantine limit must be a whole number of at least 0.</source>
        <translation>隔離の上限は0以上の整数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} MiB may wait; this bundle has {size} MiB</source>
        <translation>待機できるのは最大 {n} MiB ですが、この記録ファイルは {size} MiB です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} bundle may wait</source>
        <extracomment>at most {n} bundles may wait</extracomment>
        <translation>
            <numerusform>待機できる記録ファイルは最大 {n} 個です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} device may wait for approval</source>
        <extracomment>at most {n} devices may wait for approval</extracomment>
        <translation>
            <numerusform>承認待ちにできる端末は最大 {n} 台です</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: an earlier bundle of this device never arrived.</source>
        <translation>注意: この端末の以前の記録ファイルのうち、届いていないものがあります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: it does not follow the bundle imported before it (a restored or copied device?).</source>
        <translation>注意: 前にインポートした記録ファイルと続いていません (復元またはコピーされた端末の可能性)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: the device&apos;s activity log was cut short or rewritten since its previous bundle.</source>
        <translation>注意:前回の記録ファイルのあと、この端末の活動記録が切り詰められたか書き換えられました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>It arrived after a later bundle of this device; its versions were added to the history, and no record went back to them.</source>
        <translation>この端末のもっと後の記録ファイルより遅れて届きました。その版は履歴に加えられ、どの記録もその版に戻ってはいません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>already imported</source>
        <translation>インポート済み (重複)</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>quarantined</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: already imported (bundle {sequence} of device {device}); nothing changed.</source>
        <translation>{file}: インポート済みです (端末 {device} の {sequence} 番の記録ファイル)。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: imported bundle {sequence} of device {device}: {records} ({changes}), {attachments}.</source>
        <translation>{file}: 端末 {device} の {sequence} 番の記録ファイルをインポートしました: {records} ({changes})、{attachments}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: quarantined: device {device} is not approved yet; the bundle will be imported when it is.</source>
        <translation>{file}: 隔離: 端末 {device} はまだ承認されていません。承認されると記録ファイルがインポートされます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: refused: {reason}</source>
        <translation>{file}: 拒否: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/sync/export.py"/>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} attachment</source>
        <extracomment>{n} attachments</extracomment>
        <translation>
            <numerusform>添付ファイル {n} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} conflict</source>
        <extracomment>{n} conflicts</extracomment>
        <translation>
            <numerusform>競合 {n} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} new</source>
        <extracomment>{n} new</extracomment>
        <translation>
            <numerusform>新規 {n} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/sync/export.py"/>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} record</source>
        <extracomment>{n} records</extracomment>
        <translation>
            <numerusform>記録 {n} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} updated</source>
        <extracomment>{n} updated</extracomment>
        <translation>
            <numerusform>更新 {n} 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The JPEG image is damaged; it was not imported.</source>
        <translation>JPEG画像が破損しているため、取り込みませんでした。</translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The PNG image is damaged; it was not imported.</source>
        <translation>PNG画像が破損しているため、取り込みませんでした。</translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The image file is damaged or not really an image.</source>
        <translation>画像ファイルが破損しているか、画像ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>(current)</source>
        <translation>(現在)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Attachment SHA-256</source>
        <translation>添付ファイル SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Audit chain position</source>
        <translation>監査記録の位置</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Bundle SHA-256</source>
        <translation>記録ファイル SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Bundle id</source>
        <translation>記録ファイル ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL</source>
        <translation>機密</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL - identifying details</source>
        <translation>機密 - 身元情報</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL: this file holds identifying details of people at risk. Share it only with the mechanism it is meant for.</source>
        <translation>機密: このファイルには危険にさらされた人々の身元情報が含まれます。宛先のメカニズムにだけ渡してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/dataset.py"/>
        <location filename="../../intake_app/reports/records_export.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Case code</source>
        <translation>ケースコード</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Case file for a United Nations human rights mechanism</source>
        <translation>国連人権メカニズム向けケースファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Choose at least one testimony for the case file.</source>
        <translation>ケースファイルに入れる証言を一つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Contents</source>
        <translation>目次</translation>
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
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Device key fingerprint</source>
        <translation>端末の鍵の確認コード</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Imported at</source>
        <translation>取り込み日時</translation>
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
        <translation>聞き取り日</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Interviews</source>
        <translation>聞き取りの日付</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Narrative</source>
        <translation>証言内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>No Korean, Japanese and Chinese font was found, so the case file cannot be printed. Install the Noto CJK fonts (Debian: fonts-noto-cjk).</source>
        <translation>韓国語・日本語・中国語のフォントが見つからないため、ケースファイルを印刷できません。Noto CJK フォントをインストールしてください(Debian: fonts-noto-cjk)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Origin device</source>
        <translation>作成した端末</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total} ページ</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Perpetrator</source>
        <translation>加害者</translation>
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
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Prepared by</source>
        <translation>作成した団体</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Prepared on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Provenance</source>
        <translation>来歴</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Record id</source>
        <translation>記録 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>SHA-256 of the original file</source>
        <translation>元のファイルの SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Testimonies</source>
        <translation>証言</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Testimony {id} has no &quot;UN mechanisms&quot; consent in force: it cannot go in a case file.</source>
        <translation>証言 {id} には有効な「国連メカニズム」の同意がないため、ケースファイルに入れられません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Testimony {n} of {total}</source>
        <translation>証言 {n} / {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>The testimony was given with consent to share it with UN mechanisms.</source>
        <extracomment>Each testimony was given with consent to share it with UN mechanisms.</extracomment>
        <translation>
            <numerusform>どの証言も、国連メカニズムに伝えることへの同意を得ています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>There is no testimony {id}.</source>
        <translation>証言 {id} はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Violation</source>
        <translation>侵害</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Witness (alias)</source>
        <translation>証言者(仮名)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>{n} incident</source>
        <extracomment>{n} incidents</extracomment>
        <translation>
            <numerusform>出来事 {n} 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/charts.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>hidden (&lt;{k})</source>
        <translation>非表示(&lt;{k})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>Testimony {id} could not be read; nothing was written.</source>
        <translation>証言 {id} を読み取れなかったため、何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>The period is empty: {start} comes after {end}.</source>
        <translation>期間が空です: {start} が {end} より後です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} は日付ではありません。YYYY-MM-DD の形で書いてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/records_export.py"/>
        <source>A CSV file holds one kind of record: choose it with --type (case, aid, testimony or attachment).</source>
        <translation>CSV ファイルには一種類の記録しか入りません。--type で選んでください(case, aid, testimony, attachment)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/records_export.py"/>
        <source>Unknown format {name}. Choose from: {choices}.</source>
        <translation>不明な形式 {name}。次から選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>A year-only date counts in its year; an undated incident counts as &quot;unknown&quot; and belongs to the period of its interview.</source>
        <translation>年だけ分かる日付はその年に数えます。日付不明の事件は「不明」として数え、面談日の期間に含めます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Age at the incident</source>
        <translation>事件当時の年齢</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Aid category</source>
        <translation>支援の種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Aid distributions</source>
        <translation>支援物資の配布</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>At most {n} dimensions can be crossed in one table.</source>
        <translation>一つの表で組み合わせられる分類は最大 {n} 個です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Cells with 1 to {last} people are shown as &lt;{k}; cells marked x are hidden so that no small cell can be worked out from the totals.</source>
        <translation>1〜{last} 人のセルは &lt;{k} と表示します。x のセルは、合計から小さなセルを割り出せないよう隠したものです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Corroborated events (two or more independent witnesses)</source>
        <translation>裏付けのある出来事(独立した証言者が2人以上)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Each dimension may be named only once.</source>
        <translation>各分類は一度しか指定できません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Each person is counted once in each cell, and once in each total, however many incidents, violations or testimonies concern them.</source>
        <translation>事件・侵害・証言がいくつあっても、一人は各セルと各合計で一度だけ数えます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Events</source>
        <translation>出来事</translation>
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
            <numerusform>除外: 同意が撤回された証言 {n} 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Left out: {n} testimony without that consent.</source>
        <extracomment>Left out: {n} testimonies without that consent.</extracomment>
        <translation>
            <numerusform>除外: その同意のない証言 {n} 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Name at least one dimension to count by.</source>
        <translation>集計の分類を一つ以上指定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Only testimonies whose &quot;anonymised statistics&quot; consent is in force are counted: {n} testimony was counted.</source>
        <extracomment>Only testimonies whose &quot;anonymised statistics&quot; consent is in force are counted: {n} testimonies were counted.</extracomment>
        <translation>
            <numerusform>「匿名化した統計」の同意が有効な証言だけを数えます: 証言 {n} 件を数えました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>People who received aid</source>
        <translation>支援を受けた人</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Period: {start} to {end}.</source>
        <translation>期間: {start} 〜 {end}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Province</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Province of origin</source>
        <translation>出身地</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Situation</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>UPR theme</source>
        <translation>UPR テーマ</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Unknown dimension {name}. Choose from: {choices}.</source>
        <translation>不明な分類 {name}。次から選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Value ({unit})</source>
        <translation>金額({unit})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Victims (distinct people)</source>
        <translation>被害者(重複なしの人数)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Violation type</source>
        <translation>侵害の種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Witnesses (distinct people)</source>
        <translation>証言者(重複なしの人数)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Year of incident</source>
        <translation>事件の年</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>{a} counts aid and {b} counts testimonies: they cannot be crossed.</source>
        <translation>{a} は支援を、{b} は証言を数えるため、組み合わせられません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>{n} aid distribution was counted.</source>
        <extracomment>{n} aid distributions were counted.</extracomment>
        <translation>
            <numerusform>支援 {n} 件を数えました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/suppression.py"/>
        <source>The smallest cell shown must be at least {min}; {k} would expose small groups.</source>
        <translation>表示する最小のセルは {min} 以上が必要です。{k} では少人数の集団が分かってしまいます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/tabular.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/tabular.py"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>(name the submitting organisations)</source>
        <translation>(提出団体名を記入)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>(to be written by the authors)</source>
        <translation>(執筆者が記入)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>A witness said (testimony {code}):</source>
        <translation>ある証言者の言葉(証言 {code}):</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>No testimony counted in this period concerns this theme.</source>
        <translation>この期間に数えた証言のうち、このテーマに当たるものはありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Recommendations</source>
        <translation>勧告</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Submitting organisations</source>
        <translation>提出団体</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Testimony {id} may not be quoted: neither its &quot;UN mechanisms&quot; nor its &quot;named publication&quot; consent is in force.</source>
        <translation>証言 {id} は引用できません: 「国連メカニズム」の同意も「実名公表」の同意も有効ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>This submission covers {start} to {end}.</source>
        <translation>この提出文書は {start} から {end} までを対象とします。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Treaty articles</source>
        <translation>条約の条文</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Treaty articles concerned: {articles}.</source>
        <translation>関係する条約の条文: {articles}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Under this theme in this period: testimonies {testimonies}; incidents {incidents}; victims {victims} (each person counted once).</source>
        <translation>この期間のこのテーマ: 証言 {testimonies}、事件 {incidents}、被害者 {victims}(一人は一度だけ数える)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Universal Periodic Review: submission (draft)</source>
        <translation>普遍的定期審査: 提出文書(草案)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Victims</source>
        <translation>被害者</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Victims by violation type</source>
        <translation>侵害の種類別の被害者</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/cleanup.py"/>
        <source>The spreadsheet could not be deleted: {reason}</source>
        <translation>表計算ファイルを削除できませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/cleanup.py"/>
        <source>The spreadsheet is still a plain file on this computer: anyone who gets the laptop can read it. Deleting it overwrites its content and removes it, but on an SSD or a memory card, and on most modern file systems, old copies may remain on the disk where no program shows them; only full-disk encryption protects against that.</source>
        <translation>表計算ファイルはまだ暗号化されないままこのパソコンに残っています。ノートパソコンを手に入れた人なら誰でも読めます。削除すると内容を上書きしてから消しますが、SSD やメモリーカード、また最近のほとんどのファイルシステムでは、どのプログラムにも表示されない場所に古いコピーが残ることがあります。それを防げるのはディスク全体の暗号化だけです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>(perhaps “{value}”?)</source>
        <translation>（もしかして「{value}」？）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>a quantity or unit without an item</source>
        <translation>品目がないのに数量か単位があります</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>a relation without the household member it links to</source>
        <translation>つながる世帯員がいないのに続柄があります</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>an incident needs at least one violation type</source>
        <translation>事件には人権侵害の種類が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>consents need the method they were given by (oral, written…)</source>
        <translation>同意にはその方法（口頭、書面など）が必要です</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>the item needs a quantity and a unit</source>
        <translation>品目には数量と単位が必要です</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>the record type is missing</source>
        <translation>記録の種類がありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>this column does not apply to {type} records</source>
        <translation>この列は {type} の記録には当てはまりません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{field}” is empty; it is required</source>
        <translation>「{field}」が空です。必須の項目です</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a number</source>
        <translation>「{text}」は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a record type (case, aid or testimony)</source>
        <translation>「{text}」は記録の種類（ケース、支援、証言）ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a value of the list “{list}”</source>
        <translation>「{text}」は「{list}」の一覧にある値ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a whole number</source>
        <translation>「{text}」は整数ではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>there is no month {m}</source>
        <translation>{m} 月はありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>{y}-{m}-{d} is not a date in the calendar</source>
        <translation>{y}-{m}-{d} は暦にない日付です</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” could be read day first or month first: write it as YYYY-MM-DD</source>
        <translation>「{text}」は日が先か月が先か分かりません。YYYY-MM-DD の形で書いてください</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” has no day: this field needs the full date</source>
        <translation>「{text}」には日がありません。この項目には完全な日付が必要です</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” is not a date this app can read (write it as YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>「{text}」はこのアプリが読める日付ではありません（YYYY-MM-DD、YYYY-MM または YYYY の形で書いてください）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Aid</source>
        <translation>支援</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Alias</source>
        <translation>仮名</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Birth year</source>
        <translation>生まれ年</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Case (reference or code)</source>
        <translation>ケース（参照番号またはコード）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consent date</source>
        <translation>同意の日付</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consent method</source>
        <translation>同意の方法</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consents given</source>
        <translation>得られた同意</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Exact birth date</source>
        <translation>正確な生年月日</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Facility type</source>
        <translation>施設の種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Household member (reference)</source>
        <translation>世帯員（参照番号）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident date</source>
        <translation>事件の日付</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident description</source>
        <translation>事件の内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident province (North Korea)</source>
        <translation>事件が起きた道（北朝鮮）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interpreter</source>
        <translation>通訳者</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interviewer</source>
        <translation>聞き取り担当者</translation>
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
        <translation>本名</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Place name</source>
        <translation>場所の名前</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Province (China)</source>
        <translation>省（中国）</translation>
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
        <translation>記録の種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Reference in this file</source>
        <translation>このファイル内の参照番号</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Victim</source>
        <translation>被害者</translation>
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
        <translation>侵害の種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Vulnerabilities</source>
        <translation>配慮事項</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Witness (reference or code)</source>
        <translation>証言者（参照番号またはコード）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>A real import would add: {counts}.</source>
        <translation>実際に取り込むと追加されるもの：{counts}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>キャンセルしました。何もインポートされていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>Imported: {counts}.</source>
        <translation>取り込んだもの：{counts}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>no case has the reference or code {ref}</source>
        <translation>参照番号またはコードが {ref} のケースはありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>the reference {ref} is already used on row {n}</source>
        <translation>参照番号 {ref} はすでに {n} 行目で使われています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>{n} problem stops the import; nothing was written. {first}</source>
        <extracomment>{n} problems stop the import; nothing was written. First: {first}</extracomment>
        <translation>
            <numerusform>問題が {n} 件あるため取り込みを止めました。何も書き込んでいません。{first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>The mapping file is not valid JSON ({detail}).</source>
        <translation>対応表ファイルが正しい JSON ではありません（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>The mapping file is not valid: {reason}</source>
        <translation>対応表ファイルが正しくありません：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>column “{column}”: {type} records have no field {field}</source>
        <translation>「{column}」列：{type} の記録には {field} という項目はありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>values/{list}: {key} is not a key of the list</source>
        <translation>values/{list}：{key} は一覧のキーではありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>values: there is no list {name}</source>
        <translation>values：{name} という一覧はありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>(perhaps “{field}”?)</source>
        <translation>（もしかして「{field}」？）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Column “{column}”</source>
        <translation>「{column}」列</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Row {n}</source>
        <translation>{n} 行目</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Sheet “{sheet}”</source>
        <translation>シート「{sheet}」</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>column “{column}”</source>
        <translation>「{column}」列</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>it does not say which kind of records this is: choose case, aid or testimony (--type)</source>
        <translation>どの種類の記録か示されていません。ケース、支援、証言から選んでください（--type）</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>no column gives the required field “{field}”</source>
        <translation>必須の項目「{field}」にあたる列がありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>no field of the record matches this header; map it to a field or ignore it</source>
        <translation>この見出しに合う項目がありません。項目を指定するか、この列を無視してください</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>the file holds no rows to import</source>
        <translation>ファイルに取り込む行がありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>two columns give the same field {field}</source>
        <translation>2 つの列が同じ項目 {field} にあたります</translation>
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
        <translation>表計算ファイルとして取り込めるのは .csv と .xlsx だけです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Row {n}: the file is not valid CSV ({detail}).</source>
        <translation>{n} 行目：正しい CSV ファイルではありません（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file has more than {n} rows.</source>
        <translation>ファイルの行数が {n} を超えています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is not valid {encoding} text (byte {n}); name the right encoding with --encoding.</source>
        <translation>ファイルは正しい {encoding} の文字ではありません（{n} バイト目）。--encoding で正しい文字コードを指定してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is too large to import (more than {n} MB).</source>
        <translation>ファイルが大きすぎて取り込めません（{n} MB を超えています）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is too large to import once unpacked.</source>
        <translation>展開するとファイルが大きすぎて取り込めません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The text encoding of this file is not certain (it could be {names}). Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.</source>
        <translation>このファイルの文字コードがはっきりしません（{names} のいずれかかもしれません）。--encoding で指定してください。例：--encoding cp949、shift_jis、gb18030。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The text encoding of this file is not one this app recognises. Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.</source>
        <translation>このファイルの文字コードはこのアプリでは判別できません。--encoding で指定してください。例：--encoding cp949、shift_jis、gb18030。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>This is not an .xlsx file, or it is damaged.</source>
        <translation>.xlsx ファイルではないか、壊れています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Unknown text encoding {name}.</source>
        <translation>{name} は不明な文字コードです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>A headquarters key in the deployment profile is not an age X25519 key.</source>
        <translation>本部の設定ファイル内の本部の鍵が age X25519 鍵ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>Encryption failed.</source>
        <translation>暗号化に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>The bundle was decrypted.</source>
        <translation>記録ファイルを復号しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>There is no headquarters key to encrypt to: import the deployment profile.</source>
        <translation>暗号化に使う本部の鍵がありません。本部の設定ファイルをインポートしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle is damaged or was altered: its encrypted content does not check out (a truncated copy, or a changed byte).</source>
        <translation>この記録ファイルは壊れているか改ざんされています。暗号化された内容の検証に失敗しました (途中で切れたコピー、または書き換えられたバイト)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle is not addressed to this headquarters: none of its keys can open it.</source>
        <translation>この記録ファイルはこの本部宛てではありません。本部のどの鍵でも開けません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle&apos;s encryption header was altered.</source>
        <translation>この記録ファイルの暗号化ヘッダーは改ざんされています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file is encrypted in a way bundles never are (with a passphrase, another kind of key, or as text); it was refused unopened.</source>
        <translation>このファイルは記録ファイルでは決して使わない方式 (パスフレーズ、別の種類の鍵、テキスト形式) で暗号化されているため、開かずに拒否しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file is not a bundle: it is not in the encrypted format bundles use, or its start is damaged.</source>
        <translation>このファイルは記録ファイルではありません。記録ファイルの暗号化形式ではないか、先頭部分が壊れています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file&apos;s encryption header is larger than a bundle&apos;s can be; it was refused unopened.</source>
        <translation>このファイルの暗号化ヘッダーは記録ファイルとしてありえない大きさのため、開かずに拒否しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>Encryption failed ({kind}); no bundle was written.</source>
        <translation>暗号化に失敗しました ({kind})。記録ファイルは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>The decryption helper failed ({kind}); nothing was changed.</source>
        <translation>復号の補助プロセスが失敗しました ({kind})。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>The encryption helper stopped unexpectedly; nothing was changed.</source>
        <translation>暗号化の補助プロセスが予期せず停止しました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>a record that stays on this laptop refers to it</source>
        <translation>このノートパソコンに残る記録がこの記録を参照しています</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>changed since it was sent: the next bundle sends it again</source>
        <translation>送った後に変更されました: 次の記録ファイルで再び送られます</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>delivered less than {n} day ago</source>
        <extracomment>delivered less than {n} days ago</extracomment>
        <translation>
            <numerusform>送達から {n} 日たっていません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>delivered too recently</source>
        <translation>送達されてから日が浅いです</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/device_names.py"/>
        <source>Headquarters</source>
        <translation>本部</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/device_names.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>this laptop</source>
        <translation>このノートパソコン</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Bundle written.</source>
        <translation>記録ファイルを書き出しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Nothing changed since headquarters last acknowledged an export: no bundle was written.</source>
        <translation>本部が最後にエクスポートの受領を確認して以降、変更がないため、記録ファイルは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Record {id} is too large to export.</source>
        <translation>記録 {id} は大きすぎてエクスポートできません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>The content of attachment {id} is missing from the vault; run `intake-app verify`.</source>
        <translation>添付ファイル {id} の内容が保管庫にありません。`intake-app verify` を実行してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>The folder {path} does not exist.</source>
        <translation>フォルダー {path} は存在しません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>{bundles}: {records}, {attachments}.</source>
        <translation>{bundles}：{records}、{attachments}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/export.py"/>
        <source>{n} bundle written</source>
        <extracomment>{n} bundles written</extracomment>
        <translation>
            <numerusform>記録ファイルを {n} 件作りました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>A signing key in the vault does not match its public key; the vault is damaged.</source>
        <translation>保管庫内の署名鍵が公開鍵と一致しません。保管庫が破損しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>An age key in the vault does not match its recipient; the vault is damaged.</source>
        <translation>保管庫内の age 鍵が受信者鍵と一致しません。保管庫が破損しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This is a field vault; this command is for headquarters (a vault made with `init --role hq`).</source>
        <translation>これは現場用の保管庫です。このコマンドは本部用です (`init --role hq` で作成した保管庫)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This is a headquarters vault; this command is for a field device.</source>
        <translation>これは本部用の保管庫です。このコマンドは現場の端末用です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This vault has no headquarters signing key.</source>
        <translation>この保管庫には本部の署名鍵がありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>No deployment profile is in force yet: import the one headquarters sent.</source>
        <translation>有効な本部の設定ファイルがまだありません。本部から届いたものをインポートしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile</source>
        <translation>本部の設定ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile is now trusted (first import).</source>
        <translation>本部の設定ファイルを信頼済みとして登録しました (初回インポート)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile was updated.</source>
        <translation>本部の設定ファイルを更新しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The fingerprint was not confirmed; the profile was not imported.</source>
        <translation>確認の言葉が一致すると確かめられなかったため、設定ファイルはインポートしていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The organisation name must have 1 to 200 characters.</source>
        <translation>団体名は 1～200 文字にしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The purge delay must be between 0 and 3650 days.</source>
        <translation>削除までの期間は 0～3650 日の範囲にしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This deployment profile is already in force; nothing changed.</source>
        <translation>この本部の設定ファイルは既に有効です。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile (version {found}) is older than the one in force (version {current}); it was refused.</source>
        <translation>この設定ファイル (バージョン {found}) は現在有効なもの (バージョン {current}) より古いため、拒否しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile has the same version ({found}) as the one in force but different content; it was refused.</source>
        <translation>この設定ファイルは現在有効なものと同じバージョン ({found}) ですが、内容が異なるため拒否しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile is signed by a different headquarters key than the one this device trusts; it was refused. If headquarters really changed its key, ask it how to proceed.</source>
        <translation>この設定ファイルは、この端末が信頼しているものとは別の本部の鍵で署名されているため、拒否しました。本部が本当に鍵を変更した場合は、どう進めるか本部に確認してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{field}” is not an identifying field of {type} records (those are: {known}).</source>
        <translation>“{field}” は {type} 記録の個人特定項目ではありません (該当する項目: {known})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{spec}” should look like TYPE:FIELD,FIELD (e.g. case:legal_name).</source>
        <translation>“{spec}” は TYPE:FIELD,FIELD の形式で指定してください (例: case:legal_name)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{type}” is not a record type.</source>
        <translation>“{type}” は記録の種類ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>The receipt</source>
        <translation>受領確認ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>This file is not a receipt for this device: a receipt from headquarters is encrypted to this device&apos;s key. Nothing was changed.</source>
        <translation>このファイルはこの端末宛ての受領確認ファイルではありません。本部からの受領確認ファイルはこの端末の鍵で暗号化されています。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>This receipt is for another device; nothing was changed.</source>
        <translation>この受領確認ファイルは別の端末宛てです。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Headquarters has no encryption key of device {device} to protect its receipt with: ask the device for a new enrollment request (or a new bundle) first.</source>
        <translation>本部には、受領確認ファイルを守るための端末 {device} の暗号鍵がありません。先にその端末に新しい登録申請(または新しい記録ファイル)を求めてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>No bundle of device {device} was imported here: there is nothing to acknowledge.</source>
        <translation>ここでは端末 {device} の記録ファイルをインポートしていないため、確認するものがありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Purged {records} ({attachments}, {blobs}); the space was reclaimed.</source>
        <translation>{records}を削除しました ({attachments}、{blobs})。使っていた領域も解放しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Receipt accepted: {records} marked delivered, {bundles} acknowledged.</source>
        <translation>受領確認ファイルを受け付けました: {records}を送達済みにし、{bundles}の受領を確認しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Receipt accepted; it acknowledges nothing new.</source>
        <translation>受領確認ファイルを受け付けました。新たに確認されたものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>{n} bundle</source>
        <extracomment>{n} bundles</extracomment>
        <translation>
            <numerusform>記録ファイル {n} 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} delivered record</source>
        <extracomment>{n} delivered records</extracomment>
        <translation>
            <numerusform>送達済みの記録 {n} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} stored file</source>
        <extracomment>{n} stored files</extracomment>
        <translation>
            <numerusform>保存ファイル {n} 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>An attachment of the bundle does not match its name.</source>
        <translation>記録ファイルの添付ファイルの内容が名前と一致しません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>An entry of the bundle is larger than allowed (“{name}”: {size} bytes; at most {limit}).</source>
        <translation>記録ファイルの項目が上限より大きいです (“{name}”: {size} バイト、上限 {limit})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Device {device} was revoked (possibly compromised since {since}): its bundles are refused.</source>
        <translation>端末 {device} は失効しています ({since} 以降、侵害された可能性あり)。この端末の記録ファイルは拒否されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Quarantine is full ({what}): this bundle of an unapproved device was refused. Approve or remove waiting devices, or raise the limits in Devices.</source>
        <translation>隔離がいっぱいです({what})。未承認端末のこの記録ファイルは拒否されました。待機中の端末を承認または削除するか、「端末」で上限を上げてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {id} arrives with another type than the one headquarters holds.</source>
        <translation>記録 {id} が、本部にあるものとは別の種類で届きました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle belongs to another device or to headquarters: a device may only change its own records.</source>
        <translation>記録ファイルの記録 {line} は別の端末か本部のものです。端末が変更できるのは自分の記録だけです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle carries a version made by another device.</source>
        <translation>記録ファイルの {line} 件目の記録に、別の端末が作成したバージョンが含まれています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle claims to come from another device or from headquarters: a device may only send records it created.</source>
        <translation>記録ファイルの記録 {line} は別の端末か本部から来たと称しています。端末が送れるのは自分が作った記録だけです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is longer than allowed.</source>
        <translation>記録ファイルの {line} 件目の記録が長すぎます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is nested too deeply.</source>
        <translation>記録ファイルの {line} 件目の記録は入れ子が深すぎます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is not valid: {problems}</source>
        <translation>記録ファイルの {line} 件目の記録が不正です: {problems}</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle lists a version made by another device or by headquarters among its earlier versions.</source>
        <translation>記録ファイルの記録 {line} は、以前の版の中に別の端末か本部が作った版を挙げています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle needs an attachment that neither the bundle nor headquarters has.</source>
        <translation>記録ファイルの {line} 件目の記録が必要とする添付ファイルが、記録ファイルにも本部にもありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains a link, a device or another special entry (“{name}”).</source>
        <translation>記録ファイルにリンク、デバイスなどの特殊な項目が含まれています (“{name}”)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains an entry no bundle has (“{name}”).</source>
        <translation>記録ファイルに、本来含まれるはずのない項目があります (“{name}”)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains “{name}” twice.</source>
        <translation>記録ファイルに “{name}” が 2 回含まれています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle decrypts to more data than its size allows.</source>
        <translation>記録ファイルを復号した結果が、ファイルの大きさからありえない量になりました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle has data after the end of its archive.</source>
        <translation>記録ファイルのアーカイブの終わりの後にデータがあります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle has more entries than allowed (at most {limit}).</source>
        <translation>記録ファイルの項目数が上限を超えています (上限 {limit})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle holds more records than allowed (at most {limit}).</source>
        <translation>記録ファイルの記録数が上限を超えています (上限 {limit})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle lacks “{name}”.</source>
        <translation>記録ファイルに “{name}” がありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle names device {device} but presents another signing key than the one headquarters approved.</source>
        <translation>記録ファイルは端末 {device} を名乗っていますが、本部が承認したものとは別の署名鍵を示しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle names headquarters&apos; own device id as its sender.</source>
        <translation>この記録ファイルは本部自身の端末IDを送り主としています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s archive is malformed.</source>
        <translation>記録ファイル内のアーカイブの形式が不正です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s content does not match its manifest (“{name}”).</source>
        <translation>記録ファイルの内容がマニフェストと一致しません (“{name}”)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s manifest is not valid (at {where}).</source>
        <translation>記録ファイルのマニフェストが不正です (位置: {where})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s signature does not verify with the key of device {device}: it was altered, or not made by that device.</source>
        <translation>記録ファイルの署名を端末 {device} の鍵で検証できません。改ざんされたか、その端末が作成したものではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The decryption helper failed; nothing was changed.</source>
        <translation>復号の補助プロセスが失敗しました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The file cannot be read: {error}</source>
        <translation>ファイルを読み込めません: {error}</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The file is larger than a bundle may be ({size} bytes; at most {limit}).</source>
        <translation>ファイルが記録ファイルの上限より大きいです ({size} バイト、上限 {limit})。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle (number {sequence} of device {device}) is not newer than the last one imported (number {last}): refused as a replay.</source>
        <translation>この記録ファイル (端末 {device} の {sequence} 番) は最後にインポートしたもの ({last} 番) より新しくないため、リプレイとして拒否しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle was written by a newer version of Field Intake; update Field Intake here to import it.</source>
        <translation>この記録ファイルは新しいバージョンの Field Intake で書かれました。取り込むには、ここの Field Intake を更新してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle was written by an older version of Field Intake, in a format headquarters no longer reads safely. Update Field Intake on the field laptop and export again.</source>
        <translation>この記録ファイルは古いバージョンの Field Intake で、本部がもう安全に読まない形式で書かれています。現場のノートパソコンの Field Intake を更新して、もう一度書き出してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This is not a regular file.</source>
        <translation>通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>An attachment in the vault does not have the size or content its record says; run `intake-app verify`. No bundle was written.</source>
        <translation>保管庫の添付ファイルが、記録に書かれた大きさや内容と違います。`intake-app verify` を実行してください。記録ファイルは書き出されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>キャンセルしました。記録ファイルは書き出していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>The bundle read back from {folder} differs from what was written: the medium may be failing or full. No bundle was written; try another stick.</source>
        <translation>{folder} から読み戻した記録ファイルが書き込んだ内容と一致しません。記録媒体の故障か容量不足の可能性があります。記録ファイルは書き出していません。別の USB メモリをお試しください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/backup/__init__.py"/>
        <source>Last verified backup {n} day ago: back up in Settings.</source>
        <extracomment>Last verified backup {n} days ago: back up in Settings.</extracomment>
        <translation>
            <numerusform>最後の確認済みバックアップは {n} 日前です。設定からバックアップしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/__init__.py"/>
        <source>No verified backup yet: back up in Settings.</source>
        <translation>まだ確認済みのバックアップがありません。設定からバックアップしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>A backup is a checked copy of the whole vault, encrypted like the vault itself: it opens only with your passphrase or recovery key. Choose a folder on a removable drive and keep the drive as safe as the laptop.</source>
        <translation>バックアップは保管庫全体の確認済みのコピーで、保管庫と同じように暗号化されており、パスフレーズか回復キーでしか開きません。取り外し可能なドライブのフォルダーを選び、そのドライブをノートパソコンと同じように大切に保管してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Back up the vault</source>
        <translation>保管庫のバックアップ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Choose a folder and back up…</source>
        <translation>フォルダーを選んでバックアップ…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Choose the folder for the backup</source>
        <translation>バックアップ先のフォルダーを選ぶ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Copying and checking the vault…</source>
        <translation>保管庫をコピーして確認しています…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Headquarters is reminded after 7 days by default. On a field laptop there is no reminder unless you set one: a backup on a stick is one more copy to protect.</source>
        <translation>本部には既定で 7 日後にお知らせします。現場のノートパソコンでは、設定しない限りお知らせはありません。USB メモリーのバックアップも、守るべきコピーが 1 つ増えることになるからです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Remind me after:</source>
        <translation>お知らせまでの日数：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>The backup was written and checked: {path}. It opens with the same passphrase or recovery key as this vault.</source>
        <translation>バックアップを書き込み、確認しました：{path}。この保管庫と同じパスフレーズまたは回復キーで開きます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>There is no reminder unless you set one here: a backup on a stick is one more copy to protect.</source>
        <translation>ここで設定しない限りお知らせはありません。USB メモリーのバックアップも、守るべきコピーが 1 つ増えることになるからです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Discard and quit</source>
        <translation>破棄して終了</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Discard and switch</source>
        <translation>破棄して切り替え</translation>
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
        <translation>保存していない変更を破棄して終了しますか？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>The window is rebuilt in the new language. Your unsaved changes will be lost.</source>
        <translation>新しい言語でウィンドウを開き直します。保存していない変更は失われます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>A field worker&apos;s laptop</source>
        <translation>現場スタッフのノートパソコン</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Advanced options</source>
        <translation>詳細オプション</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Check your copy of the recovery key</source>
        <translation>回復キーの控えを確認</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Choose a passphrase</source>
        <translation>パスフレーズを決める</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Choose your language.</source>
        <translation>言語を選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>暗号化された保管庫を作成しています。数秒かかります…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Field Intake keeps your records of aid and testimony in an encrypted vault on this laptop. Nobody can read them without your passphrase. Setting it up takes a few minutes.</source>
        <translation>Field Intake は、支援と証言の記録をこのノートパソコン上の暗号化された保管庫に保存します。パスフレーズがなければ誰も読めません。設定は数分で終わります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Group {n}:</source>
        <translation>グループ {n}:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Headquarters (coordinators who receive field data)</source>
        <translation>本部 (現場のデータを受け取るコーディネーター)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>It opens the vault if you forget the passphrase.</source>
        <translation>パスフレーズを忘れたときに保管庫を開けます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Nothing is saved until you finish this step.</source>
        <translation>この手順を終えるまで、何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>These groups do not match the recovery key. Check your copy; you can go back to see the key again.</source>
        <translation>入力したグループが回復キーと一致しません。控えを確認してください。戻ってキーをもう一度見ることもできます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>This vault is for:</source>
        <translation>この保管庫の用途:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Type these two groups from the copy you made. If you did not write the key down, go back and do it now.</source>
        <translation>控えた回復キーから、次の 2 つのグループを入力してください。まだ書き留めていなければ、戻って今すぐ書き留めてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Use several unrelated words that only you would think of. Do not use names, dates or anything written on or near this laptop.</source>
        <translation>自分だけが思いつく、互いに関係のない単語をいくつか使ってください。名前や日付、このノートパソコンやその近くに書かれているものは使わないでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Welcome to Field Intake</source>
        <translation>Field Intake へようこそ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>You will type it every time you open Field Intake.</source>
        <translation>Field Intake を開くたびに入力します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Your recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Backup folder:</source>
        <translation>バックアップのフォルダー：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Checking the backup and restoring it…</source>
        <translation>バックアップを確認して復元しています…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder</source>
        <translation>バックアップのフォルダーを選ぶ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder (its name is a row of letters and digits) and enter the passphrase the vault had when the backup was made, or its recovery key. The backup is checked before anything is written.</source>
        <translation>バックアップのフォルダー（名前が英字と数字の並びのもの）を選び、バックアップを作ったときの保管庫のパスフレーズか回復キーを入力してください。何かを書き込む前に、まずバックアップを確認します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder and enter its passphrase or recovery key.</source>
        <translation>バックアップのフォルダーを選び、パスフレーズか回復キーを入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Passphrase or recovery key:</source>
        <translation>パスフレーズまたは回復キー：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>This backup is {n} day old: anything recorded after it is not in it.</source>
        <extracomment>This backup is {n} days old: anything recorded after it is not in it.</extracomment>
        <translation>
            <numerusform>このバックアップは {n} 日前のものです。その後に記録したものは含まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Use the recovery key instead of the passphrase</source>
        <translation>パスフレーズの代わりに回復キーを使う</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Back</source>
        <translation>戻る</translation>
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
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Create the vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Set up Field Intake</source>
        <translation>Field Intake のセットアップ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Back up…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Everything is set up. Import bundles as they arrive and keep backing up.</source>
        <translation>準備はすべて整いました。記録ファイルが届いたら取り込み、バックアップを続けてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Everything is set up. Keep recording, and send bundles regularly.</source>
        <translation>準備はすべて整いました。記録を続け、記録ファイルを定期的に送ってください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Go to {page}</source>
        <translation>{page}を開く</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>In this vault</source>
        <translation>この保管庫の中身</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Needs attention</source>
        <translation>対応が必要なこと</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Next step: {step}</source>
        <translation>次の手順：{step}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>What to do next, and what needs attention. Each button opens the page where it is done.</source>
        <translation>次にすることと、対応が必要なことです。各ボタンで、それを行う画面が開きます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>to do</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>All {n} shares are written down or printed, and each will be kept apart from the others.</source>
        <translation>{n} 個のシェアをすべて書き写すか印刷し、それぞれを別々の場所に保管します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Back up the headquarters keys</source>
        <translation>本部の鍵のバックアップ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Back up the headquarters keys as shares</source>
        <translation>本部の鍵をシェアに分けてバックアップ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Choose where to save</source>
        <translation>保存先を選ぶ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Make the shares</source>
        <translation>シェアを作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Next share</source>
        <translation>次のシェア</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Number of shares:</source>
        <translation>シェアの数:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>PDF files</source>
        <translation>PDF ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Previous share</source>
        <translation>前のシェア</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save a share as PDF</source>
        <translation>シェアを PDF で保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save share as PDF</source>
        <translation>シェアを PDF で保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save this share as a PDF to print…</source>
        <translation>このシェアを印刷用 PDF で保存…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Share {k} of {n}</source>
        <translation>シェア {k}/{n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Share {k} saved to {name}. Print it, then delete the file.</source>
        <translation>シェア {k} を {name} に保存しました。印刷したらファイルを削除してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Shares needed to restore:</source>
        <translation>復元に必要なシェアの数:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>The PDF holds a secret share. Save it only where you print from (for example a USB stick you erase afterwards), never on a shared, synchronised or backed-up drive. Nothing else is written anywhere.</source>
        <translation>この PDF には秘密のシェアが含まれます。印刷に使う場所 (たとえば後で消去する USB メモリ) にだけ保存し、共有・同期・バックアップされるドライブには決して保存しないでください。ほかの場所には何も書き込まれません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>The keys are split into shares: word lists to write down or print. Any chosen number of them restores the keys; fewer reveal nothing. Give each share to a different trusted person, or keep them in different safe places. Without the keys, headquarters cannot read any bundle it ever received.</source>
        <translation>鍵をシェアに分けます。シェアは書き写すか印刷する単語のリストです。決めた数のシェアがそろえば鍵を復元でき、それより少なければ何もわかりません。シェアはそれぞれ別の信頼できる人に預けるか、別々の安全な場所に保管してください。鍵がなければ、本部はこれまでに受け取ったどの記録ファイルも読めません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>A bundle of this device announced an activity log shorter than, or different from, the one announced before: the laptop&apos;s history was cut or rewritten.</source>
        <translation>この端末の記録ファイルが、以前に知らせたものより短いか異なる活動記録を知らせてきました。ノートパソコンの記録が切り詰められたか書き換えられています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>A device&apos;s bundles are imported only once it is approved. Approve it from the enrollment request file its field worker gives you, after comparing the key fingerprint with them. Revoke a device that was lost or seized.</source>
        <translation>端末の記録ファイルは、承認されて初めてインポートされます。現場スタッフから受け取った登録申請ファイルで、鍵の確認コードを本人と照合してから承認してください。紛失・押収された端末は失効させてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Activity log</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve device</source>
        <translation>端末を承認</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve from enrollment file…</source>
        <translation>登録申請ファイルから承認…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve selected device</source>
        <translation>選択した端末を承認</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Bundles of this device that never arrived (a lost stick?).</source>
        <translation>この端末から届かなかった記録ファイル (USB メモリの紛失?)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Choose the enrollment request file</source>
        <translation>登録申請ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Compare these fingerprint words with the ones the field worker reads from their laptop, by phone or in person:

{words}

({fp})

Approve device {device} only if every word is the same.</source>
        <translation>現場の担当者が自分のノートパソコンから読み上げる単語と、この確認の言葉を電話か対面で照合してください。

{words}

({fp})

すべての単語が同じ場合にだけ端末 {device} を承認してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Enrolled</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Field devices</source>
        <translation>現場の端末</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Gaps</source>
        <translation>欠番</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Key fingerprint</source>
        <translation>鍵の確認コード</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Last bundle</source>
        <translation>最後の記録ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Last sequence</source>
        <translation>最後の通し番号</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>No field devices yet</source>
        <translation>現場の端末はまだありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine for unapproved devices: {devices}, {bundles}, {mib} MiB waiting. At most:</source>
        <translation>未承認の端末の隔離: {devices}、{bundles}、{mib} MiB が待機中。上限:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine limit: {what}</source>
        <translation>隔離の上限: {what}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine limits saved.</source>
        <translation>隔離の上限を保存しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Receipt written to {name}. Give it to the field worker of device {device}: their laptop then knows which records arrived.</source>
        <translation>受領確認ファイルを {name} に書き出しました。端末 {device} の現場スタッフに渡してください。ノートパソコンがどの記録が届いたかを把握できます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke</source>
        <translation>失効させる</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke device</source>
        <translation>端末を失効</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke device {device}? No bundle of it will be imported again, and it cannot be approved again (the field laptop would need a new vault). Do this when a laptop is lost or seized.</source>
        <translation>端末 {device} を失効させますか? この端末の記録ファイルは二度とインポートされず、再び承認することもできません (現場のノートパソコンには新しい保管庫が必要になります)。ノートパソコンを紛失したり押収されたりしたときに行ってください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke selected device…</source>
        <translation>選択した端末を失効…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Save limits</source>
        <translation>上限を保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Save receipt</source>
        <translation>受領確認ファイルを保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>The bundle of device {device} presented a key with these fingerprint words:

{words}

({fp})

Approve it only after its field worker read you the same words from their laptop, by phone or in person, never from a message that came with the bundle.</source>
        <translation>端末 {device} の記録ファイルは、次の確認の言葉を持つ鍵を示しました。

{words}

({fp})

現場の担当者が自分のノートパソコンから同じ単語を電話か対面で読み上げてくれた後にだけ承認してください。記録ファイルと一緒に届いたメッセージは信用しないでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>The words match: approve</source>
        <translation>単語が一致しました: 承認する</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>When a field worker gives you their laptop&apos;s enrollment request file, choose &quot;Approve from enrollment file…&quot; and compare the fingerprint words with them. A laptop whose bundle arrives first is listed here as waiting.</source>
        <translation>現場の職員からノートパソコンの登録申請ファイルを受け取ったら、下の登録申請ファイルから承認するボタンを押し、確認の言葉を本人と照らし合わせてください。記録ファイルが先に届いたノートパソコンは、ここに待機中として表示されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Write a receipt for {device}…</source>
        <translation>{device} の受領確認ファイルを書き出す…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Write receipt for selected device…</source>
        <translation>選択した端末の受領確認ファイルを書き出す…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>bundles</source>
        <translation>記録ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>cut or rewritten</source>
        <translation>切り詰め・書き換えあり</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>devices</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>since {date}</source>
        <translation>{date} 以降</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>{n} device</source>
        <extracomment>{n} devices</extracomment>
        <translation>
            <numerusform>端末 {n} 台</numerusform>
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
        <translation>ケース</translation>
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
        <translation>削除済み</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Household</source>
        <translation>世帯</translation>
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
        <translation>出来事の内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Witness</source>
        <translation>証言者</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Cases that may be the same person, registered by different workers. Names never leave the field: a match means the same name and birth date (or phone) were entered there. Confirm only when you are sure; statistics then count one person.</source>
        <translation>別の担当者が登録した、同じ人物かもしれないケースです。名前が現場の外に出ることはありません。一致とは、現場で同じ名前と生年月日（または電話番号）が入力されたという意味です。確かなときだけ確認してください。統計では一人として数えられます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Confirmed as one person</source>
        <translation>一人と確認済み</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Different people</source>
        <translation>別人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Maybe the same as</source>
        <translation>同じかもしれない相手</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>No possible duplicates to review.</source>
        <translation>確認すべき重複の候補はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Not the same person after all</source>
        <translation>やはり同じ人物ではない</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Possible duplicates</source>
        <translation>重複の候補</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Reason for your decision (optional, kept with it)</source>
        <translation>判断の理由（任意、判断と一緒に保存）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Same person</source>
        <translation>同じ人物</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Undo the confirmation: a new version of the link, the old one is kept.</source>
        <translation>確認を取り消します：結び付きの新しい版が作られ、古い版は残ります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Why</source>
        <translation>理由</translation>
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
            <numerusform>確認すべき組 {n} 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Corroborated</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Dissolve event</source>
        <translation>出来事を解消</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>In common</source>
        <translation>共通点</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Incidents from different witnesses with the same kind of violation, place and time may be one event. Linking them shows how many independent witnesses an event has (two or more: corroborated).</source>
        <translation>別々の証人が語った事件のうち、侵害の種類・場所・時期が同じものは同じ出来事かもしれません。まとめると、一つの出来事に独立した証人が何人いるかが分かります（二人以上：裏付けあり）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Link as one event</source>
        <translation>同じ出来事としてまとめる</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Maybe the same event as</source>
        <translation>同じ出来事かもしれない相手</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Suggested events</source>
        <translation>提案された出来事</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The event was dissolved; its incidents are separate again.</source>
        <translation>出来事を解消しました。事件は再び別々になりました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The incidents are linked as one event.</source>
        <translation>事件を一つの出来事としてまとめました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The incidents are separate again (a new version; nothing is lost).</source>
        <translation>事件は再び別々になります（新しい版として。失われるものはありません）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Witnesses</source>
        <translation>証人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{incident} (witness {code})</source>
        <translation>{incident}（証人 {code}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{what}, {when}, {where}</source>
        <translation>{what}、{when}、{where}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/evidence.py"/>
        <source>Same event?</source>
        <translation>同じ出来事？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/evidence.py"/>
        <source>Same person?</source>
        <translation>同じ人物？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Bundle</source>
        <translation>記録ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>History of this record</source>
        <translation>この記録の履歴</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Made by</source>
        <translation>作成元</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Received or made</source>
        <translation>受信または作成日時</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore this version</source>
        <translation>この版を復元</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore this version…</source>
        <translation>この版を復元…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restored: the record now shows that content, as new version {version}.</source>
        <translation>復元しました。記録はその内容を新しいバージョン {version} として表示しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Show the content of version {version} again? Headquarters makes a new version with it; every version stays in the history, nothing is overwritten.</source>
        <translation>バージョン {version} の内容をもう一度表示しますか? 本部がその内容で新しい版を作ります。すべての版は履歴に残り、何も上書きされません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Shown now</source>
        <translation>現在の表示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>This version</source>
        <translation>この版</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>This version beside the one shown now</source>
        <translation>この版と現在表示中の版</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>shown now</source>
        <translation>現在表示中</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{id} (hash {sha})</source>
        <translation>{id}(ハッシュ {sha})</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Choose bundle files</source>
        <translation>記録ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Choose bundle files…</source>
        <translation>記録ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Done: {k} of {n} file imported. The report below says what happened to it.</source>
        <extracomment>Done: {k} of {n} files imported. The report below says what happened to each.</extracomment>
        <translation>
            <numerusform>完了: {n} 個のファイルのうち {k} 個をインポートしました。各ファイルの結果は下の報告をご覧ください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Drop bundle files here (as many as you like), or</source>
        <translation>記録ファイルをここにドロップ (いくつでも) するか</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Each file is checked before anything is stored: a damaged, altered or unknown bundle is refused and changes nothing. Bundles of devices not approved yet wait in quarantine (see Devices).</source>
        <translation>保存する前に各ファイルを検査します。破損・改ざんされた、または不明な記録ファイルは拒否され、何も変更されません。まだ承認されていない端末の記録ファイルは隔離されて待機します (「端末」を参照)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Field workers send their bundles as files, on a USB stick or by e-mail. Drop them above or choose them: each file gets a line here saying what happened to it.</source>
        <translation>現場の職員は記録ファイルをUSBメモリかメールで送ってきます。上にドロップするか選んでください。ファイルごとに、どう処理されたかがここに1行ずつ表示されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Import report</source>
        <translation>インポートの報告</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Imported when its device was approved: {what}</source>
        <translation>端末が承認されたのでインポートしました: {what}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Importing file {k} of {n}: {name}</source>
        <translation>ファイルをインポート中 ({k}/{n}): {name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Inbox: bundles from the field</source>
        <translation>受信箱: 現場からの記録ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Nothing imported yet</source>
        <translation>まだ何も取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>not imported</source>
        <translation>インポートせず</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Back up the keys as shares…</source>
        <translation>鍵をシェアに分けてバックアップ…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Deployment profile</source>
        <translation>本部の設定ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Enter the organisation&apos;s name first.</source>
        <translation>先に団体名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Every bundle from the field is encrypted to these keys, and a field laptop trusts only a profile they signed. Once the keys exist, this page shows their fingerprint words, backs them up as shares and issues the profile.</source>
        <translation>現場からの記録ファイルはすべてこの鍵あてに暗号化され、現場のノートパソコンはこの鍵で署名された本部の設定ファイルだけを信頼します。鍵ができると、この画面で確認の言葉を表示し、鍵をシェアに分けてバックアップし、本部の設定ファイルを発行できます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Field workers compare these words (or the QR code) with what their laptop shows when they import the profile: read them out by phone or in person.</source>
        <translation>現場スタッフは設定ファイルをインポートするとき、ノートパソコンに表示されるものとこの単語 (または QR コード) を照合します。電話または対面で読み上げてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Headquarters keys</source>
        <translation>本部の鍵</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Headquarters&apos; keys and the profile for field laptops</source>
        <translation>本部の鍵と、現場のノートパソコン用の本部の設定ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Issue the profile and save it…</source>
        <translation>設定ファイルを発行して保存…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Make a new decryption key? Older keys keep decrypting bundles already on their way. Afterwards issue a new profile for the field laptops, and make a new share backup.</source>
        <translation>新しい復号鍵を作りますか? すでに送られてくる途中の記録ファイルは古い鍵でも引き続き復号できます。その後、現場のノートパソコン向けに新しい設定ファイルを発行し、シェアのバックアップを作り直してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Make a new key</source>
        <translation>新しいキーを作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>New key made. Now issue a new profile and back up the keys again.</source>
        <translation>新しい鍵を作りました。新しい設定ファイルを発行し、鍵をもう一度バックアップしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>No profile issued yet. Fill in the form and issue it; then give the file to each field worker.</source>
        <translation>まだ設定ファイルを発行していません。フォームに記入して発行し、そのファイルを各現場スタッフに渡してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Profile &amp; keys</source>
        <translation>設定ファイルと鍵</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Profile version {v} saved to {name}. Give it to each field worker and read them the fingerprint words: {words}</source>
        <translation>設定ファイルのバージョン {v} を {name} に保存しました。各現場スタッフに渡し、確認の言葉を読み上げてください: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Restore keys from backup shares…</source>
        <translation>バックアップのシェアから鍵を復元…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Rotate keys</source>
        <translation>鍵の切り替え</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Rotate keys…</source>
        <translation>鍵を切り替える…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Save deployment profile</source>
        <translation>本部の設定ファイルを保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys are backed up as shares.</source>
        <translation>鍵はシェアとしてバックアップ済みです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys are not backed up (or changed since the last backup).</source>
        <translation>鍵がバックアップされていません (または前回のバックアップ以降に変わりました)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys changed since this profile was issued: issue a new one, so that field laptops encrypt to the new key.</source>
        <translation>この設定ファイルの発行後に鍵が変わりました。現場のノートパソコンが新しい鍵で暗号化するよう、新しい設定ファイルを発行してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Attachments marked identifying (photos of faces, documents)</source>
        <translation>個人特定情報とされた添付ファイル (顔写真、書類)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Field laptops may delete delivered records after:</source>
        <translation>現場のノートパソコンが届いた記録を削除できるまでの期間:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Identifying details that may leave the field (none is safest):</source>
        <translation>現場の外に出してよい個人特定情報 (出さないのが最も安全):</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Organisation:</source>
        <translation>団体:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/records.py"/>
        <source>Origin</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>(nothing)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>All themes</source>
        <translation>すべてのテーマ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Anyone who gets {name} can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>{name} を手にした人は誰でも読めます。安全に保管し、不要になったら削除してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Case file for a UN mechanism (.pdf)</source>
        <translation>国連メカニズム向けケースファイル(.pdf)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Count by</source>
        <translation>集計の分類</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Fewer than {k} people: hidden to protect them.</source>
        <translation>{k} 人未満: その人たちを守るため隠しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Hidden so that no small group can be worked out from the totals.</source>
        <translation>合計から少人数のセルを割り出せないよう隠しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Numbers count each person once and hide small groups. Files you export are not encrypted: keep them safe.</source>
        <translation>数字は一人を一度だけ数え、少人数の集団は隠します。書き出したファイルは暗号化されないので、安全に保管してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Opening</source>
        <translation>冒頭</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show identifying details?</source>
        <translation>身元情報を表示しますか?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show identity</source>
        <translation>身元を表示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show them</source>
        <translation>表示する</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Smallest group shown</source>
        <translation>表示する最小の人数</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Statistics table</source>
        <translation>統計表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Testimony</source>
        <translation>証言</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>The case file will show this witness&apos;s legal name, birth date, phone and address, marked confidential. Do this only if the mechanism needs them and the person agreed.</source>
        <translation>ケースファイルにこの証言者の本名、生年月日、電話番号、住所が「機密」と表示されて載ります。メカニズムに必要で、本人が同意した場合だけにしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>The file will not be encrypted</source>
        <translation>ファイルは暗号化されません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>UPR submission draft (.docx)</source>
        <translation>UPR 提出文書の草案(.docx)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Where should the report go?</source>
        <translation>レポートをどこに保存しますか?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Write the file</source>
        <translation>ファイルを書き出す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Writing the report…</source>
        <translation>レポートを書き出し中…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Written to {path}.</source>
        <translation>{path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>and by</source>
        <translation>および</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>{name} already exists; choose a new name.</source>
        <translation>{name} はすでにあります。新しい名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Add another share</source>
        <translation>シェアを追加</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the headquarters keys</source>
        <translation>本部の鍵を復元</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the headquarters keys from shares</source>
        <translation>シェアから本部の鍵を復元</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the keys</source>
        <translation>鍵を復元</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Share {n}:</source>
        <translation>シェア {n}:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Type or paste the words of each share in its own box, in any order. You need as many shares as the backup asked for (usually 2). The restored keys become this headquarters&apos; keys.</source>
        <translation>各シェアの単語をそれぞれの欄に入力するか貼り付けてください。順番は問いません。バックアップ時に決めた数のシェアが必要です (通常は 2 個)。復元した鍵がこの本部の鍵になります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(shown now)</source>
        <translation>(現在表示中)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>A conflict appears here when a record was changed in two places (two laptops, or a laptop and headquarters). Both versions are kept until you choose one.</source>
        <translation>一つの記録が二か所（2台のノートパソコン、またはノートパソコンと本部）で変更されると、ここに競合として表示されます。どちらかを選ぶまで、両方の版が保管されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>A conflict means a record was changed in two places (two laptops, or a laptop and headquarters). Both versions are kept; compare them and keep the right one.</source>
        <translation>競合とは、ひとつの記録が 2 か所 (2 台のノートパソコン、またはノートパソコンと本部) で変更されたことを意味します。両方の版が保存されています。比べて正しいほうを残してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Bundles of devices that are not approved yet. They stay encrypted here and are imported when the device is approved (on the Devices page).</source>
        <translation>まだ承認されていない端末の記録ファイルです。暗号化されたままここに保管され、端末が承認されると (「端末」画面で) インポートされます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Conflict resolved: the record now shows version {side}.</source>
        <translation>競合を解決しました。記録には版 {side} が表示されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Keep version A</source>
        <translation>版 A を残す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Keep version B</source>
        <translation>版 B を残す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No bundles are waiting</source>
        <translation>待機中の記録ファイルはありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No conflicts to review</source>
        <translation>確認する競合はありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No conflicts to review.</source>
        <translation>確認する競合はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Only the fields that differ</source>
        <translation>違いのある項目だけ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Sequence</source>
        <translation>通し番号</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Show identifying details</source>
        <translation>個人特定情報を表示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>The two versions</source>
        <translation>2 つの版</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Version {side}</source>
        <translation>版 {side}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Version {side}: {device}, edit {counter}, {when}</source>
        <translation>版 {side}: {device}、編集 {counter}、{when}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>waiting</source>
        <translation>待機中</translation>
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
        <translation>{type}: {label}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Create headquarters keys</source>
        <translation>本部の鍵を作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Headquarters has no keys yet. Create them now (then back them up as shares), or restore them from a share backup if this replaces a headquarters computer.</source>
        <translation>本部の鍵がまだありません。今すぐ作成する (その後シェアとしてバックアップする) か、本部のコンピューターを置き換える場合はシェアのバックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>The headquarters keys are not backed up. If this computer is lost or breaks, every record ever sent to headquarters is lost with it. Back them up as shares now.</source>
        <translation>本部の鍵がバックアップされていません。このコンピューターを紛失したり故障したりすると、これまで本部に送られたすべての記録も失われます。今すぐシェアとしてバックアップしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Cannot write {path}.</source>
        <translation>{path} に書き込めません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Field Intake: headquarters key backup</source>
        <translation>Field Intake: 本部の鍵のバックアップ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Keep this sheet locked away, apart from the other shares. Whoever holds {m} shares can read every record ever sent to headquarters. Never photograph it or keep it on a computer.</source>
        <translation>この用紙はほかのシェアとは別の場所に、鍵をかけて保管してください。シェアを {m} 個持つ人は、これまで本部に送られたすべての記録を読めます。決して撮影したりコンピューターに保存したりしないでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Kept by: ______________________    Date: ______________</source>
        <translation>保管者: ______________________    日付: ______________</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Key backup share {k} of {n}</source>
        <translation>鍵のバックアップ シェア {k}/{n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Key fingerprint (check it after restoring): {words}</source>
        <translation>鍵の確認の言葉 (復元後に照合してください): {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Share {k} of {n}. Any {m} shares restore the keys; fewer reveal nothing.</source>
        <translation>シェア {k}/{n}。どのシェアでも {m} 個そろえば鍵を復元でき、それより少なければ何もわかりません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Testimony of {witness}</source>
        <translation>{witness}の証言</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>none in force</source>
        <translation>有効な同意なし</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>{category} for {case}</source>
        <translation>{case}への{category}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All provinces</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>All provinces of origin</source>
        <translation>すべての出身地</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All situations</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All violation types</source>
        <translation>すべての侵害の種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any consent in force</source>
        <translation>有効な同意（すべて）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>Any vulnerability</source>
        <translation>すべての配慮事項</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>Search the words of these records</source>
        <translation>これらの記録を語句で検索</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>A case is a person you assist. Press &quot;New case&quot; (Ctrl+N) to record the first one; their aid and testimonies are then linked to them.</source>
        <translation>ケースとは、あなたが支援する一人の人のことです。「新しいケース」（Ctrl+N）を押して最初の一件を記録してください。その人の支援と証言はケースにひも付けられます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>新しい記録を作成（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>New aid distribution</source>
        <translation>新しい支援配布</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>New case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>New testimony</source>
        <translation>新しい証言</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No aid recorded yet</source>
        <translation>記録された支援はまだありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No cases yet</source>
        <translation>ケースはまだありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No record matches these words and filters. Clear them to see every record.</source>
        <translation>この言葉と条件に合う記録はありません。消すとすべての記録が表示されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No testimonies yet</source>
        <translation>証言はまだありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Nothing matches</source>
        <translation>該当する記録はありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Record each handing out of food, clothing, medicine or other help with &quot;New aid distribution&quot; (Ctrl+N).</source>
        <translation>食料、衣類、薬などの支援を渡すたびに、「新しい支援配布」（Ctrl+N）で記録してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Record what a person witnessed or suffered with &quot;New testimony&quot; (Ctrl+N); their consents decide how it may be used.</source>
        <translation>ある人が目撃したこと、受けたことを「新しい証言」（Ctrl+N）で記録してください。その人の同意によって、証言の使い道が決まります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Records: {n}</source>
        <translation>記録: {n}件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Devices</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>This page could not be opened. The details are in the log file.</source>
        <translation>このページを開けませんでした。詳細はログファイルにあります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>1 unsent change</source>
        <translation>未送信の変更 1 件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Bring records in from a .csv or .xlsx file</source>
        <translation>.csv または .xlsx ファイルから記録を取り込みます</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Import a spreadsheet…</source>
        <translation>表計算ファイルを取り込む…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Last export: {when}</source>
        <translation>最終エクスポート: {when}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Lock now ({lock}). Panic key {panic}: lock, clear the clipboard and hide the window.</source>
        <translation>今すぐロックします ({lock})。緊急キー {panic}: ロックし、クリップボードを消去して、ウィンドウを隠します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>New</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>No unsent changes</source>
        <translation>未送信の変更はありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Pages</source>
        <translation>画面の一覧</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Prepare bundle for headquarters</source>
        <translation>本部に送る記録ファイルを作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>{n} unsent changes</source>
        <translation>未送信の変更 {n} 件</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>(deleted case)</source>
        <translation>（削除されたケース）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(identifying)</source>
        <translation>（身元情報）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(the cases disagree)</source>
        <translation>（2つのケースの記録が食い違っています）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Aid received</source>
        <translation>受けた支援</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Attached to</source>
        <translation>添付先</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Confirmed at headquarters as the same person as: {cases}</source>
        <translation>本部で同じ人と確認済み: {cases}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Double-click a row (or press Enter) to open that record.</source>
        <translation>行をダブルクリックする（またはEnterを押す）と、その記録が開きます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Every version headquarters holds: who made it, when it arrived, in which bundle.</source>
        <translation>本部が持つすべての版：だれが作ったか、いつ届いたか、どの記録ファイルで届いたか。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Last given</source>
        <translation>最後の支援日</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>New aid for this person</source>
        <translation>この人への新しい支援</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>New testimony of this person</source>
        <translation>この人の新しい証言</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No aid recorded for this person yet.</source>
        <translation>この人への支援はまだ記録されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No household member recorded. Add one in Details.</source>
        <translation>世帯の人はまだ記録されていません。「詳細」で追加してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No photo, scan or recording attached.</source>
        <translation>添付された写真・スキャン・録音はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No testimony recorded for this person yet.</source>
        <translation>この人の証言はまだ記録されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Quantities</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Record aid handed to this person (the case is filled in)</source>
        <translation>この人に渡した支援を記録します（ケースは入力済みです）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Record what this person tells (they are filled in as the witness)</source>
        <translation>この人が語ったことを記録します（証言者として入力済みです）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Recorded</source>
        <translation>記録した場所</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>The two cases of a member do not say the same relation: check both.</source>
        <translation>ある人について、2つのケースが違う続柄を記録しています。両方を確認してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>What this laptop keeps: when the case was created and changed here, and when headquarters confirmed receiving it. Earlier contents are not kept on the laptop.</source>
        <translation>このノートパソコンが残すもの：このケースをここで作成・変更した日時と、本部が受け取りを確認した日時。以前の内容はノートパソコンに残りません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>When</source>
        <translation>時期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>born {year}</source>
        <translation>{year}年生まれ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>from {province}</source>
        <translation>{province}出身</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>headquarters</source>
        <translation>本部</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>this case</source>
        <translation>このケース</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} distribution recorded.</source>
        <extracomment>{n} distributions recorded.</extracomment>
        <translation>
            <numerusform>支援が{n}件記録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>{n} file attached.</source>
        <extracomment>{n} files attached.</extracomment>
        <translation>
            <numerusform>{n} 件のファイルを添付しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} household member.</source>
        <extracomment>{n} household members.</extracomment>
        <translation>
            <numerusform>世帯の人 {n}人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} testimony given.</source>
        <extracomment>{n} testimonies given.</extracomment>
        <translation>
            <numerusform>証言 {n}件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Confirmed received by headquarters</source>
        <translation>本部が受け取りを確認</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>brother of {person}</source>
        <translation>{person}の兄弟</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>child of {person}</source>
        <translation>{person}の子ども</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>daughter of {person}</source>
        <translation>{person}の娘</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>father of {person}</source>
        <translation>{person}の父</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandchild of {person}</source>
        <translation>{person}の孫</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>granddaughter of {person}</source>
        <translation>{person}の孫娘</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandfather of {person}</source>
        <translation>{person}の祖父</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandmother of {person}</source>
        <translation>{person}の祖母</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandparent of {person}</source>
        <translation>{person}の祖父母</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandson of {person}</source>
        <translation>{person}の孫息子</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>husband of {person}</source>
        <translation>{person}の夫</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>in the household of {person}</source>
        <translation>{person}と同じ世帯</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>mother of {person}</source>
        <translation>{person}の母</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on both cases</source>
        <translation>両方のケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on their case</source>
        <translation>相手のケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on this case</source>
        <translation>このケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>parent of {person}</source>
        <translation>{person}の親</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>relative of {person}</source>
        <translation>{person}の親族</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>sibling of {person}</source>
        <translation>{person}のきょうだい</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>sister of {person}</source>
        <translation>{person}の姉妹</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>son of {person}</source>
        <translation>{person}の息子</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>spouse of {person}</source>
        <translation>{person}の配偶者</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>the same person as {person}</source>
        <translation>{person}と同じ人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>wife of {person}</source>
        <translation>{person}の妻</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>{relation} of {person}</source>
        <translation>{person}の{relation}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Aid on {date} to {case}</source>
        <translation>{date} {case}への支援</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Case: choose the person who received the aid.</source>
        <translation>ケース: 支援を受けた人を選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/vault/records.py"/>
        <source>Cases: choose at least one case.</source>
        <translation>ケース: 少なくとも1件選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Category: choose what kind of aid this was.</source>
        <translation>分類: どんな支援だったかを選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Choose a category</source>
        <translation>分類を選んでください</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Date: enter the day the aid was given (YYYY-MM-DD).</source>
        <translation>日付: 支援した日を入力してください（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Items, row {n}: the quantity is not a number.</source>
        <translation>物品 {n}行目: 数量が数字ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Quick entry: the same aid for several cases</source>
        <translation>一括入力: 複数のケースに同じ支援</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Saved {n} aid distributions, one for each case.</source>
        <translation>ケースごとに1件ずつ、支援配布を{n}件保存しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Saves one distribution for each case chosen below, all at once.</source>
        <translation>下で選んだケースごとに配布記録を1件ずつ、まとめて保存します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Total value, if known</source>
        <translation>合計金額（分かる場合）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Town or district only, never an exact address</source>
        <translation>町や地区まで。正確な住所は書かないでください</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Value: choose the currency.</source>
        <translation>金額: 通貨を選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Value: not a number.</source>
        <translation>金額: 数字ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Add item</source>
        <translation>物品を追加</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Remove item</source>
        <translation>物品を削除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>e.g. rice</source>
        <translation>例: 米</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>{name} {quantity} {unit}</source>
        <translation>{name} {quantity}{unit}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Hide picture</source>
        <translation>画像を隠す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Identifies a person (face, document)</source>
        <translation>個人を特定できる（顔、書類）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Keep metadata (place, time, camera)</source>
        <translation>メタデータを残す（場所、日時、カメラ）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Photos usually record where and when they were taken. Leave this off unless that information is needed.</source>
        <translation>写真には通常、撮影場所と日時が記録されています。その情報が必要な場合以外はオフのままにしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove attachment</source>
        <translation>添付ファイルを削除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove this attachment? Its content is deleted from this computer.</source>
        <translation>この添付ファイルを削除しますか？内容はこのコンピューターから消去されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove…</source>
        <translation>添付を削除…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Save the record first, then add its photos, scans and recordings here.</source>
        <translation>まず記録を保存してから、ここに写真・スキャン・録音を追加してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>The picture cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>画像を表示できません: ファイルが破損しているか、不明な形式です。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>This kind of file cannot be shown here.</source>
        <translation>この種類のファイルはここでは表示できません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>identifying</source>
        <translation>個人特定</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>unaltered original</source>
        <translation>手を加えていない元のファイル</translation>
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
        <translation>{n}バイト</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Attachments ({n})</source>
        <translation>添付ファイル（{n}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete record</source>
        <translation>記録を削除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete this record (asks first)</source>
        <translation>この記録を削除（確認あり）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete this record? Its content is removed from this computer; this cannot be undone.</source>
        <translation>この記録を削除しますか？内容はこのコンピューターから消去され、元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Reason for this change</source>
        <translation>この変更の理由</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Reason for this change (optional)</source>
        <translation>この変更の理由（任意）</translation>
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
        <translation>記録を保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Say why you change this record; the reason is kept with this version, so others can see who changed what and why.</source>
        <translation>この記録を変更する理由を書いてください。理由はこの版と一緒に保存され、誰が何をなぜ変えたのかを他の人も見られます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Undo changes</source>
        <translation>変更を元に戻す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>row {n}</source>
        <translation>{n}行目</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Alias: enter the working name of the person.</source>
        <translation>仮名: 現場で使う呼び名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Case {code}</source>
        <translation>ケース {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Exact birth date: not a date (write it as YYYY-MM-DD).</source>
        <translation>正確な生年月日: 日付ではありません（YYYY-MM-DDで入力してください）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Generated when the case is created; it never changes.</source>
        <translation>ケース作成時に自動で付けられ、変わりません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Hide identifying details</source>
        <translation>個人特定情報を隠す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Identifying details</source>
        <translation>個人特定情報</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Person</source>
        <translation>本人のまとめ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>The working name used in the field, never the real name</source>
        <translation>現場で使う呼び名（本名は書かないこと）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>e.g. 1985</source>
        <translation>例: 1985</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Cases receiving this aid</source>
        <translation>この支援を受けるケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Remove selected cases</source>
        <translation>選んだケースを外す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Type an alias or a case code</source>
        <translation>仮名またはケースコードを入力</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>(unknown case)</source>
        <translation>（不明なケース）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>{alias} · {code}</source>
        <translation>{alias} · {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent given</source>
        <translation>同意あり</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: enter the date it was given or refused (YYYY-MM-DD).</source>
        <translation>同意「{scope}」: 同意または拒否した日付を入力してください（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: only consent that was given can be withdrawn.</source>
        <translation>同意「{scope}」: 同意したものだけが撤回できます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: the withdrawal date is not a date.</source>
        <translation>同意「{scope}」: 撤回日が日付ではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: withdrawn before it was given.</source>
        <translation>同意「{scope}」: 同意した日より前に撤回されています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Record each consent exactly as the witness gave it. Nothing is shared beyond what is consented to here.</source>
        <translation>証言者が与えた同意をそのまま記録してください。ここで同意された範囲を超えて共有されることはありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Withdrawn on</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Attach photos, scans or recordings</source>
        <translation>写真・スキャン・録音を添付</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Photos, scans and recordings</source>
        <translation>写真・スキャン・録音</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Save them, discard them, or go back to the record?</source>
        <translation>保存しますか、破棄しますか、それとも記録に戻りますか？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>This record has changes that are not saved.</source>
        <translation>この記録には保存されていない変更があります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Back to this person&apos;s page</source>
        <translation>この人のまとめに戻る</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Choose a record in the list, or press New.</source>
        <translation>一覧から記録を選ぶか、「新規」を押してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Saved: {record} is on this person&apos;s page now.</source>
        <translation>保存しました。{record}がこの人のまとめに表示されています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>This record is no longer in the vault: it was deleted, or removed from this laptop after headquarters confirmed receiving it. The list has been updated.</source>
        <translation>この記録はもう保管庫にありません。削除されたか、本部が受け取りを確認した後にこのノートパソコンから消去されました。一覧を更新しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the aid distribution</source>
        <translation>支援の記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the testimony</source>
        <translation>証言</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>‹ Back to {person}</source>
        <translation>‹ {person}に戻る</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Add member</source>
        <translation>家族を追加</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Remove member</source>
        <translation>家族を外す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Add incident</source>
        <translation>事件を追加</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Name of the place or facility, if known</source>
        <translation>場所または施設の名前（分かる場合）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>No incident yet. Add one for each event the witness describes.</source>
        <translation>まだ事件がありません。証言者が語る出来事ごとに1件追加してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Precision of the date</source>
        <translation>日付の精度</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Province not recorded</source>
        <translation>地域の記録なし</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Remove incident</source>
        <translation>事件を削除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>The victim&apos;s own case, if there is one</source>
        <translation>被害者本人のケース（ある場合）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Victim&apos;s case</source>
        <translation>被害者のケース</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>no violation type yet</source>
        <translation>侵害の種類が未選択</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How credible is this account itself: confirmed elsewhere, consistent, plausible?</source>
        <translation>この話そのものはどのくらい信じられますか。他で確認されたか、一貫しているか、ありそうなことか。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How reliable is this source, judged from what you know of them (not from this account)?</source>
        <translation>この話とは別に、この人について知っていることから見て、情報源としてどのくらい信頼できますか。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How the witness knows</source>
        <translation>証人が知った方法</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How the witness knows what they tell: lived it, saw it, heard it from someone, or saw documents.</source>
        <translation>証人が話す内容をどうして知っているか：自分で体験した、見た、誰かから聞いた、文書を見た。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Incident {n}: choose at least one violation type.</source>
        <translation>事件 {n}: 侵害の種類を少なくとも1つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Information credibility</source>
        <translation>情報の信憑性</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interview</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interview date: enter the day of the interview (YYYY-MM-DD).</source>
        <translation>聞き取り日: 聞き取りをした日を入力してください（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interviewer: enter who conducted the interview.</source>
        <translation>聞き取り担当者: 聞き取りをした人を入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Leave empty if there was none</source>
        <translation>いなければ空欄のまま</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Not assessed</source>
        <translation>評価していない</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Source reliability</source>
        <translation>情報源の信頼性</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Testimony of {witness}, {date}</source>
        <translation>{witness}の証言（{date}）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>The witness&apos;s account, in their words.</source>
        <translation>証言者の話を、本人の言葉のまま記録します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Who conducted the interview</source>
        <translation>聞き取りをした人</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Witness: choose the case of the person interviewed.</source>
        <translation>証言者: 聞き取りをした人のケースを選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Chosen: {names}</source>
        <translation>選択済み: {names}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>HURIDOCS code: {code}</source>
        <translation>HURIDOCSコード: {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>No violation type chosen yet.</source>
        <translation>侵害の種類がまだ選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Search: a word, a treaty article (ICCPR 7) or a code</source>
        <translation>検索: 語句、条約の条文（ICCPR 7）、またはコード</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Theme: {theme}</source>
        <translation>テーマ: {theme}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>Pick a date on a calendar</source>
        <translation>カレンダーから日付を選ぶ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>Problems to fix before saving</source>
        <translation>保存前に直す問題</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM、またはYYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All aid categories</source>
        <translation>すべての支援分類</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any information credibility</source>
        <translation>すべての情報の信憑性</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any source reliability</source>
        <translation>すべての情報源の信頼性</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Found: {n}</source>
        <translation>見つかった件数: {n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Nothing found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Nothing to search yet</source>
        <translation>まだ検索するものがありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search all records: aliases, codes, violation types, places, items, narratives…</source>
        <translation>すべての記録を検索: 仮名、コード、侵害の種類、場所、物品、証言内容…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search looks through every case, aid distribution and testimony once some are recorded.</source>
        <translation>記録ができると、検索はすべてのケース、支援配布、証言を調べます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Try fewer or shorter words, or clear the filters.</source>
        <translation>言葉を減らすか短くするか、条件を消してみてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Type in the box above to search every record: an alias or case code, a place, an item, a word of a narrative. Choose a result to open it.</source>
        <translation>上の欄に入力して、すべての記録を検索できます：別名やケース番号、場所、品目、証言の中の言葉。結果を選ぶと開きます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>1 minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>A new recovery key will be made and shown once. The current recovery key stops working at once.</source>
        <translation>新しい回復キーを作成し、一度だけ表示します。現在の回復キーはすぐに使えなくなります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>A recovery key is set.</source>
        <translation>回復キーは設定済みです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Backup:</source>
        <translation>バックアップ：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Change passphrase…</source>
        <translation>パスフレーズを変更…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Lock after no activity for:</source>
        <translation>操作がないときの自動ロック:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Lock: {lock}. Panic key: {panic} locks at once, clears the clipboard and hides the window.</source>
        <translation>ロック: {lock}。緊急キー: {panic} ですぐにロックし、クリップボードを消去して、ウィンドウを隠します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>No recovery key is set.</source>
        <translation>回復キーは設定されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Recovery key:</source>
        <translation>回復キー:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Replace recovery key…</source>
        <translation>回復キーを再発行…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Replace the recovery key?</source>
        <translation>回復キーを再発行しますか？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>{n} minutes</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>A duress passphrase is a second passphrase for when someone forces you to open the app. It opens a separate decoy vault that never shows your real records. You can put a few ordinary records in the decoy, so that it looks used. The app looks and works the same with either passphrase, and nothing on the laptop shows whether one is set.</source>
        <translation>強要用パスフレーズは、誰かにアプリを開くよう強要されたときのための2つ目のパスフレーズです。本当の記録を決して表示しない、別のおとりの保管庫を開きます。おとりに普通の記録をいくつか入れておけば、使われている保管庫に見えます。どちらのパスフレーズでもアプリの見た目と動きは同じで、設定されているかどうかはノートパソコンのどこにも表れません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Also destroy the real vault&apos;s keys when the duress passphrase is used</source>
        <translation>強要用パスフレーズが使われたら、本当の保管庫の鍵も破棄する</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Checking that it differs from your real passphrase…</source>
        <translation>本当のパスフレーズと違うか確認しています…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Duress passphrase set</source>
        <translation>強要用パスフレーズを設定しました</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Duress passphrase:</source>
        <translation>強要用パスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>If you tick this, the first time the duress passphrase is used, your real passphrase and your recovery key stop working for ever, without any message. Nobody can open the real records after that, not even you. Records already sent to headquarters stay safe there; everything not yet sent is lost.</source>
        <translation>これを選ぶと、強要用パスフレーズが初めて使われた時点で、本当のパスフレーズと回復キーは何の表示もなく永久に使えなくなります。その後は誰も、あなた自身も、本当の記録を開けません。本部にすでに送った記録は本部で安全に残りますが、まだ送っていないものはすべて失われます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Set a duress passphrase</source>
        <translation>強要用パスフレーズの設定</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Set duress passphrase</source>
        <translation>強要用パスフレーズを設定</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>This is a passphrase you already use to open this vault. Choose a different one.</source>
        <translation>これはこの保管庫を開くのにすでに使っているパスフレーズです。別のものを選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>✓ Both entries match, and it differs from your real passphrase.</source>
        <translation>✓ 2回の入力は一致し、本当のパスフレーズとは違います。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Change passphrase</source>
        <translation>パスフレーズを変更</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Change the passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Current passphrase:</source>
        <translation>現在のパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Passphrase changed</source>
        <translation>パスフレーズを変更しました</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>現在のパスフレーズが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>パスフレーズを変更しました。今後は新しいパスフレーズを使ってください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>&quot;Lock and destroy the keys&quot; also makes the vault impossible to open, for anyone, for ever, when you press the panic key. Records already sent to headquarters stay there.</source>
        <translation>「ロックして鍵を破棄」を選ぶと、緊急キーを押したときに保管庫は誰にも永久に開けなくなります。本部にすでに送った記録は本部に残ります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>A second passphrase that opens a decoy vault instead of your real records, for when someone forces you to open the app. Off until you set one.</source>
        <translation>誰かにアプリを開くよう強要されたときのために、本当の記録の代わりにおとりの保管庫を開く2つ目のパスフレーズです。設定するまではオフです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>After this many wrong passphrases in a row, the vault is destroyed: nobody can open it any more, and the app starts as if newly installed. Records already sent to headquarters stay there. Off by default; at least 5.</source>
        <translation>パスフレーズを続けてこの回数間違えると、保管庫を破棄します。その後は誰にも開けず、アプリは新しくインストールしたように起動します。本部にすでに送った記録は本部に残ります。初期設定はオフで、オンにする場合は5回以上です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>After {n} wrong passphrase in a row</source>
        <extracomment>After {n} wrong passphrases in a row</extracomment>
        <translation>
            <numerusform>パスフレーズを続けて {n} 回間違えたら</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Destroy the vault:</source>
        <translation>保管庫の破棄:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Duress passphrase</source>
        <translation>強要用パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>If the laptop is taken or you are forced to open it</source>
        <translation>ノートパソコンを取り上げられたり、開くよう強要されたりしたとき</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Kept in memory only; gone when the app locks. They never hold record content.</source>
        <translation>メモリの中だけにあり、アプリがロックされると消えます。記録の内容は決して含みません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Lock and destroy the keys</source>
        <translation>ロックして鍵を破棄</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Not set.</source>
        <translation>設定されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Notes of this session</source>
        <translation>今回の実行のメモ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Panic key:</source>
        <translation>緊急キー:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Remove the duress passphrase?</source>
        <translation>強要用パスフレーズを削除しますか?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Replace…</source>
        <translation>置き換え…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set duress passphrase…</source>
        <translation>強要用パスフレーズを設定…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set: it opens the decoy vault and destroys the real keys when used.</source>
        <translation>設定済み: おとりの保管庫を開き、使われると本当の鍵を破棄します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set: it opens the decoy vault.</source>
        <translation>設定済み: おとりの保管庫を開きます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Show this session&apos;s notes…</source>
        <translation>今回の実行のメモを表示…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>The app keeps no diary on this laptop: its notes stay in memory and are gone when it locks.</source>
        <translation>このアプリはノートパソコンに利用の記録を残しません。メモはメモリの中だけにあり、ロックすると消えます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>The duress passphrase will stop working. The decoy vault stays, unused, as in every vault.</source>
        <translation>強要用パスフレーズは使えなくなります。おとりの保管庫は、どの保管庫にもあるように、使われないまま残ります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>I have written down the new recovery key</source>
        <translation>新しい回復キーを書き留めました</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>The old recovery key no longer works. This is the new one.</source>
        <translation>以前の回復キーはもう使えません。新しい回復キーはこちらです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>Your new recovery key</source>
        <translation>新しい回復キー</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>(ignore this column)</source>
        <translation>（この列は無視する）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>(not mapped)</source>
        <translation>（対応づけない）</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>A .csv or .xlsx file. It is read into memory only; nothing is written until the last step.</source>
        <translation>.csv または .xlsx ファイルです。メモリーに読み込むだけで、最後の手順まで何も書き込みません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Choose the spreadsheet</source>
        <translation>表計算ファイルを選ぶ</translation>
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
        <translation>例</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Find out by itself</source>
        <translation>自動で判別する</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>From the sheet names or a type column</source>
        <translation>シート名または種類の列から</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Kind of records:</source>
        <translation>記録の種類：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>List</source>
        <translation>一覧</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Mapping loaded: {name}</source>
        <translation>対応表を読み込みました：{name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Mappings</source>
        <translation>対応表</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Match the columns and values</source>
        <translation>列と値を対応づける</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Save this mapping</source>
        <translation>この対応表を保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Save this mapping…</source>
        <translation>この対応表を保存…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Spreadsheets</source>
        <translation>表計算ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Suggestions are filled in. Check each one marked “please check”. Columns marked “identifying” name or locate a person.</source>
        <translation>候補が入力されています。「確認してください」と表示されたものは一つずつ確認してください。「個人特定」と表示された列は、人の名前や居場所が分かるものです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Text encoding (CSV):</source>
        <translation>文字コード（CSV）：</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Text in the file</source>
        <translation>ファイル内の文字</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>The mapping was saved to {path}.</source>
        <translation>対応表を {path} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>The text encoding of this file is not certain. Choose the line under “Text encoding” that reads correctly, then press Next.</source>
        <translation>このファイルの文字コードがはっきりしません。「文字コード」の中から正しく読める行を選び、「次へ」を押してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Update the values</source>
        <translation>値を更新</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Use a saved mapping</source>
        <translation>保存した対応表を使う</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Use a saved mapping…</source>
        <translation>保存した対応表を使う…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Values from lists</source>
        <translation>一覧の値</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>each row names its kind of record</source>
        <translation>各行に記録の種類が書かれています</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>identifying: names or locates a person</source>
        <translation>個人特定：人の名前や居場所が分かる</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>no match: choose a field or ignore it</source>
        <translation>該当なし：項目を選ぶか無視してください</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>no match: choose a value</source>
        <translation>該当なし：値を選んでください</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>recognised</source>
        <translation>認識済み</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>suggested: please check</source>
        <translation>候補：確認してください</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>{n} columns, {m} different values.</source>
        <translation>列 {n} 個、異なる値 {m} 個。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>A dry run: each row is checked as if it were imported, and nothing is written.</source>
        <translation>試行：各行を実際に取り込むのと同じように確認し、何も書き込みません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Cancel the import</source>
        <translation>取り込みを取り消す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Cancelling…</source>
        <translation>取り消しています…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Check every row</source>
        <translation>すべての行を確認</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete the spreadsheet?</source>
        <translation>表計算ファイルを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete the spreadsheet…</source>
        <translation>表計算ファイルを削除…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Every row can be imported.</source>
        <translation>すべての行を取り込めます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Importing… Every row is saved in one step: if you cancel, nothing is kept.</source>
        <translation>取り込んでいます…すべての行を一度に保存します。取り消すと何も残りません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Rows that cannot be imported</source>
        <translation>取り込めない行</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>The spreadsheet was deleted. Copies elsewhere (a USB stick, e-mail, the recycle bin) are not affected.</source>
        <translation>表計算ファイルを削除しました。ほかの場所にあるコピー（USB メモリー、メール、ごみ箱）はそのまま残っています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>What will be saved</source>
        <translation>保存される内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>{n} problem must be fixed before the import (go back to change the mapping, or correct the file):</source>
        <extracomment>{n} problems must be fixed before the import (go back to change the mapping, or correct the file):</extracomment>
        <translation>
            <numerusform>取り込みの前に {n} 件の問題を直す必要があります（戻って対応表を変えるか、ファイルを直してください）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>{path} will be overwritten and deleted. {warning}</source>
        <translation>{path} を上書きしてから削除します。{warning}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Import a spreadsheet</source>
        <translation>表計算ファイルの取り込み</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>2. Send records to headquarters</source>
        <translation>2. 本部に記録を送る</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>キャンセルしました。記録ファイルは書き出されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>File: {name}</source>
        <translation>ファイル: {name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Headquarters&apos; profile lets identifying details leave this laptop.</source>
        <translation>本部の設定ファイルにより、個人特定情報もこのノートパソコンの外に送られます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Identifying details stay on this laptop, as headquarters&apos; profile requires: {what}.</source>
        <translation>本部の設定ファイルにより、次の個人特定情報はこのノートパソコンに残ります: {what}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Import the deployment profile first (step 1).</source>
        <translation>先に本部の設定ファイルをインポートしてください (手順 1)。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Prepare bundle for headquarters…</source>
        <translation>本部に送る記録ファイルを作成…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Send everything again (full export)</source>
        <translation>すべてをもう一度送る (全件エクスポート)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Take the file to headquarters. Its name says nothing about what is inside; you may delete it from the stick once headquarters sends a receipt.</source>
        <translation>このファイルを本部に届けてください。ファイル名からは中身はわかりません。本部から受領確認ファイルが届いたら、USB メモリから削除してかまいません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Where should the bundle go? (a USB stick or a folder)</source>
        <translation>記録ファイルをどこに保存しますか? (USB メモリまたはフォルダー)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Writes what changed since headquarters&apos; last receipt into one encrypted file, readable only by headquarters. Choose a USB stick or a folder to send from.</source>
        <translation>本部の最後の受領確認ファイル以降に変わった内容を、本部だけが読める暗号化ファイル 1 つに書き出します。USB メモリか、送信に使うフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Writing the bundle…</source>
        <translation>記録ファイルを書き出しています…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>attachments marked identifying</source>
        <translation>個人特定情報とされた添付ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/page.py"/>
        <source>Sync with headquarters</source>
        <translation>本部との同期</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Attachments marked identifying (photos of faces, documents): {answer}</source>
        <translation>個人特定情報とされた添付ファイル (顔写真、書類): {answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Call headquarters or meet them, and ask them to read their fingerprint words to you (or scan both QR codes with the same phone). Trust this profile only if every word is the same, in the same order.</source>
        <translation>本部に電話するか直接会って、確認の言葉を読み上げてもらってください (または同じスマートフォンで両方の QR コードを読み取ってください)。すべての単語が同じ順番で一致する場合にだけ、この設定ファイルを信頼してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Check the deployment profile</source>
        <translation>本部の設定ファイルの確認</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Delivered records may be deleted from the laptop {n} day after headquarters confirms them.</source>
        <extracomment>Delivered records may be deleted from the laptop {n} days after headquarters confirms them.</extracomment>
        <translation>
            <numerusform>本部が確認した記録は、{n} 日後にノートパソコンから削除できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Identifying details sent to headquarters: {fields}</source>
        <translation>本部に送る個人特定情報: {fields}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Is this profile really from your headquarters?</source>
        <translation>この設定ファイルは本当に本部からのものですか?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Organisation: {name}. Profile version {v}, issued {at}.</source>
        <translation>団体: {name}。設定ファイルのバージョン {v}、発行日 {at}。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>The words match: trust this profile</source>
        <translation>単語が一致しました: この設定ファイルを信頼する</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <location filename="../../intake_app/ui/sync/prompts.py"/>
        <source>They do not match</source>
        <translation>一致しません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>sent</source>
        <translation>送る</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>stay on this laptop</source>
        <translation>このノートパソコンに残す</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>(deleted record)</source>
        <translation>(削除された記録)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete delivered records</source>
        <translation>届いた記録を削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete this {n} record from this laptop?</source>
        <extracomment>Delete these {n} records from this laptop?</extracomment>
        <translation>
            <numerusform>この {n} 件の記録をこのノートパソコンから削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete {n} record</source>
        <extracomment>Delete {n} records</extracomment>
        <translation>
            <numerusform>記録 {n} 件を削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered</source>
        <translation>到着</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delivered records that stay</source>
        <translation>残る送達済みの記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Headquarters confirmed them (delivered before {date}). Their attachments go with them, and identifying details that never left the laptop are lost. This cannot be undone.</source>
        <translation>本部が受け取りを確認した記録です ({date} より前に送達)。添付ファイルも一緒に削除され、このノートパソコンから出たことのない個人特定情報は失われます。元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Records to delete</source>
        <translation>削除する記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Why it stays</source>
        <translation>残る理由</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>{n} other delivered record stays on this laptop:</source>
        <extracomment>{n} other delivered records stay on this laptop:</extracomment>
        <translation>
            <numerusform>送達済みのほかの記録 {n} 件はこのノートパソコンに残ります:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>(changed since)</source>
        <translation>(その後変更あり)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>3. Receipts from headquarters</source>
        <translation>3. 本部からの受領確認ファイル</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delete delivered records from this laptop…</source>
        <translation>届いた記録をこのノートパソコンから削除…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records</source>
        <translation>届いた記録</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records: {n}</source>
        <translation>届いた記録: {n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records: {n} (the latest {shown} are shown)</source>
        <translation>届いた記録: {n} (最新の {shown} 件を表示)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Headquarters answers each bundle with a receipt file. Import it to see which records arrived; those can then be deleted from this laptop, so that a seized laptop holds less.</source>
        <translation>本部は記録ファイルごとに受領確認ファイルで応えます。これをインポートするとどの記録が届いたかがわかり、それらをこのノートパソコンから削除できます。押収されても残る情報が少なくなります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Import receipt</source>
        <translation>受領確認ファイルをインポート</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Import receipt…</source>
        <translation>受領確認ファイルをインポート…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} day after delivery.</source>
        <extracomment>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} days after delivery.</extracomment>
        <translation>
            <numerusform>削除できるほど日数のたった送達済みの記録はまだありません。本部の設定ファイルでは、送達から {n} 日間は保管することになっています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>No records delivered yet</source>
        <translation>届いたことが確認された記録はまだありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>When headquarters has imported a bundle, they send back a receipt file. Import it: the records it names are listed here.</source>
        <translation>本部が記録ファイルを取り込むと、受領確認ファイルが送り返されてきます。それを取り込むと、そこに書かれた記録がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>1. Connect this laptop to headquarters</source>
        <translation>1. このノートパソコンを本部とつなぐ</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Enrollment request written to {path}. Give it to headquarters. When they approve it, they should see this key fingerprint: {fp}</source>
        <translation>登録申請を {path} に書き出しました。本部に渡してください。本部が承認するとき、この鍵の確認コードが表示されるはずです: {fp}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Import deployment profile</source>
        <translation>本部の設定ファイルをインポート</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Import deployment profile…</source>
        <translation>本部の設定ファイルをインポート…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Name headquarters will see:</source>
        <translation>本部に表示される名前:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>No deployment profile yet. Headquarters sends it as a file (on a USB stick or by e-mail). Import it, compare the fingerprint words with headquarters, then write the enrollment request and give that file to headquarters.</source>
        <translation>まだ本部の設定ファイルがありません。本部がファイルで送ってきます (USB メモリまたはメール)。それをインポートして確認の言葉を本部と照合し、登録申請を書き出して本部に渡してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Read them these fingerprint words by phone or in person: {words}</source>
        <translation>電話か対面で、次の確認の言葉を読み上げてください: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Save enrollment request</source>
        <translation>登録申請を保存</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Trusted headquarters fingerprint:</source>
        <translation>信頼している本部の確認の言葉:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Write enrollment request…</source>
        <translation>登録申請を書き出す…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>e.g. Yanji laptop 2 (no real names)</source>
        <translation>例: 延吉ノートパソコン 2 (本名は使わない)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Demo vault with fictional records. Its passphrase is: {pw}</source>
        <translation>架空の記録が入ったデモ用の保管庫です。パスフレーズ: {pw}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Field Intake is locked</source>
        <translation>Field Intake はロックされています</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>I forgot the passphrase: use the recovery key</source>
        <translation>パスフレーズを忘れた: 回復キーを使う</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Show what I type</source>
        <translation>入力内容を表示</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>The vault could not be opened.</source>
        <translation>保管庫を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Too many wrong attempts. You can try again in {s} seconds.</source>
        <translation>誤った入力が多すぎます。{s} 秒後にもう一度お試しいただけます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type the passphrase first.</source>
        <translation>先にパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type the recovery key first.</source>
        <translation>先に回復キーを入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type your passphrase to open the vault.</source>
        <translation>保管庫を開くには、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type your recovery key to open the vault.</source>
        <translation>保管庫を開くには、回復キーを入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>Files of type:</source>
        <translation>ファイルの種類:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>Look in:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>New passphrase:</source>
        <translation>新しいパスフレーズ:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Repeat it:</source>
        <translation>もう一度入力:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>The two passphrases are not the same.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Type the passphrase again in the second field.</source>
        <translation>2 つ目の欄にパスフレーズをもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Very strong</source>
        <translation>とても強い</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Print the recovery key on paper</source>
        <translation>回復キーを紙に印刷します</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Write this recovery key on paper now (or print it with the Print button) and keep it somewhere safe, away from this laptop. It is shown only once. With it you can open the vault if you forget the passphrase; anyone who has it can open the vault too. Do not keep a copy on this laptop.</source>
        <translation>今すぐこの回復キーを紙に書き留め (または「印刷」ボタンで印刷し)、このノートパソコンから離れた安全な場所に保管してください。表示されるのは一度だけです。パスフレーズを忘れても、このキーで保管庫を開けます。このキーを持つ人は誰でも保管庫を開けます。このノートパソコンには控えを残さないでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>group {n}</source>
        <translation>グループ {n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Keep this paper somewhere safe, away from the laptop. Do not photograph it and do not keep a copy on the laptop or a phone.</source>
        <translation>この紙はノートパソコンから離れた安全な場所に保管してください。写真に撮らず、ノートパソコンや携帯電話に控えを残さないでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>No printer</source>
        <translation>プリンターがありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>No printer is set up on this computer. Write the recovery key down by hand.</source>
        <translation>このコンピューターにはプリンターが設定されていません。回復キーを手で書き留めてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Not printed</source>
        <translation>印刷しませんでした</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Print the recovery key?</source>
        <translation>回復キーを印刷しますか?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>The printer and this computer&apos;s printing system may keep a copy of the page for a while (on Linux usually a day). Writing the key down by hand leaves no copy anywhere.</source>
        <translation>プリンターやこのコンピューターの印刷の仕組みが、印刷したページの控えをしばらく (Linux では通常 1 日) 残すことがあります。キーを手で書き留めれば、どこにも控えは残りません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>The recovery key was not printed: printing to a file would leave the key readable on this computer. Choose a printer that prints on paper, or write the key down by hand.</source>
        <translation>回復キーは印刷されませんでした。ファイルに印刷すると、このコンピューターに誰でも読めるキーが残ってしまいます。紙に印刷するプリンターを選ぶか、キーを手で書き留めてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>When the program asks for the recovery key, type the groups in this order.</source>
        <translation>プログラムが回復キーを求めたら、このグループを順番どおりに入力してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>With this key the vault can be opened if the passphrase is forgotten. Anyone who has it can open the vault too.</source>
        <translation>パスフレーズを忘れたとき、このキーで保管庫を開けます。このキーを持つ人は誰でも保管庫を開けます。</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workers.py"/>
        <source>Something went wrong. The details are in the log file; no record content is in it.</source>
        <translation>問題が発生しました。詳細はログファイルにあります。ログに記録の内容は含まれません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>this kind of</source>
        <translation>この種類の</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached with its place, time and camera data, as you asked.</source>
        <translation>{name}：ご指定どおり、場所・時刻・カメラの情報を残したまま添付しました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached, but its hidden data (place, time, device) could NOT be removed: this app cannot clean {format} files. Anyone who sees this file may learn where and when it was made.</source>
        <translation>{name}：添付しましたが、隠れた情報（場所・時刻・機器）を消すことはできませんでした。このアプリは {format} ファイルをきれいにできません。このファイルを見た人は、いつどこで作られたかを知るおそれがあります。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached. It carried no place, time or camera data.</source>
        <translation>{name}：添付しました。場所・時刻・カメラの情報はありませんでした。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached. Place, time and camera data were removed ({removed}).</source>
        <translation>{name}：添付しました。場所・時刻・カメラの情報を消しました（{removed}）。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: not attached: the file cannot be read.</source>
        <translation>{name}：添付しませんでした：ファイルを読めません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: not attached: {reason}</source>
        <translation>{name}：添付しませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The attachment&apos;s content does not match its checksum.</source>
        <translation>添付ファイルの内容がチェックサムと一致しません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The attachment&apos;s content is missing from the vault.</source>
        <translation>保管庫に添付ファイルの内容がありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The file is larger than the 2 GiB an attachment may be.</source>
        <translation>ファイルが添付ファイルの上限 (2 GiB) を超えています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The record to attach to does not exist.</source>
        <translation>添付先の記録が存在しません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A backup inside the vault&apos;s own folder is no backup: choose another folder, ideally on a removable drive.</source>
        <translation>保管庫自身のフォルダーの中に作ったバックアップはバックアップになりません。別のフォルダー、できれば取り外し可能なドライブのフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A file of the backup is damaged.</source>
        <translation>バックアップのファイルが壊れています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault already exists in {path}; a restore never writes over one. Nothing was changed.</source>
        <translation>{path} にはすでに保管庫があります。復元で既存の保管庫を上書きすることはありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault appeared in {path} meanwhile; nothing was changed.</source>
        <translation>その間に {path} に保管庫ができました。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault file changed while it was copied; try the backup again.</source>
        <translation>コピー中に保管庫のファイルが変わりました。もう一度バックアップしてください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>Cancelled: no backup was made.</source>
        <translation>取り消しました：バックアップは作成されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup cannot be read: it is damaged, or it does not open with this passphrase or recovery key.</source>
        <translation>バックアップを読み込めません。壊れているか、このパスフレーズまたは回復キーでは開きません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup changed while it was read; nothing was restored.</source>
        <translation>読み込み中にバックアップが変わりました。何も復元していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup copy failed its check: {problems}. Nothing was kept.</source>
        <translation>バックアップのコピーが確認に合格しませんでした：{problems}。何も残していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup failed its check: {problems}. Nothing was restored.</source>
        <translation>バックアップが確認に合格しませんでした：{problems}。何も復元していません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup is damaged: its database does not open with its own key.</source>
        <translation>バックアップが壊れています。データベースが自身の鍵で開きません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>This folder is an unfinished backup (it was interrupted); it cannot be restored.</source>
        <translation>このフォルダーは途中で中断された未完成のバックアップなので、復元できません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a backup folder.</source>
        <translation>{path} はバックアップのフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a complete backup: {files} missing.</source>
        <translation>{path} は完全なバックアップではありません：{files} がありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a folder.</source>
        <translation>{path} はフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <translation>{path} にはすでに保管庫があります。既存の保管庫はそのままです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault database cannot be read: it is damaged, or it is not a Field Intake vault. It was left untouched.</source>
        <translation>保管庫のデータベースを読み込めません。破損しているか、Field Intake の保管庫ではありません。ファイルはそのままです。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <source>The vault file cannot be opened: {reason}</source>
        <translation>保管庫ファイルを開けません: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/duress.py"/>
        <source>This vault has no second database; nothing was changed.</source>
        <translation>この保管庫には2つ目のデータベースがありません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>Line {n}: {reason}</source>
        <translation>{n} 行目: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>a field is missing or unknown ({detail})</source>
        <translation>項目が不足しているか、不明な項目があります ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>each line must be a JSON object</source>
        <translation>各行は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>no case with code {code} in the vault</source>
        <translation>保管庫にコード {code} のケースはありません</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>not valid JSON ({detail})</source>
        <translation>正しい JSON ではありません ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>the line is too long</source>
        <translation>行が長すぎます</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>the reference {ref!r} is used twice</source>
        <translation>参照 {ref!r} が 2 回使われています</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>unknown reference {ref!r}: define the case on an earlier line</source>
        <translation>不明な参照 {ref!r}: ケースはこれより前の行で定義してください</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>{fields}: set by the vault, not by an import</source>
        <translation>{fields}: 保管庫が設定する値のため、インポートでは指定できません</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>“type” must be case, aid or testimony</source>
        <translation>「type」は case、aid、testimony のいずれかでなければなりません</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The key file is not a Field Intake key file, or it is damaged.</source>
        <translation>鍵ファイルが Field Intake の鍵ファイルではないか、破損しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The passphrase is not correct.</source>
        <translation>パスフレーズが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The recovery key is not correct.</source>
        <translation>回復キーが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>This secret is already used for another purpose in this vault. Choose a different one.</source>
        <translation>このパスフレーズ (またはキー) は、この保管庫ですでに別の用途に使われています。別のものを選んでください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/person.py"/>
        <source>This case is no longer in the vault: it was deleted, or removed from this laptop after headquarters confirmed it.</source>
        <translation>このケースはもう保管庫にありません。削除されたか、本部が確認した後にこのノートパソコンから消去されました。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>A record with this id already exists with another type.</source>
        <translation>この ID の記録が、別の種類ですでに存在します。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>The record refers to a case that does not exist: {id}</source>
        <translation>記録が存在しないケースを参照しています: {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>This record was changed elsewhere since you opened it; reopen it and make your change again.</source>
        <translation>この記録は、開いた後に別の場所で変更されました。開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/schema.py"/>
        <source>This vault was written by a newer version of Field Intake; update the app to open it.</source>
        <translation>この保管庫は新しいバージョンの Field Intake で保存されています。開くにはアプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/unlock.py"/>
        <source>Too many wrong attempts. Wait {s} seconds, then try again.</source>
        <translation>誤った入力が多すぎます。{s} 秒待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>A vault already exists in {path}; nothing was changed.</source>
        <translation>{path} にはすでに保管庫があります。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault in {path} is incomplete: {file} is missing. Restore it from a backup; nothing was changed.</source>
        <translation>{path} の保管庫は不完全です。{file} がありません。バックアップから復元してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>There is no vault in {path}.</source>
        <translation>{path} に保管庫はありません。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The audit log was altered at entry {n}.</source>
        <translation>監査ログの {n} 番目の項目が改ざんされています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The database structure is damaged.</source>
        <translation>データベースの構造が破損しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The search index is damaged.</source>
        <translation>検索インデックスが破損しています。</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>{n} pages of the vault fail their authentication check.</source>
        <translation>保管庫の {n} ページが認証チェックに失敗しました。</translation>
    </message>
    <message>
        <source>A copied file differs from the original.</source>
        <translation type="vanished">コピーしたファイルが元のファイルと異なります。</translation>
    </message>
    <message>
        <source>A duress passphrase is a second passphrase for when someone forces you to open the app. It opens a separate decoy vault that never shows your real records. You can put a few ordinary records in the decoy, so that it looks used. The app looks and works the same with either passphrase, and setting one changes no file on this laptop.</source>
        <translation type="vanished">強要用パスフレーズは、誰かにアプリを開くよう強要されたときのための2つ目のパスフレーズです。本当の記録を決して表示しない、別のおとりの保管庫を開きます。おとりに普通の記録をいくつか入れておけば、使われている保管庫に見えます。どちらのパスフレーズでもアプリの見た目と動きは同じで、設定してもこのノートパソコンのファイルは何も変わりません。</translation>
    </message>
    <message>
        <source>An attachment in the vault does not have the size its record says; run `intake-app verify`. No bundle was written.</source>
        <translation type="vanished">保管庫内の添付ファイルの大きさが記録の記載と一致しません。`intake-app verify` を実行してください。記録ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">承認</translation>
    </message>
    <message>
        <source>Approve device {device} with the key its bundle presented ({fp})? Do this only after its field worker confirmed that key fingerprint, by phone or in person.</source>
        <translation type="vanished">記録ファイルが示した鍵 ({fp}) で端末 {device} を承認しますか? 現場スタッフが電話または対面でこの鍵の確認コードを確認してからにしてください。</translation>
    </message>
    <message>
        <source>Approve device {device}? Its field worker should see this key fingerprint on their laptop: {fp}. Approve only if it is the same.</source>
        <translation type="vanished">端末 {device} を承認しますか? 現場スタッフのノートパソコンにもこの鍵の確認コードが表示されているはずです: {fp}。同じ場合にだけ承認してください。</translation>
    </message>
    <message>
        <source>Choose a result to open it.</source>
        <translation type="vanished">結果を選ぶと開きます。</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation type="vanished">削除する</translation>
    </message>
    <message>
        <source>Delete {n} records delivered before {date} from this laptop, with their attachments? Identifying details that never left it are lost with them. [y/N]</source>
        <translation type="vanished">{date} より前に送達された記録 {n} 件を、添付ファイルとともにこのノートパソコンから削除しますか? このパソコンの外に出たことのない身元特定情報も一緒に失われます。[y/N]</translation>
    </message>
    <message>
        <source>Delete {n} records that headquarters confirmed (delivered before {date}) from this laptop, with their attachments? Identifying details that never left the laptop are lost with them. This cannot be undone.</source>
        <translation type="vanished">本部が確認した記録 {n} 件 ({date} より前に届いたもの) を、添付ファイルごとこのノートパソコンから削除しますか? ノートパソコンの外に出していない個人特定情報も一緒に失われます。元に戻せません。</translation>
    </message>
    <message>
        <source>Delivered records may be deleted from the laptop {n} days after headquarters confirms them.</source>
        <translation type="vanished">本部が確認した記録は、{n} 日後にノートパソコンから削除できます。</translation>
    </message>
    <message>
        <source>Demo vault with fictional records.</source>
        <translation type="vanished">架空の記録が入ったデモ用の保管庫です。</translation>
    </message>
    <message>
        <source>Done: {k} of {n} files imported. The report below says what happened to each.</source>
        <translation type="vanished">完了: {n} 個中 {k} 個のファイルをインポートしました。各ファイルの結果は下の報告をご覧ください。</translation>
    </message>
    <message>
        <source>FILE.jsonl</source>
        <translation type="vanished">ファイル.jsonl</translation>
    </message>
    <message>
        <source>Imported {cases} cases, {aid} aid distributions and {testimony} testimonies.</source>
        <translation type="vanished">ケース {cases} 件、支援の提供 {aid} 件、証言 {testimony} 件をインポートしました。</translation>
    </message>
    <message>
        <source>Keys restored: {n} decryption keys added. Key fingerprint: {words}.</source>
        <translation type="vanished">鍵を復元しました: 復号用の鍵を {n} 個追加しました。鍵の確認の言葉: {words}。</translation>
    </message>
    <message>
        <source>Metadata could not be removed from these files; they were stored as they are: {names}</source>
        <translation type="vanished">次のファイルはメタデータを削除できないため、そのまま保存しました: {names}</translation>
    </message>
    <message>
        <source>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} days after delivery.</source>
        <translation type="vanished">削除できるほど日数のたった届いた記録はまだありません。本部のプロファイルでは、届いてから {n} 日間は保管することになっています。</translation>
    </message>
    <message>
        <source>Not attached: {reasons}</source>
        <translation type="vanished">添付できませんでした: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Prepared with Field Intake on {date}: {n} testimony, given with consent to share it with UN mechanisms.</source>
        <extracomment>Prepared with Field Intake on {date}: {n} testimonies, each given with consent to share it with UN mechanisms.</extracomment>
        <translation type="vanished">
            <numerusform>{date} に Field Intake で作成: 証言 {n} 件。いずれも国連メカニズムとの共有に同意を得ています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge delay after delivery: {n} days</source>
        <translation type="vanished">送達後、削除までの期間: {n} 日</translation>
    </message>
    <message>
        <source>Purged {records} delivered records ({attachments} attachments, {blobs} stored files); the space was reclaimed.</source>
        <translation type="vanished">送達済みの記録 {records} 件 (添付ファイル {attachments} 件、保存ファイル {blobs} 個) を削除し、領域を回収しました。</translation>
    </message>
    <message>
        <source>Quarantine for unapproved devices: {devices} devices, {bundles} bundles, {mib} MiB waiting. At most:</source>
        <translation type="vanished">未承認の端末の隔離: 端末 {devices} 台、バンドル {bundles} 個、{mib} MiB が待機中。上限:</translation>
    </message>
    <message>
        <source>Receipt accepted: {records} records marked delivered, {bundles} bundles acknowledged.</source>
        <translation type="vanished">受領証を受け付けました: 記録 {records} 件を送達済みにし、バンドル {bundles} 個の受領を確認しました。</translation>
    </message>
    <message>
        <source>Receipt written to {name}. Give it to the field worker of this device: their laptop then knows which records arrived.</source>
        <translation type="vanished">受領証を {name} に書き出しました。この端末の現場スタッフに渡してください。ノートパソコンがどの記録が届いたかを把握できます。</translation>
    </message>
    <message>
        <source>Search all records: names of items, places, narratives, notes…</source>
        <translation type="vanished">すべての記録を検索: 物品名、場所、証言内容、メモ…</translation>
    </message>
    <message>
        <source>This backup needs {needed} shares; only {given} were entered. Nothing was restored.</source>
        <translation type="vanished">このバックアップには {needed} 個のシェアが必要ですが、入力されたのは {given} 個だけです。何も復元していません。</translation>
    </message>
    <message>
        <source>This page is not available in this version.</source>
        <translation type="vanished">このバージョンではこのページは使えません。</translation>
    </message>
    <message>
        <source>Write this recovery key on paper now (or print this screen) and keep it somewhere safe, away from this laptop. It is shown only once. With it you can open the vault if you forget the passphrase; anyone who has it can open the vault too. Do not keep a copy on this laptop.</source>
        <translation type="vanished">今すぐこの回復キーを紙に書き留め (またはこの画面を印刷し)、このノートパソコンから離れた安全な場所に保管してください。表示されるのは一度だけです。パスフレーズを忘れても、このキーで保管庫を開けます。このキーを持つ人は誰でも保管庫を開けます。このノートパソコンには控えを残さないでください。</translation>
    </message>
    <message>
        <source>at most {n} bundles may wait</source>
        <translation type="vanished">待機できるバンドルは最大 {n} 個です</translation>
    </message>
    <message>
        <source>at most {n} devices may wait for approval</source>
        <translation type="vanished">承認待ちにできる端末は最大 {n} 台です</translation>
    </message>
    <message>
        <source>import records from a JSON Lines file, all or nothing</source>
        <translation type="vanished">JSON Lines ファイルから記録をインポートする (すべて成功するか、何も取り込まない)</translation>
    </message>
    <message>
        <source>one record per line; - for standard input</source>
        <translation type="vanished">1 行に 1 件の記録 (- は標準入力)</translation>
    </message>
    <message>
        <source>{bundles} bundle(s) written: {records} records, {attachments} attachments.</source>
        <translation type="vanished">記録ファイルを {bundles} 個書き出しました: 記録 {records} 件、添付ファイル {attachments} 件。</translation>
    </message>
    <message>
        <source>{file}: imported bundle {sequence} of device {device}: {records} records ({new} new, {updated} updated, {conflicts} conflicts), {attachments} attachments.</source>
        <translation type="vanished">{file}: 端末 {device} の {sequence} 番のバンドルをインポートしました: 記録 {records} 件 (新規 {new}、更新 {updated}、競合 {conflicts})、添付ファイル {attachments} 件。</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read</source>
        <translation type="vanished">{name}: ファイルを読み込めません</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="vanished">{name}: {reason}</translation>
    </message>
    <message>
        <source>{n} attachments marked identifying stayed on this laptop, as the deployment profile requires.</source>
        <translation type="vanished">本部の設定ファイルの定めにより、身元を特定できる情報とされた添付ファイル {n} 件はこのノートパソコンに残しました。</translation>
    </message>
    <message>
        <source>{n} conflicts.</source>
        <translation type="vanished">競合 {n} 件。</translation>
    </message>
    <message>
        <source>{n} file(s) attached.</source>
        <translation type="vanished">{n}件のファイルを添付しました。</translation>
    </message>
    <message>
        <source>{n} records found.</source>
        <translation type="vanished">{n} 件の記録が見つかりました。</translation>
    </message>
</context>
</TS>
