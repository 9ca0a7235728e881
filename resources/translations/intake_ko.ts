<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>intake</name>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>COMMAND</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>Field Intake: secure, offline records of aid and testimony. Without a command, the desktop app starts.</source>
        <translation>Field Intake: 지원 내역과 증언을 오프라인에서 안전하게 기록합니다. 명령 없이 실행하면 데스크톱 앱이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/__init__.py"/>
        <source>Interrupted; nothing more was written.</source>
        <translation>중단되었습니다. 그 이후로는 아무것도 저장되지 않았습니다.</translation>
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
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>HQ: grade the source and the information of a testimony</source>
        <translation>본부: 증언의 출처와 정보를 평가합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Headquarters&apos; assessment saved: source {r}, information {c}.</source>
        <translation>본부 평가를 저장했습니다: 출처 {r}, 정보 {c}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Headquarters: source {r}, information {c}</source>
        <translation>본부: 출처 {r}, 정보 {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>Interviewer: source {r}, information {c}</source>
        <translation>면담자: 출처 {r}, 정보 {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/hq/credibility.py"/>
        <source>No testimony with the id {id}.</source>
        <translation>ID가 {id}인 증언이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>TESTIMONY</source>
        <translation>증언</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <source>TEXT</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>a testimony id</source>
        <translation>증언 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>information credibility: 1 (confirmed) to 5 (improbable), 6 (cannot be judged)</source>
        <translation>정보 신빙성: 1(확인됨)부터 5(사실일 가능성 낮음)까지, 6(판단할 수 없음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>record headquarters&apos; assessment (a new version; the interviewer&apos;s stays)</source>
        <translation>본부 평가를 기록합니다 (새 버전이며, 면담자의 평가는 그대로 남습니다)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>show the grades of a testimony (interviewer&apos;s and headquarters&apos;)</source>
        <translation>증언의 평가를 보여 줍니다 (면담자와 본부)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <source>source reliability: A (completely reliable) to E (unreliable), F (cannot be judged)</source>
        <translation>출처 신뢰도: A(완전히 믿을 수 있음)부터 E(믿을 수 없음)까지, F(판단할 수 없음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/assessments.py"/>
        <location filename="../../intake_app/cli/events.py"/>
        <source>why (kept with this version)</source>
        <translation>이유 (이 버전과 함께 보관됨)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>A checked backup was written to {path}.</source>
        <translation>검증된 백업을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>DIR</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>FROM</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>It opens with the same passphrase or recovery key as the vault. Keep it as safe as the laptop.</source>
        <translation>이 백업은 보관함과 같은 암호문 또는 복구 키로 열립니다. 노트북만큼 안전하게 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>The age of this backup is not known.</source>
        <translation>이 백업이 언제 만들어졌는지 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>The backup passed its check and was restored into {path}: {counts}.</source>
        <translation>백업 검사를 통과했고 {path}에 복원했습니다: {counts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/backup.py"/>
        <source>This backup is {n} day old.</source>
        <extracomment>This backup is {n} days old.</extracomment>
        <translation>
            <numerusform>이 백업은 {n}일 전에 만들어졌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>This backup was taken today.</source>
        <translation>이 백업은 오늘 만들어졌습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>restore a vault from a backup into an empty data folder</source>
        <translation>백업에서 보관함을 빈 데이터 폴더로 복원합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>the backup folder</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>the folder to write the backup in (e.g. on a removable drive)</source>
        <translation>백업을 저장할 폴더 (예: 이동식 드라이브)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/backup.py"/>
        <source>write a checked backup of the whole vault into a folder</source>
        <translation>보관함 전체의 검증된 백업을 폴더에 저장합니다</translation>
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
            <numerusform>지원 {n}건</numerusform>
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
            <numerusform>사례 {n}건</numerusform>
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
            <numerusform>증언 {n}건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>CODE</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Cannot ask for confirmation without a terminal: run again with --yes.</source>
        <translation>터미널이 없어 확인을 물을 수 없습니다. --yes를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/fileutil.py"/>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>New passphrase: </source>
        <translation>새 암호 문구: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>No passphrase given: use --passphrase-file PATH or - for standard input.</source>
        <translation>암호 문구가 없습니다. --passphrase-file 경로를 지정하거나, 표준 입력을 쓰려면 -를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/duress.py"/>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>PATH</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>Passphrase: </source>
        <translation>암호 문구: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>Repeat the new passphrase: </source>
        <translation>새 암호 문구 확인: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>두 암호 문구가 서로 다릅니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>also print progress notes (never record content)</source>
        <translation>진행 상황도 출력 (기록 내용은 출력하지 않음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>folder of the vault (default: the platform&apos;s data folder, or $INTAKE_DATA_DIR)</source>
        <translation>보관함 폴더 (기본값: 운영체제의 데이터 폴더 또는 $INTAKE_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>language of messages: en, ko, ja or zh_CN</source>
        <translation>메시지 언어: en, ko, ja, zh_CN 중 하나</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>read the passphrase from the first line of PATH, or - for standard input</source>
        <translation>경로에 있는 파일의 첫 줄에서 암호 문구를 읽음 (-는 표준 입력)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <source>unlock with the recovery key in PATH instead of the passphrase</source>
        <translation>암호 문구 대신 경로에 있는 복구 키로 잠금 해제</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>y</source>
        <translation>ㅇ</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/common.py"/>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>Demo vault in {path} (passphrase: {pw})</source>
        <translation>체험용 보관함: {path} (암호 문구: {pw})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>create it, print its summary, and delete it</source>
        <translation>만든 뒤 요약을 출력하고 삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>field: a field laptop&apos;s vault; hq: headquarters, with records from several laptops</source>
        <translation>field: 현장 노트북의 보관함, hq: 본부(여러 노트북에서 온 기록 포함)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>keep the demo folder (printed) instead of deleting it</source>
        <translation>체험용 폴더를 삭제하지 않고 남겨 둠 (위치를 출력)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>number of fictional cases (default 120)</source>
        <translation>가상 사례 수 (기본값 120)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/demo.py"/>
        <source>open a throwaway vault with fictional sample records</source>
        <translation>가상의 예시 기록이 담긴 일회용 보관함 열기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>CUT OR REWRITTEN</source>
        <translation>잘림 또는 다시 쓰임</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Compare the fingerprint words first, then run again with --yes.</source>
        <translation>먼저 확인 단어를 비교한 뒤 --yes를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Compare them with the words the field laptop shows (Sync, or `devices request`) by phone or in person, never by a message that came with the bundle.</source>
        <translation>현장 노트북에 표시되는 단어(&apos;동기화&apos; 또는 `devices request`)와 전화나 직접 만나서 비교하세요. 기록 꾸러미와 함께 온 메시지로는 절대 비교하지 마세요.</translation>
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
        <translation>기기 ID: {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Device {device} presents the key with these fingerprint words:</source>
        <translation>기기 {device}는 다음 확인 단어를 가진 키를 내밀고 있습니다:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Do the words match? Approve this device? [y/N]</source>
        <translation>단어가 일치합니까? 이 기기를 승인할까요? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Enrollment request written to {path}.</source>
        <translation>등록 요청을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>FILE|ID</source>
        <translation>파일|ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Fingerprint words (read them to headquarters by phone or in person): {words}</source>
        <translation>확인 단어 (전화나 직접 만나서 본부에 읽어 주세요): {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Fingerprint words: {words}</source>
        <translation>확인 단어: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: approve a device from its request file, or a pending device by id</source>
        <translation>본부: 등록 요청 파일로 기기를 승인하거나, 승인 대기 중인 기기를 ID로 승인</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: list known devices</source>
        <translation>본부: 알려진 기기 목록 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: revoke a device: none of its bundles will be imported again</source>
        <translation>본부: 기기 폐기 (이후 이 기기의 기록 꾸러미는 다시 가져오지 않음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>HQ: show (or set) the limits of the quarantine for unapproved devices</source>
        <translation>본부: 승인되지 않은 기기를 위한 격리 한도를 보기(또는 설정)</translation>
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
        <translation>키 확인 코드 (본부에서도 같은 값이 보여야 합니다): {fp}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>No devices known yet.</source>
        <translation>아직 알려진 기기가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Not approved; nothing was changed.</source>
        <translation>승인하지 않았습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Space taken: {n} MiB of at most {limit} MiB</source>
        <translation>사용한 공간: 최대 {limit} MiB 중 {n} MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Waiting bundles: {n} of at most {limit}</source>
        <translation>대기 중인 기록 꾸러미: 최대 {limit}개 중 {n}개</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>Waiting devices: {n} of at most {limit}</source>
        <translation>대기 중인 기기: 최대 {limit}대 중 {n}대</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>a short name headquarters will see</source>
        <translation>본부에 표시될 짧은 이름</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>activity log</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>approve a pending device by id without asking (after comparing its fingerprint words)</source>
        <translation>묻지 않고 대기 중인 기기를 ID로 승인 (확인 단어를 비교한 뒤에)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>device</source>
        <extracomment>devices</extracomment>
        <translation>
            <numerusform>기기</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>enrolled</source>
        <translation>등록 시각</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>field devices: enrollment requests, approval, revocation</source>
        <translation>현장 기기: 등록 요청, 승인, 폐기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>field: write this device&apos;s enrollment request for headquarters</source>
        <translation>현장: 본부에 보낼 이 기기의 등록 요청 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>gaps</source>
        <translation>누락</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many MiB the waiting bundles may take in all</source>
        <translation>대기 중인 기록 꾸러미가 모두 합쳐 차지할 수 있는 MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many bundles may wait in all</source>
        <translation>모두 합쳐 대기할 수 있는 기록 꾸러미 수</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>how many unapproved devices may wait</source>
        <translation>대기할 수 있는 승인되지 않은 기기 수</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>intact</source>
        <translation>온전함</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>key conflict</source>
        <translation>키 충돌</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>last bundle</source>
        <translation>마지막 기록 꾸러미</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>last sequence</source>
        <translation>마지막 순번</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>new file (never overwritten)</source>
        <translation>새 파일 (기존 파일을 덮어쓰지 않음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>revoked since</source>
        <translation>폐기 기준일</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/devices.py"/>
        <source>when it may have been compromised (default: today)</source>
        <translation>유출되었을 수 있는 시점 (기본값: 오늘)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>HQ: cases that may be the same person</source>
        <translation>본부: 같은 사람일 수 있는 사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>a case id or code</source>
        <translation>사례 ID 또는 코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>list candidate pairs, the strongest first</source>
        <translation>후보 쌍을 보여 줍니다 (가능성이 높은 것부터)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>the two cases are different people (not proposed again)</source>
        <translation>두 사례는 서로 다른 사람입니다 (다시 제안되지 않음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>the two cases are one person (counted once)</source>
        <translation>두 사례는 같은 사람입니다 (한 번만 셈)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>why (kept with this decision)</source>
        <translation>이유 (이 결정과 함께 보관됨)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>{code}: {alias}, {sex}, born {year}, {province}, case id {id}</source>
        <translation>{code}: {alias}, {sex}, {year}년생, {province}, 사례 ID {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/duplicates.py"/>
        <source>{n} candidate pair.</source>
        <extracomment>{n} candidate pairs.</extracomment>
        <translation>
            <numerusform>후보 쌍 {n}개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Duress passphrase: </source>
        <translation>강요용 암호 문구: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Repeat the duress passphrase: </source>
        <translation>강요용 암호 문구를 한 번 더 입력하세요: </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>The duress passphrase is set. It opens a separate decoy vault, never your real records.</source>
        <translation>강요용 암호 문구가 설정되었습니다. 이 암호는 따로 있는 가짜 보관함을 열 뿐, 진짜 기록은 절대 열지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The duress passphrase must differ from your real passphrase and recovery key; nothing was changed.</source>
        <translation>강요용 암호 문구는 진짜 암호 문구나 복구 키와 달라야 합니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>The duress passphrase no longer opens anything.</source>
        <translation>이제 강요용 암호 문구로는 아무것도 열리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>Warning: the first time the duress passphrase is used, your real passphrase and recovery key stop working, for ever, without any message. Records already sent to headquarters stay there; everything else in the real vault is lost.</source>
        <translation>주의: 강요용 암호 문구를 처음 사용하는 순간, 진짜 암호 문구와 복구 키는 아무 알림 없이 영원히 쓸 수 없게 됩니다. 이미 본부에 보낸 기록은 본부에 남지만, 진짜 보관함의 나머지는 모두 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>a second passphrase that opens a decoy vault</source>
        <translation>가짜 보관함을 여는 두 번째 암호 문구</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>read the duress passphrase from PATH (- for standard input)</source>
        <translation>강요용 암호 문구를 PATH에서 읽기 (- 는 표준 입력)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>set (or replace) the duress passphrase</source>
        <translation>강요용 암호 문구 설정(또는 교체)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>the duress passphrase stops working</source>
        <translation>강요용 암호 문구를 더 이상 쓰지 않음</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/duress.py"/>
        <source>when the duress passphrase is used, also destroy the real vault&apos;s keys for good</source>
        <translation>강요용 암호 문구를 쓰면 진짜 보관함의 열쇠도 영원히 없앰</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>Event {id}: the incidents are linked.</source>
        <translation>사건 {id}: 사건들을 연결했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>HQ: incidents from several testimonies that are one event</source>
        <translation>본부: 여러 증언에 나오는 같은 사건</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>INCIDENT</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>a short name for the event</source>
        <translation>사건의 짧은 이름</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>corroborated</source>
        <translation>뒷받침됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>incident ids</source>
        <translation>사건 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>incident ids or event ids</source>
        <translation>사건 ID 또는 묶음 사건 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>list events and their witnesses</source>
        <translation>사건과 증인을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>list incidents that may be one event instead (same violation, place and time)</source>
        <translation>대신 같은 사건일 수 있는 것들을 보여 줍니다 (같은 침해, 장소, 시기)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>make the incidents one event (joining events they are in)</source>
        <translation>사건들을 하나로 묶습니다 (이미 속한 묶음과 합침)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>single witness</source>
        <translation>증인 한 명</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>take incidents out of their event, or dissolve events by id</source>
        <translation>사건을 묶음에서 빼거나, ID로 묶음을 풉니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/events.py"/>
        <source>testimony {id}</source>
        <translation>증언 {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} event.</source>
        <extracomment>{n} events.</extracomment>
        <translation>
            <numerusform>사건 {n}개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} incident left its event.</source>
        <extracomment>{n} incidents left their events.</extracomment>
        <translation>
            <numerusform>사건 {n}개가 묶음에서 빠졌습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{n} suggestion.</source>
        <extracomment>{n} suggestions.</extracomment>
        <translation>
            <numerusform>제안 {n}개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/events.py"/>
        <source>{n} witness</source>
        <extracomment>{n} witnesses</extracomment>
        <translation>
            <numerusform>증인 {n}명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>HQ: every version headquarters holds of a record, and restoring one</source>
        <translation>본부: 본부가 가진 기록의 모든 버전, 그리고 버전 복원</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>Record {id} now shows the content of version {old}, as new version {new}.</source>
        <translation>기록 {id}는 이제 버전 {old}의 내용을 새 버전 {new}로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>VERSION</source>
        <translation>버전</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>bundle</source>
        <extracomment>bundles</extracomment>
        <translation>
            <numerusform>기록 꾸러미</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>bundle hash</source>
        <translation>기록 꾸러미 해시</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>head</source>
        <translation>현재</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>list the record&apos;s versions, oldest first (who, when, from which bundle)</source>
        <translation>기록의 버전을 오래된 것부터 나열 (누가, 언제, 어느 기록 꾸러미에서)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>made at headquarters</source>
        <translation>본부에서 만듦</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>make an earlier version the record&apos;s content again (a new version; nothing is overwritten)</source>
        <translation>이전 버전을 다시 기록의 내용으로 만들기 (새 버전이 생기며, 아무것도 덮어쓰지 않음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>parent</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>received or made</source>
        <translation>받은 때 또는 만든 때</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>the version, as `history show` prints it</source>
        <translation>`history show`가 보여 주는 형태의 버전</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/history.py"/>
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/history.py"/>
        <source>{n} version.</source>
        <extracomment>{n} versions.</extracomment>
        <translation>
            <numerusform>버전 {n}개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Device signing key: {b64} (fingerprint {fp})</source>
        <translation>기기 서명 키: {b64} (확인 코드 {fp})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Fingerprint: {words}</source>
        <translation>확인 단어: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>HQ: add a new recipient key; older ones still decrypt</source>
        <translation>본부: 새 수신자 키 추가 (이전 키로도 계속 복호화 가능)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>HQ: write the secret decryption keys to a file, for safekeeping</source>
        <translation>본부: 보관용으로 복호화 비밀 키를 파일에 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Key backup written to {path}.</source>
        <translation>키 백업을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>New recipient: {r}</source>
        <translation>새 수신자 키: {r}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>No deployment profile imported yet.</source>
        <translation>아직 가져온 본부 설정 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Older identities kept for decrypting: {n}</source>
        <translation>복호화용으로 보관 중인 이전 비밀 키: {n}개</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Older keys still decrypt. Issue a new profile (`profile create`) so field devices use the new key, and make a new key backup.</source>
        <translation>이전 키로도 계속 복호화할 수 있습니다. 현장 기기가 새 키를 쓰도록 새 본부 설정 파일을 발급하고(`profile create`), 키 백업도 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Recipients (bundles are encrypted to these):</source>
        <translation>수신자 키 (기록 꾸러미는 이 키들로 암호화됩니다):</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Signing key: {b64} (key id {id})</source>
        <translation>서명 키: {b64} (키 ID {id})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>Trusted headquarters fingerprint: {words}</source>
        <translation>신뢰하는 본부의 확인 단어: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>WARNING: {path} holds headquarters&apos; secret keys. Whoever holds this file can read every bundle ever sent to headquarters. Keep it offline, encrypted, and locked away; never e-mail it or leave it on a shared drive.</source>
        <translation>경고: {path}에는 본부의 비밀 키가 들어 있습니다. 이 파일을 가진 사람은 지금까지 본부로 보낸 모든 기록 꾸러미를 읽을 수 있습니다. 오프라인으로, 암호화하여, 잠금장치가 있는 곳에 보관하세요. 절대 이메일로 보내거나 공유 드라이브에 두지 마세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>headquarters keys: show, rotate, back up</source>
        <translation>본부 키: 보기, 교체, 백업</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/keys.py"/>
        <source>show this vault&apos;s public keys and their fingerprint</source>
        <translation>이 보관함의 공개 키와 확인 코드 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Cannot ask for confirmation without a terminal: compare the words, then run again with --yes.</source>
        <translation>터미널이 없어 확인을 물을 수 없습니다. 단어를 대조한 뒤 --yes를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Compare these words with headquarters by phone or in person:</source>
        <translation>이 단어들을 전화로 또는 직접 만나서 본부와 대조하세요:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Deployment profile version {v} written to {path}.</source>
        <translation>본부 설정 파일 버전 {v}을(를) {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Do they match exactly? [y/N]</source>
        <translation>정확히 일치합니까? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Fingerprint (read it to each field worker by phone or in person): {words}</source>
        <translation>확인 단어 (각 현장 활동가에게 전화로 또는 직접 만나서 읽어 주세요): {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>HQ: issue a signed deployment profile for field devices</source>
        <translation>본부: 현장 기기에 보낼 서명된 본부 설정 파일 발급</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Headquarters signing key id: {id}</source>
        <translation>본부 서명 키 ID: {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Identifying attachments allowed: {answer}</source>
        <translation>신원 식별 첨부 파일 허용: {answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Identifying fields allowed to leave the field: {fields}</source>
        <translation>현장 밖으로 내보낼 수 있는 신원 식별 항목: {fields}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Match tokens were computed for {n} case.</source>
        <extracomment>Match tokens were computed for {n} cases.</extracomment>
        <translation>
            <numerusform>사례 {n}건의 대조 토큰을 계산했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Match tokens: key {id}, Argon2id {mib} MiB, {passes} passes</source>
        <translation>대조 토큰: 키 {id}, Argon2id {mib} MiB, {passes}회</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Organisation: {name}</source>
        <translation>단체: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Purge delay after delivery: {n} day</source>
        <extracomment>Purge delay after delivery: {n} days</extracomment>
        <translation>
            <numerusform>전달 후 삭제까지의 유예 기간: {n}일</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Recipients:</source>
        <translation>수신자 키:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Taxonomy version: {v}</source>
        <translation>분류 체계 버전: {v}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Unaltered originals of photos kept: {answer}</source>
        <translation>사진 원본 보관: {answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>Version: {v} (issued {at})</source>
        <translation>버전: {v} (발급: {at})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>days after delivery before the field may purge records (default 30)</source>
        <translation>전달 후 현장에서 기록을 삭제할 수 있을 때까지의 일수 (기본값 30)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>do not ask to confirm the fingerprint (for scripts that checked it otherwise)</source>
        <translation>확인 단어 비교를 묻지 않음 (다른 방법으로 이미 확인한 스크립트용)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>field devices keep the unaltered original of each photo beside the copy without metadata (it leaves the field only with identifying attachments)</source>
        <translation>현장 기기가 메타데이터를 지운 사본과 함께 사진 원본도 보관합니다 (원본은 신원 정보가 담긴 첨부가 허용될 때만 현장 밖으로 나감)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>field: import the deployment profile headquarters sent</source>
        <translation>현장: 본부가 보낸 본부 설정 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>identifying fields that may leave the field, e.g. case:legal_name (repeatable; default: none)</source>
        <translation>현장 밖으로 내보낼 수 있는 신원 식별 항목 (예: case:legal_name, 여러 번 지정 가능, 기본값: 없음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>let attachments marked identifying leave the field (default: no)</source>
        <translation>신원 식별 정보로 표시된 첨부 파일도 현장 밖으로 내보냄 (기본값: 아니요)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>show the deployment profile in force</source>
        <translation>현재 적용 중인 본부 설정 파일 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/profile.py"/>
        <source>the signed deployment profile</source>
        <translation>서명된 본부 설정 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>--type, --mapping, --dry-run and --encoding are for .csv and .xlsx files only.</source>
        <translation>--type, --mapping, --dry-run, --encoding은 .csv 및 .xlsx 파일에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>CSV: the text encoding, e.g. utf-8, cp949, shift_jis or gb18030</source>
        <translation>CSV: 문자 인코딩 (예: utf-8, cp949, shift_jis, gb18030)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>FILE.json</source>
        <translation>파일.json</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>FILE.jsonl (one record per line; - for standard input), FILE.csv or FILE.xlsx</source>
        <translation>파일.jsonl (한 줄에 기록 하나; 표준 입력은 -), 파일.csv 또는 파일.xlsx</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>Imported {cases}, {aid} and {testimonies}.</source>
        <translation>{cases}, {aid}, {testimonies}을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>No record with the id or code {text}.</source>
        <translation>ID 또는 코드가 {text}인 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Not confirmed; nothing was written.</source>
        <translation>확인하지 않았으므로 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>RECORD</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>SHA-256 of the file as given: {sha}</source>
        <translation>받은 그대로의 파일 SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>Standard input cannot carry both the passphrase and the records.</source>
        <translation>표준 입력으로 암호 문구와 기록을 함께 넘길 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>The file will hold legal names, birth dates, phone numbers and addresses, unencrypted. Continue? [y/N]</source>
        <translation>파일에 실명, 생년월일, 전화번호, 주소가 암호화되지 않은 채 들어갑니다. 계속할까요? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Warning: {path} will not be encrypted. Anyone who gets the file can read it; keep it safe and delete it when it is no longer needed.</source>
        <translation>주의: {path} 파일은 암호화되지 않습니다. 파일을 손에 넣은 누구나 읽을 수 있으니 안전하게 보관하고, 더 필요 없으면 지우세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>aid category, e.g. food</source>
        <translation>지원 분류 (예: food)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>also write legal names, birth dates, phones and addresses (asks to confirm)</source>
        <translation>실명, 생년월일, 전화번호, 주소도 씁니다(확인을 묻습니다)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>attach files to a record (metadata removed from photos; see the README)</source>
        <translation>기록에 파일을 첨부합니다 (사진의 메타데이터는 지움, README 참조)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>case situation, e.g. in_hiding_china</source>
        <translation>사례의 현재 상황 (예: in_hiding_china)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <location filename="../../intake_app/cli/report.py"/>
        <source>confirm without asking</source>
        <translation>묻지 않고 확인합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>consent in force, e.g. un_mechanisms</source>
        <translation>유효한 동의 (예: un_mechanisms)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>count the records in the vault</source>
        <translation>보관함의 기록 수 세기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>import records from a JSON Lines file or a spreadsheet, all or nothing</source>
        <translation>JSON Lines 파일이나 스프레드시트에서 기록을 가져옵니다 (전부 또는 하나도 없이)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>import, count and search records</source>
        <translation>기록 가져오기, 세기, 검색</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>information credibility c1-c6 (1-6 scale), e.g. c2</source>
        <translation>정보 신빙성 c1-c6 (1-6 척도), 예: c2</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>keep place, time and camera data</source>
        <translation>장소, 시간, 카메라 정보를 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>province key, e.g. north_hamgyong or jilin</source>
        <translation>도(성) 키 (예: north_hamgyong, jilin)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>search the records (full text and filters)</source>
        <translation>기록 검색 (전문 검색과 필터)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>source reliability a-f (A-F scale), e.g. b</source>
        <translation>출처 신뢰도 a-f (A-F 척도), 예: b</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: a saved mapping of columns and values (as printed by an import)</source>
        <translation>스프레드시트: 저장해 둔 열과 값의 대응표 (가져오기 때 출력된 것)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: check every row and show a preview; write nothing</source>
        <translation>스프레드시트: 모든 행을 검사하고 미리 보기를 보여 줍니다. 아무것도 저장하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>spreadsheets: the kind of records of a sheet that does not say</source>
        <translation>스프레드시트: 시트가 밝히지 않을 때의 기록 종류</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>the files show a face or a document</source>
        <translation>파일에 얼굴이나 문서가 보입니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>the id of the record, or a case code</source>
        <translation>기록 ID 또는 사례 코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>violation type, e.g. torture</source>
        <translation>인권 침해 유형 (예: torture)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>words to find (all must match)</source>
        <translation>찾을 단어 (모두 일치해야 함)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>write the records that match the filters to a spreadsheet or JSON Lines</source>
        <translation>조건에 맞는 기록을 스프레드시트나 JSON Lines 파일로 씁니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} other record</source>
        <extracomment>{n} other records</extracomment>
        <translation>
            <numerusform>다른 기록 {n}건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} record found.</source>
        <extracomment>{n} records found.</extracomment>
        <translation>
            <numerusform>기록 {n}건을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/records.py"/>
        <source>{n} record written to {path}.</source>
        <extracomment>{n} records written to {path}.</extracomment>
        <translation>
            <numerusform>기록 {n}건을 {path}에 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/records.py"/>
        <source>{summary} ({by_type})</source>
        <translation>{summary} ({by_type})</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>--identify {id} names a testimony that is not in the case file.</source>
        <translation>--identify {id}는 사건 파일에 없는 증언입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Case file written to {path}.</source>
        <translation>사건 파일을 {path}에 썼습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>DIMENSIONS</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>FILE.docx</source>
        <translation>파일.docx</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>FILE.pdf</source>
        <translation>파일.pdf</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>Print the identifying details (legal name, birth date, phone, address) of the witness of {id}, marked confidential? [y/N]</source>
        <translation>{id} 증언자의 신원 정보(실명, 생년월일, 전화번호, 주소)를 &apos;기밀&apos; 표시와 함께 인쇄할까요? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>REPORT</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>TESTIMONY_ID</source>
        <translation>증언_ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>The file name must end in {suffix}.</source>
        <translation>파일 이름은 {suffix}(으)로 끝나야 합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/report.py"/>
        <source>UPR draft written to {path}: about {n} page.</source>
        <extracomment>UPR draft written to {path}: about {n} pages.</extracomment>
        <translation>
            <numerusform>UPR 초안을 {path}에 썼습니다: 약 {n}쪽.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>also print the identifying details of this testimony&apos;s witness (asks to confirm)</source>
        <translation>이 증언자의 신원 정보도 인쇄합니다(확인을 묻습니다)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>case file for a UN mechanism (.pdf)</source>
        <translation>유엔 메커니즘에 보낼 사건 파일(.pdf)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>cells with fewer people are hidden (default 5, at least 3)</source>
        <translation>이보다 적은 사람 수의 칸은 숨깁니다(기본 5, 최소 3)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>counts by theme, year and more, small cells hidden</source>
        <translation>주제, 연도 등으로 센 통계(작은 칸은 숨김)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>draft of a Universal Periodic Review submission (.docx)</source>
        <translation>보편적 정례 인권 검토(UPR) 제출문 초안(.docx)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>quote this testimony (its UN-mechanisms or named-publication consent must be in force)</source>
        <translation>이 증언을 인용합니다(유엔 메커니즘 또는 실명 공개 동의가 유효해야 함)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>statistics, UPR submission drafts and case files (headquarters)</source>
        <translation>통계, UPR 제출문 초안, 사건 파일(본부)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/report.py"/>
        <source>what to count by, comma-separated: theme, violation, year, province, sex, age_band, perpetrator, place_kind, situation; or for aid: category, month, province, currency</source>
        <translation>무엇으로 셀지 쉼표로 구분: theme, violation, year, province, sex, age_band, perpetrator, place_kind, situation; 지원은 category, month, province, currency</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Panic key: locks and destroys the vault&apos;s keys (nothing can open it afterwards).</source>
        <translation>비상 키: 잠그고 보관함의 열쇠를 없앱니다 (그 뒤로는 아무도 열 수 없습니다).</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Panic key: locks.</source>
        <translation>비상 키: 잠급니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>VALUE</source>
        <translation>값</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Wipe after failed unlocks: after {n} wrong passphrase in a row, the vault is destroyed.</source>
        <extracomment>Wipe after failed unlocks: after {n} wrong passphrases in a row, the vault is destroyed.</extracomment>
        <translation>
            <numerusform>잠금 해제 실패 시 삭제: 암호 문구를 연속 {n}번 틀리면 보관함을 없앱니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>Wipe after failed unlocks: off.</source>
        <translation>잠금 해제 실패 시 삭제: 꺼짐.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>change a setting: wipe-after N|off, panic lock|destroy</source>
        <translation>설정 바꾸기: wipe-after N|off, panic lock|destroy</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>panic takes lock or destroy; nothing was changed.</source>
        <translation>panic 에는 lock 또는 destroy 만 쓸 수 있습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>protections: wipe after failed unlocks, panic action</source>
        <translation>보호 설정: 잠금 해제 실패 시 삭제, 비상 키 동작</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>show the protections</source>
        <translation>보호 설정 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/settings.py"/>
        <source>wipe-after takes a number from {low} to {high}, or off; nothing was changed.</source>
        <translation>wipe-after 에는 {low}부터 {high}까지의 숫자나 off 를 쓰세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Delete {path} now? [y/N]</source>
        <translation>지금 {path}을(를) 삭제할까요? [y/N]</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Dry run: every row can be imported; nothing was written.</source>
        <translation>시험 실행: 모든 행을 가져올 수 있습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Identifying columns (they name or locate a person): {columns}</source>
        <translation>신원 정보 열 (사람의 이름이나 위치를 알려 줌): {columns}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Mapping used (save it as a .json file to reuse it with --mapping):</source>
        <translation>사용한 대응표 (.json 파일로 저장하면 --mapping으로 다시 쓸 수 있습니다):</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Read as {encoding} text.</source>
        <translation>{encoding} 문자로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>Row {n} ({type}): {fields}</source>
        <translation>{n}행 ({type}): {fields}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The mapping file is not UTF-8 text.</source>
        <translation>대응표 파일이 UTF-8 문자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The mapping file is too large.</source>
        <translation>대응표 파일이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>The spreadsheet was deleted.</source>
        <translation>스프레드시트를 삭제했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/spreadsheet.py"/>
        <source>{n} problem; nothing was written.</source>
        <extracomment>{n} problems; nothing was written.</extracomment>
        <translation>
            <numerusform>문제 {n}건. 아무것도 저장하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>Checklist:</source>
        <translation>점검 목록:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last bundle imported:</source>
        <translation>마지막으로 가져온 기록 꾸러미:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last bundle sent:</source>
        <translation>마지막으로 보낸 기록 꾸러미:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last receipt imported:</source>
        <translation>마지막으로 가져온 수신 확인서:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Last verified backup:</source>
        <translation>마지막 검증된 백업:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>Needs attention:</source>
        <translation>확인이 필요한 일:</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>print stable keys and counts as JSON</source>
        <translation>고정된 키와 개수를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/status.py"/>
        <source>what to do next and what needs attention (the Home page)</source>
        <translation>다음에 할 일과 확인이 필요한 일 (홈 화면)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>{n} approved device</source>
        <extracomment>{n} approved devices</extracomment>
        <translation>
            <numerusform>승인된 기기 {n}대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/status.py"/>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>{n} open conflict</source>
        <extracomment>{n} open conflicts</extracomment>
        <translation>
            <numerusform>미해결 충돌 {n}건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Conflict {id} resolved: record {record} now shows version {version}.</source>
        <translation>충돌 {id}을(를) 해결했습니다. 기록 {record}은(는) 이제 버전 {version}을(를) 표시합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Delete the {n} record above, delivered before {date}, from this laptop, with its attachments? Identifying details that never left it are lost with it. [y/N]</source>
        <extracomment>Delete the {n} records above, delivered before {date}, from this laptop, with their attachments? Identifying details that never left it are lost with them. [y/N]</extracomment>
        <translation>
            <numerusform>위의 기록 {n}개({date} 이전에 전달됨)를 첨부 파일과 함께 이 노트북에서 삭제할까요? 노트북 밖으로 나간 적 없는 신원 식별 정보도 함께 사라집니다. [y/N]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: import bundle files (one line per file; exit code 1 if any was refused)</source>
        <translation>본부: 기록 꾸러미 파일 가져오기 (파일마다 한 줄, 하나라도 거부되면 종료 코드 1)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: merge conflicts waiting for review</source>
        <translation>본부: 검토를 기다리는 병합 충돌</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>HQ: write a receipt of every bundle imported from a device</source>
        <translation>본부: 한 기기에서 가져온 모든 기록 꾸러미의 수신 확인서 작성</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>No delivered record is old enough to purge.</source>
        <translation>삭제할 만큼 오래된 전달 완료 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Nothing was deleted.</source>
        <translation>아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>Receipt written to {path}.</source>
        <translation>수신 확인서를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>also list resolved conflicts</source>
        <translation>해결된 충돌도 표시</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>delete delivered records (the only kind of purge there is; required, to be explicit)</source>
        <translation>전달 완료된 기록 삭제 (유일한 삭제 방식이며, 명시적으로 지정해야 함)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>do not ask for confirmation</source>
        <translation>확인을 묻지 않음</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>export every record, not only what changed since headquarters&apos; last receipt</source>
        <translation>본부의 마지막 수령 확인 이후 변경된 것만이 아니라 모든 기록을 내보내기</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: check a receipt from headquarters and mark those records delivered</source>
        <translation>현장: 본부의 수신 확인서를 검증하고 해당 기록을 전달 완료로 표시</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: delete records headquarters confirmed, after the profile&apos;s delay</source>
        <translation>현장: 본부가 확인한 기록을 본부 설정 파일에 정해진 기간이 지난 뒤 삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>field: write what changed as an encrypted bundle for headquarters</source>
        <translation>현장: 변경된 내용을 본부로 보낼 암호화된 기록 꾸러미로 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>folder to write the bundle into (a USB stick, a folder to attach from)</source>
        <translation>기록 꾸러미를 저장할 폴더 (USB 메모리, 또는 첨부해 보낼 폴더)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>keep one version of a conflict as the record&apos;s head</source>
        <translation>충돌한 두 버전 중 하나를 기록의 현재 버전으로 유지</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>kept: {version}</source>
        <translation>유지됨: {version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>list open conflicts (id, record, the two versions, the one shown)</source>
        <translation>미해결 충돌 목록 (번호, 기록, 두 버전, 현재 표시되는 버전)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>shown: {version}</source>
        <translation>표시 중: {version}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>signed receipts of imported bundles</source>
        <translation>가져온 기록 꾸러미에 대한 서명된 수신 확인서</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/sync.py"/>
        <source>the version to keep, as `conflicts list` shows it (DEVICE:COUNTER)</source>
        <translation>유지할 버전 (`conflicts list`에 표시되는 형식: 기기:카운터)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>{n} attachment marked identifying stayed on this laptop, as the deployment profile requires.</source>
        <extracomment>{n} attachments marked identifying stayed on this laptop, as the deployment profile requires.</extracomment>
        <translation>
            <numerusform>신원 식별 정보로 표시된 첨부 파일 {n}개는 본부 설정 파일에 따라 이 노트북에 남겨 두었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>{n} conflict.</source>
        <extracomment>{n} conflicts.</extracomment>
        <translation>
            <numerusform>충돌 {n}건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/cli/sync.py"/>
        <source>{n} other delivered record stays (changed since it was sent, too recent, or needed by a record that stays).</source>
        <extracomment>{n} other delivered records stay (changed since they were sent, too recent, or needed by a record that stays).</extracomment>
        <translation>
            <numerusform>전달된 다른 기록 {n}개는 남습니다 (보낸 뒤 바뀌었거나, 너무 최근이거나, 남는 기록이 참조하고 있음).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>A new {role} vault was created in {path}.</source>
        <translation>{path}에 새 {role} 보관함을 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Anyone with this key can open the vault. Without it, a forgotten passphrase means the data is lost.</source>
        <translation>이 키가 있으면 누구나 보관함을 열 수 있습니다. 키가 없는데 암호 문구를 잊어버리면 데이터를 되찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Audit chain: {state} ({n} entries)</source>
        <translation>감사 체인: {state} (항목 {n}개)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Database structure: {state}</source>
        <translation>데이터베이스 구조: {state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Encryption (page authentication): {state}</source>
        <translation>암호화 (페이지 인증): {state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>FAILED</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Recovery key (shown once; write it down and keep it apart from this laptop):</source>
        <translation>복구 키 (한 번만 표시됩니다. 적어 두고 이 노트북과 떨어진 곳에 보관하세요):</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>Search index: {state}</source>
        <translation>검색 색인: {state}</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>The passphrase was changed.</source>
        <translation>암호 문구를 변경했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>change the passphrase</source>
        <translation>암호 문구 변경</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>check the vault: encryption, structure, search index, audit chain</source>
        <translation>보관함 점검: 암호화, 구조, 검색 색인, 감사 체인</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>create a new vault and print its recovery key once</source>
        <translation>새 보관함을 만들고 복구 키를 한 번 출력</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>field: a worker&apos;s laptop; hq: headquarters (default: field)</source>
        <translation>field: 활동가의 노트북, hq: 본부 (기본값: field)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>make a new recovery key; the old one stops working</source>
        <translation>새 복구 키 만들기 (이전 키는 더 이상 쓸 수 없음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>read the new passphrase from PATH (- for standard input)</source>
        <translation>경로에서 새 암호 문구를 읽음 (-는 표준 입력)</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>replace the recovery key</source>
        <translation>복구 키 교체</translation>
    </message>
    <message>
        <location filename="../../intake_app/cli/vault_commands.py"/>
        <source>set a new passphrase (unlock with the old one or the recovery key)</source>
        <translation>새 암호 문구 설정 (이전 암호 문구나 복구 키로 잠금 해제)</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/age_keys.py"/>
        <source>This is not an age X25519 secret key.</source>
        <translation>age X25519 비밀 키가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/age_keys.py"/>
        <source>“{text}” is not an age X25519 recipient (age1…).</source>
        <translation>“{text}”은(는) age X25519 수신자 키(age1…)가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are not plausible; the key file may be damaged.</source>
        <translation>키 유도 설정이 비정상적입니다. 키 파일이 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are not valid.</source>
        <translation>키 유도 설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/kdf.py"/>
        <source>The key derivation settings are too weak: at least {n} MiB of memory is required.</source>
        <translation>키 유도 설정이 너무 약합니다. 메모리가 {n} MiB 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Contains a name or word linked to you or your organisation. Do not use personal information.</source>
        <translation>본인이나 소속 단체와 관련된 이름이나 단어가 들어 있습니다. 개인 정보는 쓰지 마세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Dates and years are easy to guess. Leave them out or add several unrelated words.</source>
        <translation>날짜와 연도는 추측하기 쉽습니다. 빼거나 관련 없는 단어를 여러 개 더 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Keyboard patterns like “qwerty” are easy to guess. Use unrelated words instead.</source>
        <translation>“qwerty” 같은 자판 배열은 추측하기 쉽습니다. 대신 서로 관련 없는 단어를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Made of common words or well-known passwords. Add more unrelated, less common words.</source>
        <translation>흔한 단어나 널리 알려진 비밀번호로 되어 있습니다. 서로 관련 없고 흔하지 않은 단어를 더 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Repeated characters or words are easy to guess. Use different, unrelated words.</source>
        <translation>반복되는 문자나 단어는 추측하기 쉽습니다. 서로 다르고 관련 없는 단어를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Sequences like “abcd” or “1234” are easy to guess. Use unrelated words instead.</source>
        <translation>“abcd”나 “1234” 같은 연속된 문자는 추측하기 쉽습니다. 대신 서로 관련 없는 단어를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Too easy to guess. Add more unrelated words; a short sentence only you would think of works well.</source>
        <translation>추측하기 너무 쉽습니다. 관련 없는 단어를 더 넣으세요. 나만 떠올릴 수 있는 짧은 문장도 좋습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/passphrase_policy.py"/>
        <source>Too short: use at least {n} characters. A few unrelated words make a strong passphrase.</source>
        <translation>너무 짧습니다. {n}자 이상으로 하세요. 서로 관련 없는 단어 몇 개를 이으면 강력한 암호 문구가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key contains a character that is not in a recovery key: {c}</source>
        <translation>복구 키에 쓰이지 않는 문자가 들어 있습니다: {c}</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key has a typo: its checksum does not match. Check each group.</source>
        <translation>복구 키에 오타가 있습니다(체크섬 불일치). 각 묶음을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/recovery.py"/>
        <source>The recovery key has {n} characters; it should have 32.</source>
        <translation>복구 키가 {n}자입니다. 32자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} carries a signature made for another purpose.</source>
        <translation>{what}에 다른 용도로 만든 서명이 붙어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>{what} does not have the expected form (at {where}).</source>
        <translation>{what}의 형식이 올바르지 않습니다 (위치: {where}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is nested too deeply.</source>
        <translation>{what}의 중첩이 너무 깊습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is not valid JSON.</source>
        <translation>{what}은(는) 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signed_json.py"/>
        <source>{what} is too large ({size} bytes; at most {limit}).</source>
        <translation>{what}이(가) 너무 큽니다 ({size}바이트, 최대 {limit}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>A signature comment must be one line of at most {n} bytes.</source>
        <translation>서명 주석은 {n}바이트 이하의 한 줄이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature does not match the data: it was altered or is not genuine.</source>
        <translation>서명이 데이터와 일치하지 않습니다. 변조되었거나 진짜가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature is malformed.</source>
        <translation>서명 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature is too large.</source>
        <translation>서명이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature uses an unknown algorithm.</source>
        <translation>서명에 알 수 없는 알고리즘이 쓰였습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature uses minisign&apos;s legacy mode, which is not accepted.</source>
        <translation>서명이 minisign의 레거시 모드로 되어 있어 받아들일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature was made by another key (key id {found}, expected {expected}).</source>
        <translation>다른 키로 만든 서명입니다 (키 ID {found}, 예상 값 {expected}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature&apos;s trusted comment is too long.</source>
        <translation>서명의 신뢰 주석이 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>서명의 신뢰 주석이 변조되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a minisign public key file.</source>
        <translation>minisign 공개 키 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a valid signing public key.</source>
        <translation>올바른 서명 공개 키가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/crypto/signing.py"/>
        <source>This is not a valid signing secret key.</source>
        <translation>올바른 서명 비밀 키가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/demo.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>a record must be a JSON object</source>
        <translation>기록은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>a required field is missing ({detail})</source>
        <translation>필수 항목이 없습니다 ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>an entry is repeated</source>
        <translation>중복된 항목이 있습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>consents/{i}: withdrawn before it was given</source>
        <translation>consents/{i}: 동의한 날짜보다 철회 날짜가 앞섭니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>data: a deleted record keeps no content</source>
        <translation>data: 삭제된 기록에는 내용이 없어야 합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>incidents/{i}/date: the date does not match its precision</source>
        <translation>incidents/{i}/date: 날짜가 지정한 정밀도와 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>incidents/{i}/place: unknown province</source>
        <translation>incidents/{i}/place: 알 수 없는 도(성)입니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>must be greater than zero</source>
        <translation>0보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>must not be empty</source>
        <translation>비워 둘 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>needs at least one entry</source>
        <translation>항목이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a valid date</source>
        <translation>올바른 날짜가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a valid value</source>
        <translation>올바른 값이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not a value of the list “{detail}”</source>
        <translation>“{detail}” 목록에 없는 값입니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not one of the allowed values</source>
        <translation>허용된 값 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not the allowed value</source>
        <translation>허용된 값이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>not valid</source>
        <translation>올바르지 않습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too large</source>
        <translation>너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too long</source>
        <translation>너무 깁니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too many entries</source>
        <translation>항목이 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>too small</source>
        <translation>너무 작습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>unknown field ({detail})</source>
        <translation>알 수 없는 항목 ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>wrong format</source>
        <translation>형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/validation.py"/>
        <source>wrong kind of value</source>
        <translation>값의 종류가 잘못되었습니다</translation>
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
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/fileutil.py"/>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>{path} already exists; choose another name (nothing was written).</source>
        <translation>{path}이(가) 이미 있습니다. 다른 이름을 고르세요 (아무것도 저장하지 않았습니다).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Both sides of conflict {id} carry version {version} (a copied device?): keep &quot;a&quot; or &quot;b&quot;.</source>
        <translation>충돌 {id}의 양쪽 모두 버전 {version}입니다 (복제된 기기일 수 있음). &quot;a&quot; 또는 &quot;b&quot;로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Conflict {id} was already resolved (kept {version}).</source>
        <translation>충돌 {id}은(는) 이미 해결되었습니다 (유지한 버전: {version}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>The content of this attachment version is no longer at headquarters; keep the other version.</source>
        <translation>이 첨부 파일 버전의 내용이 더 이상 본부에 없습니다. 다른 버전을 유지하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>There is no conflict {id}.</source>
        <translation>충돌 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/conflicts.py"/>
        <source>Version {version} is not one of conflict {id}&apos;s: {a} or {b}.</source>
        <translation>버전 {version}은(는) 충돌 {id}의 버전({a} 또는 {b})이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/credibility.py"/>
        <source>“{value}” is not a grade of this scale (allowed: {allowed}).</source>
        <translation>“{value}”은(는) 이 척도의 등급이 아닙니다 (가능한 값: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Bundles naming device {device} came signed by more than one key: approve it from its enrollment request file instead of by id.</source>
        <translation>기기 {device}을(를) 내세운 기록 꾸러미들이 둘 이상의 키로 서명되어 있었습니다. ID 대신 등록 요청 파일로 승인하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device id {device} is the id of this headquarters itself; this request was refused. It can only come from a copy of this vault or a forgery.</source>
        <translation>기기 ID {device}는 이 본부 자체의 ID입니다. 이 요청은 거부되었습니다. 이 보관함의 복사본이나 위조에서만 나올 수 있는 요청입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} approved (key {fingerprint}).</source>
        <translation>기기 {device}을(를) 승인했습니다 (키 {fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} is already approved with another key; this request was refused. If the device was reinstalled, revoke the old entry: the new vault has a new device id.</source>
        <translation>기기 {device}은(는) 이미 다른 키로 승인되어 있어 이 요청을 거부했습니다. 기기를 다시 설치했다면 이전 항목을 폐기하세요. 새 보관함에는 새 기기 ID가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} revoked: no bundle of it will be imported again (compromised since {since}).</source>
        <translation>기기 {device}을(를) 폐기했습니다. 이 기기의 기록 꾸러미는 다시는 가져오지 않습니다 ({since}부터 유출되었을 수 있음).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was already approved with this key; nothing changed.</source>
        <translation>기기 {device}은(는) 이미 이 키로 승인되어 있습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was already revoked (compromised since {since}).</source>
        <translation>기기 {device}은(는) 이미 폐기되었습니다 ({since}부터 유출되었을 수 있음).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>Device {device} was revoked and cannot be approved again; the field laptop needs a new vault.</source>
        <translation>기기 {device}은(는) 폐기되었으므로 다시 승인할 수 없습니다. 현장 노트북에 새 보관함을 만들어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>No device {device} is known here: approve it from its enrollment request file.</source>
        <translation>이곳에는 기기 {device}에 대한 정보가 없습니다. 등록 요청 파일로 승인하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The device label may have at most {n} characters.</source>
        <translation>기기 레이블은 최대 {n}자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The enrollment request</source>
        <translation>등록 요청</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>The revocation date cannot be in the future.</source>
        <translation>폐기 기준일은 미래의 날짜일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>pending</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>revoked</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>“{date}” is not a date of the form YYYY-MM-DD.</source>
        <translation>“{date}”은(는) YYYY-MM-DD 형식의 날짜가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/devices.py"/>
        <source>“{id}” is not a device id.</source>
        <translation>“{id}”은(는) 기기 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>Name at least two incidents to link into one event.</source>
        <translation>하나로 묶으려면 사건을 두 개 이상 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>No incident with the id {id}.</source>
        <translation>ID가 {id}인 사건이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/events.py"/>
        <source>{id} is neither an event nor an incident linked to one.</source>
        <translation>{id}은(는) 묶음 사건도 아니고, 묶음에 속한 사건도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <location filename="../../intake_app/vault/records.py"/>
        <source>No such record.</source>
        <translation>해당 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>Record {id} has no version {version} at headquarters.</source>
        <translation>본부에는 기록 {id}의 버전 {version}이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>The content of this attachment version is no longer at headquarters.</source>
        <translation>이 첨부 파일 버전의 내용은 더 이상 본부에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>conflict resolved: kept {version}</source>
        <translation>충돌 해결: {version} 유지</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>edited at headquarters</source>
        <translation>본부에서 수정함</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>held before headquarters kept every version</source>
        <translation>본부가 모든 버전을 보관하기 전부터 있던 것</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/history.py"/>
        <source>restored version {version}</source>
        <translation>버전 {version} 복원</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>A case cannot be linked to itself.</source>
        <translation>사례를 자기 자신과 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Confirmed: {a} and {b} are counted as one person.</source>
        <translation>확인됨: {a}와(과) {b}을(를) 한 사람으로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>No case with the id or code {text}.</source>
        <translation>ID 또는 코드가 {text}인 사례가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Nothing changed: {a} and {b} were already decided so.</source>
        <translation>바뀐 것이 없습니다: {a}와(과) {b}은(는) 이미 그렇게 결정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>Rejected: {a} and {b} are different people and will not be proposed again.</source>
        <translation>거절됨: {a}와(과) {b}은(는) 다른 사람이며, 다시 제안되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same name and birth date</source>
        <translation>이름과 생년월일이 같음</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same name and birth year</source>
        <translation>이름과 출생 연도가 같음</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same phone number</source>
        <translation>전화번호가 같음</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/identity.py"/>
        <source>same sex, province and birth year (within one), from different workers</source>
        <translation>성별, 도, 출생 연도(1년 차이 이내)가 같고, 서로 다른 활동가가 등록함</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/importer.py"/>
        <source>quarantined bundle {id}</source>
        <translation>격리된 기록 꾸러미 {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Choose between 2 and {max} shares, and how many of them are needed (at least 2, at most all of them).</source>
        <translation>조각 수는 2~{max}개 사이로 정하고, 복원에 필요한 조각 수도 정하세요 (최소 2개, 최대 전체 개수).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Enter the shares first.</source>
        <translation>먼저 조각을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Keys restored: {added} Key fingerprint: {words}.</source>
        <translation>키를 복원했습니다: {added} 키 확인 단어: {words}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Share {n} belongs to a different backup than share 1.</source>
        <translation>{n}번 조각은 1번 조각과 다른 백업의 조각입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>Share {n} is not valid: a word is misspelled, missing or in the wrong place. Check it against the paper.</source>
        <translation>{n}번 조각이 올바르지 않습니다. 철자가 틀렸거나, 빠졌거나, 자리가 잘못된 단어가 있습니다. 종이에 적어 둔 것과 대조해 보세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>The same share was entered twice.</source>
        <translation>같은 조각이 두 번 입력되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>These shares do not fit together; check each of them against the paper.</source>
        <translation>이 조각들은 서로 맞지 않습니다. 각 조각을 종이에 적어 둔 것과 대조해 보세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>These shares do not hold a Field Intake key backup.</source>
        <translation>이 조각들에는 Field Intake 키 백업이 들어 있지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>This backup needs {needed} shares; only {n} was entered. Nothing was restored.</source>
        <extracomment>This backup needs {needed} shares; only {n} were entered. Nothing was restored.</extracomment>
        <translation>
            <numerusform>이 백업을 복원하려면 조각 {needed}개가 필요하지만 {n}개만 입력되었습니다. 아무것도 복원하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/key_backup.py"/>
        <source>{n} decryption key added.</source>
        <extracomment>{n} decryption keys added.</extracomment>
        <translation>
            <numerusform>복호화 키 {n}개를 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>already held</source>
        <translation>이미 보관 중</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>kept (headquarters holds a newer version)</source>
        <translation>유지됨 (본부에 더 새 버전이 있음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>new</source>
        <translation>새 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/merge.py"/>
        <source>updated</source>
        <translation>갱신됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Approve each field laptop from its enrollment request</source>
        <translation>현장 노트북마다 등록 요청 파일로 승인하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Back up the keys as shares on paper, kept by different people</source>
        <translation>키를 종이 조각으로 나누어 백업하고, 여러 사람이 나누어 보관하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Back up the whole vault to a removable drive</source>
        <translation>보관함 전체를 이동식 드라이브에 백업하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Create the headquarters keys (or restore them from backup shares)</source>
        <translation>본부 키 만들기 (또는 백업 조각으로 복원하기)</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the bundles field workers send</source>
        <translation>현장 활동가가 보낸 기록 꾸러미 가져오기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the deployment profile from headquarters and compare its fingerprint words with them</source>
        <translation>본부 설정 파일을 가져오고, 확인 단어를 본부와 맞춰 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Import the receipt headquarters sends back for each bundle</source>
        <translation>기록 꾸러미마다 본부가 보내 주는 수신 확인서 가져오기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Issue the deployment profile and give it to each field worker</source>
        <translation>본부 설정 파일을 발급해 현장 활동가 한 사람 한 사람에게 전달하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Record the people you help, the aid they receive and their testimonies</source>
        <translation>돕는 사람들, 그들이 받은 지원, 그들의 증언을 기록하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Register this laptop: write the enrollment request and give it to headquarters</source>
        <translation>이 노트북 등록하기: 등록 요청 파일을 만들어 본부에 전달</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>Send what changed to headquarters as a bundle (USB stick or e-mail)</source>
        <translation>바뀐 내용을 기록 꾸러미로 본부에 보내기 (USB 메모리나 이메일)</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The headquarters keys are not backed up: if this computer is lost, everything sent to headquarters is lost with it.</source>
        <translation>본부 키가 백업되어 있지 않습니다. 이 컴퓨터를 잃어버리면 본부로 보낸 모든 것도 함께 잃게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The keys changed after the profile was issued: issue a new profile for the field laptops.</source>
        <translation>본부 설정 파일을 발급한 뒤에 키가 바뀌었습니다. 현장 노트북을 위해 새 본부 설정 파일을 발급하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>The last verified backup is {n} day old.</source>
        <extracomment>The last verified backup is {n} days old.</extracomment>
        <translation>
            <numerusform>마지막 검증된 백업은 {n}일 전의 것입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/overview.py"/>
        <source>There is no verified backup of this vault yet.</source>
        <translation>이 보관함의 검증된 백업이 아직 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} bundle is waiting in quarantine until its device is approved.</source>
        <extracomment>{n} bundles are waiting in quarantine until their devices are approved.</extracomment>
        <translation>
            <numerusform>기록 꾸러미 {n}개가 기기 승인을 기다리며 격리되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} change is not at headquarters yet: send a bundle.</source>
        <extracomment>{n} changes are not at headquarters yet: send a bundle.</extracomment>
        <translation>
            <numerusform>변경 {n}건이 아직 본부에 가지 않았습니다. 기록 꾸러미를 보내세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} conflict is waiting for review.</source>
        <extracomment>{n} conflicts are waiting for review.</extracomment>
        <translation>
            <numerusform>충돌 {n}건이 검토를 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/overview.py"/>
        <source>{n} device is waiting for approval.</source>
        <extracomment>{n} devices are waiting for approval.</extracomment>
        <translation>
            <numerusform>기기 {n}대가 승인을 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>A quarantine limit must be a whole number of at least 0.</source>
        <translation>격리 한도는 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} MiB may wait; this bundle has {size} MiB</source>
        <translation>최대 {n} MiB까지 대기할 수 있는데 이 기록 꾸러미는 {size} MiB입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} bundle may wait</source>
        <extracomment>at most {n} bundles may wait</extracomment>
        <translation>
            <numerusform>최대 {n}개의 기록 꾸러미까지 대기할 수 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/quarantine.py"/>
        <source>at most {n} device may wait for approval</source>
        <extracomment>at most {n} devices may wait for approval</extracomment>
        <translation>
            <numerusform>최대 {n}대의 기기까지 승인을 기다릴 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/quarantine.py"/>
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: an earlier bundle of this device never arrived.</source>
        <translation>주의: 이 기기의 이전 기록 꾸러미 중 도착하지 않은 것이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: it does not follow the bundle imported before it (a restored or copied device?).</source>
        <translation>주의: 앞서 가져온 기록 꾸러미와 이어지지 않습니다 (복원되었거나 복제된 기기일 수 있음).</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>Flagged: the device&apos;s activity log was cut short or rewritten since its previous bundle.</source>
        <translation>표시됨: 이전 기록 꾸러미 이후 이 기기의 활동 기록이 잘리거나 다시 쓰였습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>It arrived after a later bundle of this device; its versions were added to the history, and no record went back to them.</source>
        <translation>이 기기의 더 나중 기록 꾸러미보다 늦게 도착했습니다. 그 버전들은 이력에 추가되었고, 어떤 기록도 그 버전으로 되돌아가지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>already imported</source>
        <translation>이미 가져옴</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>quarantined</source>
        <translation>격리됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: already imported (bundle {sequence} of device {device}); nothing changed.</source>
        <translation>{file}: 이미 가져왔습니다 (기기 {device}의 {sequence}번 기록 꾸러미). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: imported bundle {sequence} of device {device}: {records} ({changes}), {attachments}.</source>
        <translation>{file}: 기기 {device}의 {sequence}번 기록 꾸러미를 가져왔습니다: {records} ({changes}), {attachments}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: quarantined: device {device} is not approved yet; the bundle will be imported when it is.</source>
        <translation>{file}: 격리됨: 기기 {device}이(가) 아직 승인되지 않았습니다. 승인되면 기록 꾸러미를 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/hq/results.py"/>
        <source>{file}: refused: {reason}</source>
        <translation>{file}: 거부됨: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/sync/export.py"/>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} attachment</source>
        <extracomment>{n} attachments</extracomment>
        <translation>
            <numerusform>첨부 파일 {n}개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} conflict</source>
        <extracomment>{n} conflicts</extracomment>
        <translation>
            <numerusform>충돌 {n}건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} new</source>
        <extracomment>{n} new</extracomment>
        <translation>
            <numerusform>새 기록 {n}건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <location filename="../../intake_app/sync/export.py"/>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} record</source>
        <extracomment>{n} records</extracomment>
        <translation>
            <numerusform>기록 {n}건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/hq/results.py"/>
        <source>{n} updated</source>
        <extracomment>{n} updated</extracomment>
        <translation>
            <numerusform>갱신 {n}건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The JPEG image is damaged; it was not imported.</source>
        <translation>JPEG 이미지가 손상되어 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The PNG image is damaged; it was not imported.</source>
        <translation>PNG 이미지가 손상되어 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/media/metadata.py"/>
        <source>The image file is damaged or not really an image.</source>
        <translation>이미지 파일이 손상되었거나 이미지가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>(current)</source>
        <translation>(현재)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Attachment SHA-256</source>
        <translation>첨부 파일 SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Audit chain position</source>
        <translation>감사 기록 순번</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Bundle SHA-256</source>
        <translation>기록 꾸러미 SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Bundle id</source>
        <translation>기록 꾸러미 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL</source>
        <translation>기밀</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL - identifying details</source>
        <translation>기밀 - 신원 정보</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>CONFIDENTIAL: this file holds identifying details of people at risk. Share it only with the mechanism it is meant for.</source>
        <translation>기밀: 이 파일에는 위험에 처한 사람들의 신원 정보가 들어 있습니다. 대상 메커니즘에만 전달하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/dataset.py"/>
        <location filename="../../intake_app/reports/records_export.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Cancelled; nothing was written.</source>
        <translation>취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Case code</source>
        <translation>사례 코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Case file for a United Nations human rights mechanism</source>
        <translation>유엔 인권 메커니즘에 보내는 사건 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Choose at least one testimony for the case file.</source>
        <translation>사건 파일에 넣을 증언을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Contents</source>
        <translation>차례</translation>
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
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Device key fingerprint</source>
        <translation>기기 키 확인 코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Imported at</source>
        <translation>가져온 시각</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Incident {n}</source>
        <translation>사건 {n}</translation>
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
        <translation>면담일</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Interviews</source>
        <translation>면담 날짜</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Narrative</source>
        <translation>진술</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>No Korean, Japanese and Chinese font was found, so the case file cannot be printed. Install the Noto CJK fonts (Debian: fonts-noto-cjk).</source>
        <translation>한국어·일본어·중국어 글꼴이 없어 사건 파일을 인쇄할 수 없습니다. Noto CJK 글꼴을 설치하세요(Debian: fonts-noto-cjk).</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Origin device</source>
        <translation>작성한 기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Page {n} of {total}</source>
        <translation>{total}쪽 중 {n}쪽</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Perpetrator</source>
        <translation>가해자</translation>
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
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Prepared by</source>
        <translation>작성 기관</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Prepared on</source>
        <translation>작성일</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Provenance</source>
        <translation>출처 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Record id</source>
        <translation>기록 ID</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>SHA-256 of the original file</source>
        <translation>원본 파일의 SHA-256</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Testimonies</source>
        <translation>증언</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Testimony {id} has no &quot;UN mechanisms&quot; consent in force: it cannot go in a case file.</source>
        <translation>증언 {id}에는 유효한 &apos;유엔 메커니즘&apos; 동의가 없어 사건 파일에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Testimony {n} of {total}</source>
        <translation>증언 {n} / {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>The testimony was given with consent to share it with UN mechanisms.</source>
        <extracomment>Each testimony was given with consent to share it with UN mechanisms.</extracomment>
        <translation>
            <numerusform>모든 증언은 유엔 메커니즘에 전달해도 된다는 동의를 받은 것입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>There is no testimony {id}.</source>
        <translation>증언 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Violation</source>
        <translation>침해</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>Witness (alias)</source>
        <translation>증언자(가명)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/casefile.py"/>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/casefile.py"/>
        <source>{n} incident</source>
        <extracomment>{n} incidents</extracomment>
        <translation>
            <numerusform>사건 {n}건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/charts.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>hidden (&lt;{k})</source>
        <translation>숨김(&lt;{k})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>Testimony {id} could not be read; nothing was written.</source>
        <translation>증언 {id}을(를) 읽을 수 없어 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>The period is empty: {start} comes after {end}.</source>
        <translation>기간이 비어 있습니다: {start}이(가) {end}보다 뒤입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/dataset.py"/>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value}은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/records_export.py"/>
        <source>A CSV file holds one kind of record: choose it with --type (case, aid, testimony or attachment).</source>
        <translation>CSV 파일에는 한 종류의 기록만 들어갑니다: --type으로 고르세요(case, aid, testimony, attachment).</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/records_export.py"/>
        <source>Unknown format {name}. Choose from: {choices}.</source>
        <translation>알 수 없는 형식 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>A year-only date counts in its year; an undated incident counts as &quot;unknown&quot; and belongs to the period of its interview.</source>
        <translation>연도만 아는 날짜는 그 해에 셉니다. 날짜를 모르는 사건은 &apos;알 수 없음&apos;으로 세며, 면담일이 속한 기간에 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Age at the incident</source>
        <translation>사건 당시 나이</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Aid category</source>
        <translation>지원 종류</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Aid distributions</source>
        <translation>지원 배분</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>At most {n} dimensions can be crossed in one table.</source>
        <translation>한 표에는 기준을 최대 {n}개까지 교차할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Cells with 1 to {last} people are shown as &lt;{k}; cells marked x are hidden so that no small cell can be worked out from the totals.</source>
        <translation>1~{last}명인 칸은 &lt;{k}로 표시합니다. x 표시 칸은 합계로부터 작은 칸을 역산할 수 없도록 숨긴 것입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Corroborated events (two or more independent witnesses)</source>
        <translation>확인된 사건(독립된 증언자 2명 이상)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Each dimension may be named only once.</source>
        <translation>각 기준은 한 번만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Each person is counted once in each cell, and once in each total, however many incidents, violations or testimonies concern them.</source>
        <translation>사건, 침해, 증언이 몇 건이든 한 사람은 각 칸과 각 합계에서 한 번만 셉니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/reports/upr.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Incidents</source>
        <translation>사건</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Left out: {n} testimony whose consent was withdrawn.</source>
        <extracomment>Left out: {n} testimonies whose consent was withdrawn.</extracomment>
        <translation>
            <numerusform>제외: 동의가 철회된 증언 {n}건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Left out: {n} testimony without that consent.</source>
        <extracomment>Left out: {n} testimonies without that consent.</extracomment>
        <translation>
            <numerusform>제외: 그 동의가 없는 증언 {n}건.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Name at least one dimension to count by.</source>
        <translation>셀 기준을 하나 이상 정하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Only testimonies whose &quot;anonymised statistics&quot; consent is in force are counted: {n} testimony was counted.</source>
        <extracomment>Only testimonies whose &quot;anonymised statistics&quot; consent is in force are counted: {n} testimonies were counted.</extracomment>
        <translation>
            <numerusform>&apos;익명 통계&apos; 동의가 유효한 증언만 셉니다: 증언 {n}건을 셌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>People who received aid</source>
        <translation>지원을 받은 사람</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Period: {start} to {end}.</source>
        <translation>기간: {start} ~ {end}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Province</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Province of origin</source>
        <translation>출신 지역</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Quantity ({unit})</source>
        <translation>수량({unit})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Situation</source>
        <translation>현재 상황</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>UPR theme</source>
        <translation>UPR 주제</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Unknown dimension {name}. Choose from: {choices}.</source>
        <translation>알 수 없는 기준 {name}. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Value ({unit})</source>
        <translation>금액({unit})</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Victims (distinct people)</source>
        <translation>피해자(중복 없이 사람 수)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Violation type</source>
        <translation>침해 유형</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Witnesses (distinct people)</source>
        <translation>증언자(중복 없이 사람 수)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>Year of incident</source>
        <translation>사건 연도</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/stats.py"/>
        <source>{a} counts aid and {b} counts testimonies: they cannot be crossed.</source>
        <translation>{a}은(는) 지원을, {b}은(는) 증언을 세므로 함께 쓸 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/reports/stats.py"/>
        <source>{n} aid distribution was counted.</source>
        <extracomment>{n} aid distributions were counted.</extracomment>
        <translation>
            <numerusform>지원 {n}건을 셌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/suppression.py"/>
        <source>The smallest cell shown must be at least {min}; {k} would expose small groups.</source>
        <translation>표시하는 가장 작은 칸은 {min} 이상이어야 합니다. {k}(으)로는 작은 집단이 드러납니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/tabular.py"/>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/tabular.py"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>(name the submitting organisations)</source>
        <translation>(제출 단체 이름을 적으세요)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>(to be written by the authors)</source>
        <translation>(작성자가 쓸 부분)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>A witness said (testimony {code}):</source>
        <translation>한 증언자의 말(증언 {code}):</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>No testimony counted in this period concerns this theme.</source>
        <translation>이 기간에 센 증언 중 이 주제에 해당하는 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Recommendations</source>
        <translation>권고</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Submitting organisations</source>
        <translation>제출 단체</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Testimony {id} may not be quoted: neither its &quot;UN mechanisms&quot; nor its &quot;named publication&quot; consent is in force.</source>
        <translation>증언 {id}은(는) 인용할 수 없습니다: &apos;유엔 메커니즘&apos; 동의도 &apos;실명 공개&apos; 동의도 유효하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>This submission covers {start} to {end}.</source>
        <translation>이 제출문은 {start}부터 {end}까지를 다룹니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Treaty articles</source>
        <translation>조약 조항</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Treaty articles concerned: {articles}.</source>
        <translation>관련 조약 조항: {articles}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Under this theme in this period: testimonies {testimonies}; incidents {incidents}; victims {victims} (each person counted once).</source>
        <translation>이 기간 이 주제: 증언 {testimonies}, 사건 {incidents}, 피해자 {victims}(한 사람은 한 번만 셈).</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Universal Periodic Review: submission (draft)</source>
        <translation>보편적 정례 인권 검토: 제출문(초안)</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Victims</source>
        <translation>피해자</translation>
    </message>
    <message>
        <location filename="../../intake_app/reports/upr.py"/>
        <source>Victims by violation type</source>
        <translation>침해 유형별 피해자</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/cleanup.py"/>
        <source>The spreadsheet could not be deleted: {reason}</source>
        <translation>스프레드시트를 삭제할 수 없었습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/cleanup.py"/>
        <source>The spreadsheet is still a plain file on this computer: anyone who gets the laptop can read it. Deleting it overwrites its content and removes it, but on an SSD or a memory card, and on most modern file systems, old copies may remain on the disk where no program shows them; only full-disk encryption protects against that.</source>
        <translation>스프레드시트는 아직 이 컴퓨터에 암호화되지 않은 파일로 남아 있습니다. 노트북을 손에 넣은 사람은 누구나 읽을 수 있습니다. 삭제하면 내용을 덮어쓴 뒤 지우지만, SSD나 메모리 카드, 그리고 대부분의 최신 파일 시스템에서는 어떤 프로그램에도 보이지 않는 곳에 예전 사본이 남을 수 있습니다. 이를 막을 수 있는 것은 디스크 전체 암호화뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>(perhaps “{value}”?)</source>
        <translation>(혹시 “{value}”?)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>a quantity or unit without an item</source>
        <translation>품목 없이 수량이나 단위만 있습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>a relation without the household member it links to</source>
        <translation>연결할 가족 구성원 없이 관계만 있습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>an incident needs at least one violation type</source>
        <translation>사건에는 인권 침해 유형이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>consents need the method they were given by (oral, written…)</source>
        <translation>동의에는 동의 방법(구두, 서면 등)이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>not a number</source>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>the item needs a quantity and a unit</source>
        <translation>품목에는 수량과 단위가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>the record type is missing</source>
        <translation>기록 종류가 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>this column does not apply to {type} records</source>
        <translation>이 열은 {type} 기록에 해당하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{field}” is empty; it is required</source>
        <translation>“{field}”이(가) 비어 있습니다. 꼭 필요한 항목입니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a number</source>
        <translation>“{text}”은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a record type (case, aid or testimony)</source>
        <translation>“{text}”은(는) 기록 종류(사례, 지원, 증언)가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a value of the list “{list}”</source>
        <translation>“{text}”은(는) “{list}” 목록의 값이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/convert.py"/>
        <source>“{text}” is not a whole number</source>
        <translation>“{text}”은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>there is no month {m}</source>
        <translation>{m}월은 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>{y}-{m}-{d} is not a date in the calendar</source>
        <translation>{y}-{m}-{d}은(는) 달력에 없는 날짜입니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” could be read day first or month first: write it as YYYY-MM-DD</source>
        <translation>“{text}”은(는) 일이 먼저인지 월이 먼저인지 알 수 없습니다. YYYY-MM-DD 형식으로 적어 주세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” has no day: this field needs the full date</source>
        <translation>“{text}”에는 일이 없습니다. 이 항목에는 전체 날짜가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/dates.py"/>
        <source>“{text}” is not a date this app can read (write it as YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>“{text}”은(는) 이 앱이 읽을 수 있는 날짜가 아닙니다 (YYYY-MM-DD, YYYY-MM 또는 YYYY 형식으로 적어 주세요)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Aid</source>
        <translation>지원</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Alias</source>
        <translation>가명</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Birth year</source>
        <translation>출생 연도</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Case (reference or code)</source>
        <translation>사례 (참조 번호 또는 코드)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consent date</source>
        <translation>동의 날짜</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consent method</source>
        <translation>동의 방법</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Consents given</source>
        <translation>받은 동의</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Exact birth date</source>
        <translation>정확한 생년월일</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Facility type</source>
        <translation>시설 종류</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Household member (reference)</source>
        <translation>가족 구성원 (참조 번호)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident date</source>
        <translation>사건 날짜</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident description</source>
        <translation>사건 내용</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Incident province (North Korea)</source>
        <translation>사건 발생 도 (북한)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interpreter</source>
        <translation>통역인</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interviewer</source>
        <translation>면담자</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Legal name</source>
        <translation>실명</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Place name</source>
        <translation>장소 이름</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Province (China)</source>
        <translation>지역 (중국)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Record type</source>
        <translation>기록 종류</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Reference in this file</source>
        <translation>이 파일 안의 참조 번호</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Victim</source>
        <translation>피해자</translation>
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
        <translation>침해 유형</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Vulnerabilities</source>
        <translation>취약 요인</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/fields.py"/>
        <source>Witness (reference or code)</source>
        <translation>증언자 (참조 번호 또는 코드)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>A real import would add: {counts}.</source>
        <translation>실제로 가져오면 추가될 것: {counts}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>취소되었습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>Imported: {counts}.</source>
        <translation>가져온 것: {counts}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>no case has the reference or code {ref}</source>
        <translation>참조 번호나 코드가 {ref}인 사례가 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>the reference {ref} is already used on row {n}</source>
        <translation>참조 번호 {ref}은(는) 이미 {n}행에서 쓰였습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/spreadsheet/importer.py"/>
        <source>{n} problem stops the import; nothing was written. {first}</source>
        <extracomment>{n} problems stop the import; nothing was written. First: {first}</extracomment>
        <translation>
            <numerusform>문제 {n}건 때문에 가져오기를 멈췄습니다. 아무것도 저장하지 않았습니다. {first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>The mapping file is not valid JSON ({detail}).</source>
        <translation>대응표 파일이 올바른 JSON이 아닙니다 ({detail}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>The mapping file is not valid: {reason}</source>
        <translation>대응표 파일이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>column “{column}”: {type} records have no field {field}</source>
        <translation>“{column}” 열: {type} 기록에는 {field} 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>values/{list}: {key} is not a key of the list</source>
        <translation>values/{list}: {key}은(는) 목록의 키가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/mapping.py"/>
        <source>values: there is no list {name}</source>
        <translation>values: {name} 목록은 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>(perhaps “{field}”?)</source>
        <translation>(혹시 “{field}”?)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Column “{column}”</source>
        <translation>“{column}” 열</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Row {n}</source>
        <translation>{n}행</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>Sheet “{sheet}”</source>
        <translation>“{sheet}” 시트</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>column “{column}”</source>
        <translation>“{column}” 열</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>it does not say which kind of records this is: choose case, aid or testimony (--type)</source>
        <translation>어떤 종류의 기록인지 나와 있지 않습니다. 사례, 지원, 증언 중에서 고르세요 (--type)</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>no column gives the required field “{field}”</source>
        <translation>필수 항목 “{field}”에 해당하는 열이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>no field of the record matches this header; map it to a field or ignore it</source>
        <translation>이 열 제목에 맞는 항목이 없습니다. 항목을 지정하거나 이 열을 무시하세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>the file holds no rows to import</source>
        <translation>파일에 가져올 행이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>two columns give the same field {field}</source>
        <translation>두 열이 같은 항목 {field}에 대응합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/plan.py"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Column {letter}</source>
        <translation>{letter}열</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Only .csv and .xlsx files can be imported as spreadsheets.</source>
        <translation>스프레드시트는 .csv와 .xlsx 파일만 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Row {n}: the file is not valid CSV ({detail}).</source>
        <translation>{n}행: 올바른 CSV 파일이 아닙니다 ({detail}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file has more than {n} rows.</source>
        <translation>파일의 행이 {n}개보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is not valid {encoding} text (byte {n}); name the right encoding with --encoding.</source>
        <translation>파일이 올바른 {encoding} 문자가 아닙니다 ({n}번째 바이트). --encoding으로 맞는 인코딩을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is too large to import (more than {n} MB).</source>
        <translation>파일이 너무 커서 가져올 수 없습니다 ({n} MB 초과).</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The file is too large to import once unpacked.</source>
        <translation>압축을 풀면 파일이 너무 커서 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The text encoding of this file is not certain (it could be {names}). Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.</source>
        <translation>이 파일의 문자 인코딩이 확실하지 않습니다 ({names} 중 하나일 수 있습니다). --encoding으로 지정하세요. 예: --encoding cp949, shift_jis 또는 gb18030.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>The text encoding of this file is not one this app recognises. Name it with --encoding, e.g. --encoding cp949, shift_jis or gb18030.</source>
        <translation>이 파일의 문자 인코딩을 이 앱이 알아볼 수 없습니다. --encoding으로 지정하세요. 예: --encoding cp949, shift_jis 또는 gb18030.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>This is not an .xlsx file, or it is damaged.</source>
        <translation>.xlsx 파일이 아니거나 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/spreadsheet/reading.py"/>
        <source>Unknown text encoding {name}.</source>
        <translation>알 수 없는 문자 인코딩 {name}입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>A headquarters key in the deployment profile is not an age X25519 key.</source>
        <translation>본부 설정 파일에 있는 본부 키가 age X25519 키가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>Encryption failed.</source>
        <translation>암호화에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>The bundle was decrypted.</source>
        <translation>기록 꾸러미를 복호화했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>There is no headquarters key to encrypt to: import the deployment profile.</source>
        <translation>암호화에 쓸 본부 키가 없습니다. 본부 설정 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle is damaged or was altered: its encrypted content does not check out (a truncated copy, or a changed byte).</source>
        <translation>이 기록 꾸러미는 손상되었거나 변조되었습니다. 암호화된 내용이 검증되지 않습니다 (잘린 사본이거나 바뀐 바이트가 있음).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle is not addressed to this headquarters: none of its keys can open it.</source>
        <translation>이 기록 꾸러미는 이 본부로 보낸 것이 아닙니다. 이 본부의 어떤 키로도 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This bundle&apos;s encryption header was altered.</source>
        <translation>이 기록 꾸러미의 암호화 헤더가 변조되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file is encrypted in a way bundles never are (with a passphrase, another kind of key, or as text); it was refused unopened.</source>
        <translation>이 파일은 기록 꾸러미가 절대 쓰지 않는 방식(암호 문구, 다른 종류의 키, 텍스트 형식)으로 암호화되어 있어 열지 않고 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file is not a bundle: it is not in the encrypted format bundles use, or its start is damaged.</source>
        <translation>이 파일은 기록 꾸러미가 아닙니다. 기록 꾸러미의 암호화 형식이 아니거나 파일 앞부분이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/age_stream.py"/>
        <source>This file&apos;s encryption header is larger than a bundle&apos;s can be; it was refused unopened.</source>
        <translation>이 파일의 암호화 헤더가 기록 꾸러미에서 허용되는 크기보다 커서 열지 않고 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>Encryption failed ({kind}); no bundle was written.</source>
        <translation>암호화에 실패했습니다 ({kind}). 기록 꾸러미를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>The decryption helper failed ({kind}); nothing was changed.</source>
        <translation>복호화 보조 프로세스가 실패했습니다 ({kind}). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/child.py"/>
        <source>The encryption helper stopped unexpectedly; nothing was changed.</source>
        <translation>암호화 보조 프로세스가 예기치 않게 멈췄습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>a record that stays on this laptop refers to it</source>
        <translation>이 노트북에 남는 기록이 이 기록을 참조합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>changed since it was sent: the next bundle sends it again</source>
        <translation>보낸 뒤 바뀌었습니다: 다음 기록 꾸러미에 다시 담깁니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>delivered less than {n} day ago</source>
        <extracomment>delivered less than {n} days ago</extracomment>
        <translation>
            <numerusform>전달된 지 {n}일이 지나지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/delivered.py"/>
        <source>delivered too recently</source>
        <translation>전달된 지 얼마 되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/device_names.py"/>
        <source>Headquarters</source>
        <translation>본부</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/device_names.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>this laptop</source>
        <translation>이 노트북</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Bundle written.</source>
        <translation>기록 꾸러미를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Nothing changed since headquarters last acknowledged an export: no bundle was written.</source>
        <translation>본부가 마지막으로 수령을 확인한 이후 바뀐 것이 없어 기록 꾸러미를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>Record {id} is too large to export.</source>
        <translation>기록 {id}은(는) 너무 커서 내보낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>The content of attachment {id} is missing from the vault; run `intake-app verify`.</source>
        <translation>첨부 파일 {id}의 내용이 보관함에 없습니다. `intake-app verify`를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>The folder {path} does not exist.</source>
        <translation>폴더 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/export.py"/>
        <source>{bundles}: {records}, {attachments}.</source>
        <translation>{bundles}: {records}, {attachments}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/export.py"/>
        <source>{n} bundle written</source>
        <extracomment>{n} bundles written</extracomment>
        <translation>
            <numerusform>기록 꾸러미 {n}개를 만들었습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>A signing key in the vault does not match its public key; the vault is damaged.</source>
        <translation>보관함의 서명 키가 공개 키와 일치하지 않습니다. 보관함이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>An age key in the vault does not match its recipient; the vault is damaged.</source>
        <translation>보관함의 age 키가 수신자 키와 일치하지 않습니다. 보관함이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This is a field vault; this command is for headquarters (a vault made with `init --role hq`).</source>
        <translation>현장용 보관함입니다. 이 명령은 본부용입니다 (`init --role hq`로 만든 보관함).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This is a headquarters vault; this command is for a field device.</source>
        <translation>본부용 보관함입니다. 이 명령은 현장 기기용입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/keystore.py"/>
        <source>This vault has no headquarters signing key.</source>
        <translation>이 보관함에는 본부 서명 키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>No deployment profile is in force yet: import the one headquarters sent.</source>
        <translation>아직 적용 중인 본부 설정 파일이 없습니다. 본부가 보낸 본부 설정 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile</source>
        <translation>본부 설정 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile is now trusted (first import).</source>
        <translation>이제 이 본부 설정 파일을 신뢰합니다 (첫 가져오기).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The deployment profile was updated.</source>
        <translation>본부 설정 파일을 갱신했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The fingerprint was not confirmed; the profile was not imported.</source>
        <translation>확인 단어가 같다는 확인이 없어 본부 설정 파일을 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The organisation name must have 1 to 200 characters.</source>
        <translation>단체 이름은 1~200자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>The purge delay must be between 0 and 3650 days.</source>
        <translation>삭제 유예 기간은 0일에서 3650일 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This deployment profile is already in force; nothing changed.</source>
        <translation>이 본부 설정 파일은 이미 적용 중입니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile (version {found}) is older than the one in force (version {current}); it was refused.</source>
        <translation>이 본부 설정 파일(버전 {found})은 현재 적용 중인 본부 설정 파일(버전 {current})보다 오래되어 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile has the same version ({found}) as the one in force but different content; it was refused.</source>
        <translation>이 본부 설정 파일은 현재 적용 중인 본부 설정 파일과 버전({found})은 같지만 내용이 달라 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>This profile is signed by a different headquarters key than the one this device trusts; it was refused. If headquarters really changed its key, ask it how to proceed.</source>
        <translation>이 본부 설정 파일은 이 기기가 신뢰하는 것과 다른 본부 키로 서명되어 있어 거부했습니다. 본부가 실제로 키를 바꿨다면 어떻게 진행할지 본부에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{field}” is not an identifying field of {type} records (those are: {known}).</source>
        <translation>“{field}”은(는) {type} 기록의 신원 식별 항목이 아닙니다 (해당 항목: {known}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{spec}” should look like TYPE:FIELD,FIELD (e.g. case:legal_name).</source>
        <translation>“{spec}”은(는) TYPE:FIELD,FIELD 형식이어야 합니다 (예: case:legal_name).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/profile.py"/>
        <source>“{type}” is not a record type.</source>
        <translation>“{type}”은(는) 기록 유형이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>The receipt</source>
        <translation>수신 확인서</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>This file is not a receipt for this device: a receipt from headquarters is encrypted to this device&apos;s key. Nothing was changed.</source>
        <translation>이 파일은 이 기기를 위한 수신 확인서가 아닙니다. 본부의 수신 확인서는 이 기기의 키로 암호화되어 있습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipt_format.py"/>
        <source>This receipt is for another device; nothing was changed.</source>
        <translation>이 수신 확인서는 다른 기기용입니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Headquarters has no encryption key of device {device} to protect its receipt with: ask the device for a new enrollment request (or a new bundle) first.</source>
        <translation>본부에는 수신 확인서를 보호할 기기 {device}의 암호화 키가 없습니다. 먼저 그 기기에 새 등록 요청(또는 새 기록 꾸러미)를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>No bundle of device {device} was imported here: there is nothing to acknowledge.</source>
        <translation>이곳에서 기기 {device}의 기록 꾸러미를 가져온 적이 없어 확인할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Purged {records} ({attachments}, {blobs}); the space was reclaimed.</source>
        <translation>{records}을(를) 삭제했습니다 ({attachments}, {blobs}). 사용하던 공간도 비웠습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Receipt accepted: {records} marked delivered, {bundles} acknowledged.</source>
        <translation>수신 확인서를 받아들였습니다: {records}을(를) 전달 완료로 표시하고 {bundles}의 수신을 확인했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>Receipt accepted; it acknowledges nothing new.</source>
        <translation>수신 확인서를 받아들였습니다. 새로 확인된 것은 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>{n} bundle</source>
        <extracomment>{n} bundles</extracomment>
        <translation>
            <numerusform>기록 꾸러미 {n}개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} delivered record</source>
        <extracomment>{n} delivered records</extracomment>
        <translation>
            <numerusform>전달된 기록 {n}개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/sync/receipts.py"/>
        <source>{n} stored file</source>
        <extracomment>{n} stored files</extracomment>
        <translation>
            <numerusform>저장된 파일 {n}개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>An attachment of the bundle does not match its name.</source>
        <translation>기록 꾸러미의 첨부 파일 내용이 그 이름과 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>An entry of the bundle is larger than allowed (“{name}”: {size} bytes; at most {limit}).</source>
        <translation>기록 꾸러미의 한 항목이 허용 크기보다 큽니다 (“{name}”: {size}바이트, 최대 {limit}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소되었습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Device {device} was revoked (possibly compromised since {since}): its bundles are refused.</source>
        <translation>기기 {device}은(는) 폐기되었습니다 ({since}부터 유출되었을 수 있음). 이 기기의 기록 꾸러미는 거부됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Quarantine is full ({what}): this bundle of an unapproved device was refused. Approve or remove waiting devices, or raise the limits in Devices.</source>
        <translation>격리 공간이 가득 찼습니다({what}). 승인되지 않은 기기의 이 기록 꾸러미는 거부되었습니다. 대기 중인 기기를 승인하거나 제거하거나, &apos;기기&apos;에서 한도를 올리세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {id} arrives with another type than the one headquarters holds.</source>
        <translation>기록 {id}이(가) 본부에 있는 것과 다른 유형으로 들어왔습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle belongs to another device or to headquarters: a device may only change its own records.</source>
        <translation>기록 꾸러미의 기록 {line}은 다른 기기나 본부의 것입니다. 기기는 자기 기록만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle carries a version made by another device.</source>
        <translation>기록 꾸러미의 {line}번째 기록에 다른 기기가 만든 버전이 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle claims to come from another device or from headquarters: a device may only send records it created.</source>
        <translation>기록 꾸러미의 기록 {line}은 다른 기기나 본부에서 왔다고 주장합니다. 기기는 자기가 만든 기록만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is longer than allowed.</source>
        <translation>기록 꾸러미의 {line}번째 기록이 허용 길이보다 깁니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is nested too deeply.</source>
        <translation>기록 꾸러미의 {line}번째 기록이 너무 깊게 중첩되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle is not valid: {problems}</source>
        <translation>기록 꾸러미의 {line}번째 기록이 올바르지 않습니다: {problems}</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle lists a version made by another device or by headquarters among its earlier versions.</source>
        <translation>기록 꾸러미의 기록 {line}은 이전 버전 중에 다른 기기나 본부가 만든 버전을 포함하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>Record {line} of the bundle needs an attachment that neither the bundle nor headquarters has.</source>
        <translation>기록 꾸러미의 {line}번째 기록에 필요한 첨부 파일이 기록 꾸러미에도 본부에도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains a link, a device or another special entry (“{name}”).</source>
        <translation>기록 꾸러미에 링크, 장치 파일 등 특수 항목이 들어 있습니다 (“{name}”).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains an entry no bundle has (“{name}”).</source>
        <translation>기록 꾸러미에 원래 있을 수 없는 항목이 들어 있습니다 (“{name}”).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle contains “{name}” twice.</source>
        <translation>기록 꾸러미에 “{name}”이(가) 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle decrypts to more data than its size allows.</source>
        <translation>기록 꾸러미를 복호화한 결과가 파일 크기로 가능한 양보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle has data after the end of its archive.</source>
        <translation>기록 꾸러미의 아카이브 끝 뒤에 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle has more entries than allowed (at most {limit}).</source>
        <translation>기록 꾸러미의 항목 수가 허용 한도를 넘습니다 (최대 {limit}개).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle holds more records than allowed (at most {limit}).</source>
        <translation>기록 꾸러미의 기록 수가 허용 한도를 넘습니다 (최대 {limit}개).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle lacks “{name}”.</source>
        <translation>기록 꾸러미에 “{name}”이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle names device {device} but presents another signing key than the one headquarters approved.</source>
        <translation>기록 꾸러미가 기기 {device}을(를) 내세우지만, 본부가 승인한 것과 다른 서명 키를 제시합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle names headquarters&apos; own device id as its sender.</source>
        <translation>이 기록 꾸러미는 본부 자체의 기기 ID를 보낸 이로 적고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s archive is malformed.</source>
        <translation>기록 꾸러미 안의 아카이브 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s content does not match its manifest (“{name}”).</source>
        <translation>기록 꾸러미의 내용이 매니페스트와 일치하지 않습니다 (“{name}”).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s manifest is not valid (at {where}).</source>
        <translation>기록 꾸러미의 매니페스트가 올바르지 않습니다 (위치: {where}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The bundle&apos;s signature does not verify with the key of device {device}: it was altered, or not made by that device.</source>
        <translation>기록 꾸러미의 서명이 기기 {device}의 키로 검증되지 않습니다. 변조되었거나 그 기기가 만든 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The decryption helper failed; nothing was changed.</source>
        <translation>복호화 보조 프로세스가 실패했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The file cannot be read: {error}</source>
        <translation>파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>The file is larger than a bundle may be ({size} bytes; at most {limit}).</source>
        <translation>파일이 기록 꾸러미의 최대 크기보다 큽니다 ({size}바이트, 최대 {limit}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle (number {sequence} of device {device}) is not newer than the last one imported (number {last}): refused as a replay.</source>
        <translation>이 기록 꾸러미(기기 {device}의 {sequence}번)은 마지막으로 가져온 기록 꾸러미({last}번)보다 새롭지 않으므로 재전송 공격으로 보고 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle was written by a newer version of Field Intake; update Field Intake here to import it.</source>
        <translation>이 기록 꾸러미는 더 새로운 버전의 Field Intake로 만들어졌습니다. 가져오려면 여기의 Field Intake를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This bundle was written by an older version of Field Intake, in a format headquarters no longer reads safely. Update Field Intake on the field laptop and export again.</source>
        <translation>이 기록 꾸러미는 예전 버전의 Field Intake로, 본부가 더 이상 안전하게 읽지 않는 형식으로 만들어졌습니다. 현장 노트북의 Field Intake를 업데이트하고 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/refusal.py"/>
        <source>This is not a regular file.</source>
        <translation>일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>An attachment in the vault does not have the size or content its record says; run `intake-app verify`. No bundle was written.</source>
        <translation>보관함의 첨부 파일이 기록에 적힌 크기나 내용과 다릅니다. `intake-app verify`를 실행하세요. 기록 꾸러미는 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>취소되었습니다. 기록 꾸러미를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/sync/writer.py"/>
        <source>The bundle read back from {folder} differs from what was written: the medium may be failing or full. No bundle was written; try another stick.</source>
        <translation>{folder}에서 다시 읽은 기록 꾸러미가 저장한 내용과 다릅니다. 저장 매체가 고장 났거나 가득 찼을 수 있습니다. 기록 꾸러미를 저장하지 않았으니 다른 USB 메모리를 써 보세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/backup/__init__.py"/>
        <source>Last verified backup {n} day ago: back up in Settings.</source>
        <extracomment>Last verified backup {n} days ago: back up in Settings.</extracomment>
        <translation>
            <numerusform>마지막 검증된 백업: {n}일 전. 설정에서 백업하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/__init__.py"/>
        <source>No verified backup yet: back up in Settings.</source>
        <translation>아직 검증된 백업이 없습니다. 설정에서 백업하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>A backup is a checked copy of the whole vault, encrypted like the vault itself: it opens only with your passphrase or recovery key. Choose a folder on a removable drive and keep the drive as safe as the laptop.</source>
        <translation>백업은 보관함 전체를 검증한 사본으로, 보관함처럼 암호화되어 있어 암호문이나 복구 키로만 열립니다. 이동식 드라이브의 폴더를 고르고, 그 드라이브를 노트북만큼 안전하게 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Back up the vault</source>
        <translation>보관함 백업</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Choose a folder and back up…</source>
        <translation>폴더를 골라 백업…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Choose the folder for the backup</source>
        <translation>백업할 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Copying and checking the vault…</source>
        <translation>보관함을 복사하고 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Headquarters is reminded after 7 days by default. On a field laptop there is no reminder unless you set one: a backup on a stick is one more copy to protect.</source>
        <translation>본부에는 기본적으로 7일이 지나면 알려 줍니다. 현장 노트북에서는 직접 설정하지 않으면 알림이 없습니다. USB에 담긴 백업도 지켜야 할 사본이 하나 더 느는 것이기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>Remind me after:</source>
        <translation>알림 시점:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>The backup was written and checked: {path}. It opens with the same passphrase or recovery key as this vault.</source>
        <translation>백업을 저장하고 검사했습니다: {path}. 이 보관함과 같은 암호문 또는 복구 키로 열립니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <source>There is no reminder unless you set one here: a backup on a stick is one more copy to protect.</source>
        <translation>여기서 설정하지 않으면 알림이 없습니다. USB에 담긴 백업도 지켜야 할 사본이 하나 더 느는 것이기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/backup/dialog.py"/>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Discard and quit</source>
        <translation>버리고 종료</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Discard and switch</source>
        <translation>버리고 전환</translation>
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
        <translation>저장하지 않은 변경 내용을 버리고 종료할까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>The window is rebuilt in the new language. Your unsaved changes will be lost.</source>
        <translation>새 언어로 창을 다시 엽니다. 저장하지 않은 변경 내용은 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 내용</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/controller.py"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>A field worker&apos;s laptop</source>
        <translation>현장 활동가의 노트북</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Advanced options</source>
        <translation>고급 옵션</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Check your copy of the recovery key</source>
        <translation>복구 키를 옮겨 적었는지 확인</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Choose a passphrase</source>
        <translation>암호 문구 정하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Choose your language.</source>
        <translation>언어를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Creating the encrypted vault. This takes a few seconds…</source>
        <translation>암호화된 보관함을 만드는 중입니다. 몇 초 걸립니다…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Field Intake keeps your records of aid and testimony in an encrypted vault on this laptop. Nobody can read them without your passphrase. Setting it up takes a few minutes.</source>
        <translation>Field Intake는 지원 내역과 증언 기록을 이 노트북의 암호화된 보관함에 보관합니다. 암호 문구가 없으면 아무도 읽을 수 없습니다. 설정은 몇 분이면 끝납니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Group {n}:</source>
        <translation>{n}번 묶음:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Headquarters (coordinators who receive field data)</source>
        <translation>본부 (현장 자료를 받는 코디네이터)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>It opens the vault if you forget the passphrase.</source>
        <translation>암호 문구를 잊었을 때 보관함을 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Nothing is saved until you finish this step.</source>
        <translation>이 단계를 마치기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>These groups do not match the recovery key. Check your copy; you can go back to see the key again.</source>
        <translation>입력한 묶음이 복구 키와 맞지 않습니다. 적어 둔 것을 확인하세요. 뒤로 가서 키를 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>This vault is for:</source>
        <translation>보관함 용도:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Type these two groups from the copy you made. If you did not write the key down, go back and do it now.</source>
        <translation>적어 둔 복구 키에서 아래 두 묶음을 입력하세요. 아직 적지 않았다면 뒤로 가서 지금 적으세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Use several unrelated words that only you would think of. Do not use names, dates or anything written on or near this laptop.</source>
        <translation>나만 떠올릴 수 있는, 서로 관련 없는 단어 몇 개를 쓰세요. 이름, 날짜, 이 노트북이나 그 주변에 적혀 있는 것은 쓰지 마세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Welcome to Field Intake</source>
        <translation>Field Intake에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>You will type it every time you open Field Intake.</source>
        <translation>Field Intake를 열 때마다 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/pages.py"/>
        <source>Your recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Backup folder:</source>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Checking the backup and restoring it…</source>
        <translation>백업을 검사하고 복원하는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder</source>
        <translation>백업 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder (its name is a row of letters and digits) and enter the passphrase the vault had when the backup was made, or its recovery key. The backup is checked before anything is written.</source>
        <translation>백업 폴더(이름이 영문자와 숫자로 된 폴더)를 고르고, 백업을 만들 때 보관함의 암호문이나 복구 키를 입력하세요. 아무것도 저장하기 전에 백업을 먼저 검사합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Choose the backup folder and enter its passphrase or recovery key.</source>
        <translation>백업 폴더를 고르고 암호문이나 복구 키를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Passphrase or recovery key:</source>
        <translation>암호문 또는 복구 키:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>This backup is {n} day old: anything recorded after it is not in it.</source>
        <extracomment>This backup is {n} days old: anything recorded after it is not in it.</extracomment>
        <translation>
            <numerusform>이 백업은 {n}일 전에 만들어졌습니다. 그 뒤에 기록한 내용은 들어 있지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/restore.py"/>
        <source>Use the recovery key instead of the passphrase</source>
        <translation>암호문 대신 복구 키 사용</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Back</source>
        <translation>뒤로</translation>
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
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Create the vault</source>
        <translation>보관함 만들기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Restore from a backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/firstrun/wizard.py"/>
        <source>Set up Field Intake</source>
        <translation>Field Intake 설정</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Back up…</source>
        <translation>백업…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Checklist</source>
        <translation>점검 목록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Everything is set up. Import bundles as they arrive and keep backing up.</source>
        <translation>모든 준비가 끝났습니다. 기록 꾸러미가 오는 대로 가져오고, 꾸준히 백업하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Everything is set up. Keep recording, and send bundles regularly.</source>
        <translation>모든 준비가 끝났습니다. 계속 기록하고, 기록 꾸러미를 정기적으로 보내세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Go to {page}</source>
        <translation>{page} 열기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>In this vault</source>
        <translation>이 보관함에는</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Needs attention</source>
        <translation>확인이 필요한 일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>Next step: {step}</source>
        <translation>다음 단계: {step}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>What to do next, and what needs attention. Each button opens the page where it is done.</source>
        <translation>다음에 할 일과 확인이 필요한 일입니다. 각 버튼은 그 일을 하는 화면을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/home/page.py"/>
        <source>to do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>All {n} shares are written down or printed, and each will be kept apart from the others.</source>
        <translation>조각 {n}개를 모두 적어 두거나 인쇄했으며, 각 조각을 서로 떨어진 곳에 보관하겠습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Back up the headquarters keys</source>
        <translation>본부 키 백업</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Back up the headquarters keys as shares</source>
        <translation>본부 키를 조각으로 나누어 백업</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Choose where to save</source>
        <translation>저장할 곳 선택</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Finish</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Make the shares</source>
        <translation>조각 만들기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Next share</source>
        <translation>다음 조각</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Number of shares:</source>
        <translation>조각 수:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>PDF files</source>
        <translation>PDF 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Previous share</source>
        <translation>이전 조각</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save a share as PDF</source>
        <translation>조각을 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save share as PDF</source>
        <translation>조각을 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Save this share as a PDF to print…</source>
        <translation>인쇄용 PDF로 이 조각 저장…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Share {k} of {n}</source>
        <translation>조각 {k}/{n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Share {k} saved to {name}. Print it, then delete the file.</source>
        <translation>조각 {k}을(를) {name}에 저장했습니다. 인쇄한 다음 파일을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>Shares needed to restore:</source>
        <translation>복원에 필요한 조각 수:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>The PDF holds a secret share. Save it only where you print from (for example a USB stick you erase afterwards), never on a shared, synchronised or backed-up drive. Nothing else is written anywhere.</source>
        <translation>이 PDF에는 비밀 조각이 들어 있습니다. 인쇄할 곳(예: 인쇄 후 지울 USB 메모리)에만 저장하고, 공유·동기화·백업되는 드라이브에는 절대 저장하지 마세요. 다른 곳에는 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/backup.py"/>
        <source>The keys are split into shares: word lists to write down or print. Any chosen number of them restores the keys; fewer reveal nothing. Give each share to a different trusted person, or keep them in different safe places. Without the keys, headquarters cannot read any bundle it ever received.</source>
        <translation>키를 여러 조각으로 나눕니다. 각 조각은 적어 두거나 인쇄할 단어 목록입니다. 정한 개수의 조각이 모이면 키를 복원할 수 있고, 그보다 적으면 아무것도 알 수 없습니다. 조각마다 서로 다른 믿을 만한 사람에게 맡기거나 서로 다른 안전한 곳에 보관하세요. 키가 없으면 본부는 지금까지 받은 어떤 기록 꾸러미도 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>A bundle of this device announced an activity log shorter than, or different from, the one announced before: the laptop&apos;s history was cut or rewritten.</source>
        <translation>이 기기의 기록 꾸러미가 이전에 알린 것보다 짧거나 다른 활동 기록을 알렸습니다. 노트북의 기록이 잘리거나 다시 쓰였습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>A device&apos;s bundles are imported only once it is approved. Approve it from the enrollment request file its field worker gives you, after comparing the key fingerprint with them. Revoke a device that was lost or seized.</source>
        <translation>기기의 기록 꾸러미는 승인된 뒤에만 가져옵니다. 현장 활동가가 건네준 등록 요청 파일로, 키 확인 코드를 그 활동가와 대조한 뒤 승인하세요. 분실되거나 압수된 기기는 폐기하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Activity log</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve device</source>
        <translation>기기 승인</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve from enrollment file…</source>
        <translation>등록 요청 파일로 승인…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Approve selected device</source>
        <translation>선택한 기기 승인</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Bundles of this device that never arrived (a lost stick?).</source>
        <translation>이 기기에서 보냈지만 도착하지 않은 기록 꾸러미 (USB 메모리 분실?).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Choose the enrollment request file</source>
        <translation>등록 요청 파일 선택</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Compare these fingerprint words with the ones the field worker reads from their laptop, by phone or in person:

{words}

({fp})

Approve device {device} only if every word is the same.</source>
        <translation>현장 활동가가 자기 노트북에서 읽어 주는 단어와 이 확인 단어를 전화나 직접 만나서 비교하세요.

{words}

({fp})

모든 단어가 같을 때만 기기 {device}를 승인하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Enrolled</source>
        <translation>등록일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Field devices</source>
        <translation>현장 기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Gaps</source>
        <translation>누락</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Key fingerprint</source>
        <translation>키 확인 코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Last bundle</source>
        <translation>마지막 기록 꾸러미</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Last sequence</source>
        <translation>마지막 순번</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>No field devices yet</source>
        <translation>아직 현장 기기가 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine for unapproved devices: {devices}, {bundles}, {mib} MiB waiting. At most:</source>
        <translation>승인되지 않은 기기의 격리: {devices}, {bundles}, {mib} MiB 대기 중. 최대:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine limit: {what}</source>
        <translation>격리 한도: {what}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Quarantine limits saved.</source>
        <translation>격리 한도를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Receipt written to {name}. Give it to the field worker of device {device}: their laptop then knows which records arrived.</source>
        <translation>수신 확인서를 {name}에 저장했습니다. 기기 {device}의 현장 활동가에게 전달하세요. 그러면 그 노트북이 어떤 기록이 도착했는지 알게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke device</source>
        <translation>기기 폐기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke device {device}? No bundle of it will be imported again, and it cannot be approved again (the field laptop would need a new vault). Do this when a laptop is lost or seized.</source>
        <translation>기기 {device}을(를) 폐기할까요? 이 기기의 기록 꾸러미는 다시는 가져오지 않으며, 다시 승인할 수도 없습니다 (현장 노트북에 새 보관함이 필요해집니다). 노트북을 분실했거나 압수당했을 때 하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Revoke selected device…</source>
        <translation>선택한 기기 폐기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Save limits</source>
        <translation>한도 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Save receipt</source>
        <translation>수신 확인서 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>The bundle of device {device} presented a key with these fingerprint words:

{words}

({fp})

Approve it only after its field worker read you the same words from their laptop, by phone or in person, never from a message that came with the bundle.</source>
        <translation>기기 {device}의 기록 꾸러미는 다음 확인 단어를 가진 키를 내밀었습니다.

{words}

({fp})

현장 활동가가 자기 노트북에서 같은 단어를 전화나 직접 만나서 읽어 준 뒤에만 승인하세요. 기록 꾸러미와 함께 온 메시지는 믿지 마세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>The words match: approve</source>
        <translation>단어가 일치합니다: 승인</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>When a field worker gives you their laptop&apos;s enrollment request file, choose &quot;Approve from enrollment file…&quot; and compare the fingerprint words with them. A laptop whose bundle arrives first is listed here as waiting.</source>
        <translation>현장 활동가가 노트북의 등록 요청 파일을 건네면, 아래의 등록 요청 파일로 승인하는 버튼을 누르고 확인 단어를 그 사람과 맞춰 보세요. 기록 꾸러미가 먼저 도착한 노트북은 여기에 대기 중으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Write a receipt for {device}…</source>
        <translation>{device}의 수신 확인서 작성…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>Write receipt for selected device…</source>
        <translation>선택한 기기의 수신 확인서 작성…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>bundles</source>
        <translation>기록 꾸러미</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>cut or rewritten</source>
        <translation>잘림 또는 다시 쓰임</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>devices</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>since {date}</source>
        <translation>{date}부터</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/devices.py"/>
        <source>{n} device</source>
        <extracomment>{n} devices</extracomment>
        <translation>
            <numerusform>기기 {n}대</numerusform>
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
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Household</source>
        <translation>가족 구성원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Items</source>
        <translation>물품</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>What happened</source>
        <translation>사건 내용</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/diff.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Witness</source>
        <translation>증인</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Cases that may be the same person, registered by different workers. Names never leave the field: a match means the same name and birth date (or phone) were entered there. Confirm only when you are sure; statistics then count one person.</source>
        <translation>서로 다른 활동가가 등록한, 같은 사람일 수 있는 사례입니다. 이름은 현장 밖으로 나가지 않습니다. 일치한다는 것은 현장에서 같은 이름과 생년월일(또는 전화번호)이 입력되었다는 뜻입니다. 확실할 때만 확인하세요. 그러면 통계에서 한 사람으로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Confirmed as one person</source>
        <translation>한 사람으로 확인됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Different people</source>
        <translation>다른 사람</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Maybe the same as</source>
        <translation>같은 사람일 수 있음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>No possible duplicates to review.</source>
        <translation>검토할 중복 후보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Not the same person after all</source>
        <translation>같은 사람이 아님</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Possible duplicates</source>
        <translation>중복 후보</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Reason for your decision (optional, kept with it)</source>
        <translation>결정한 이유 (선택, 결정과 함께 보관됨)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Same person</source>
        <translation>같은 사람</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Undo the confirmation: a new version of the link, the old one is kept.</source>
        <translation>확인을 취소합니다: 연결의 새 버전이 만들어지고, 이전 버전은 남습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>{code} {alias} ({details})</source>
        <translation>{code} {alias} ({details})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/duplicates.py"/>
        <source>{n} pair to review.</source>
        <extracomment>{n} pairs to review.</extracomment>
        <translation>
            <numerusform>검토할 쌍 {n}개.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Corroborated</source>
        <translation>뒷받침됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Dissolve event</source>
        <translation>묶음 풀기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>In common</source>
        <translation>공통점</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Incidents from different witnesses with the same kind of violation, place and time may be one event. Linking them shows how many independent witnesses an event has (two or more: corroborated).</source>
        <translation>서로 다른 증인이 말한 사건 중 침해 종류, 장소, 시기가 같은 것은 같은 사건일 수 있습니다. 묶으면 한 사건에 독립된 증인이 몇 명인지 보입니다 (두 명 이상: 뒷받침됨).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Link as one event</source>
        <translation>같은 사건으로 묶기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Maybe the same event as</source>
        <translation>같은 사건일 수 있음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Suggested events</source>
        <translation>제안된 사건</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The event was dissolved; its incidents are separate again.</source>
        <translation>묶음을 풀었습니다. 사건들이 다시 따로따로입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The incidents are linked as one event.</source>
        <translation>사건들을 같은 사건으로 묶었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>The incidents are separate again (a new version; nothing is lost).</source>
        <translation>사건들이 다시 따로따로가 됩니다 (새 버전이며, 잃는 것은 없습니다).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>Witnesses</source>
        <translation>증인</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{incident} (witness {code})</source>
        <translation>{incident} (증인 {code})</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/event_links.py"/>
        <source>{what}, {when}, {where}</source>
        <translation>{what}, {when}, {where}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/evidence.py"/>
        <source>Same event?</source>
        <translation>같은 사건?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/evidence.py"/>
        <source>Same person?</source>
        <translation>같은 사람?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Bundle</source>
        <translation>기록 꾸러미</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>History of this record</source>
        <translation>이 기록의 이력</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Made by</source>
        <translation>만든 곳</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Received or made</source>
        <translation>받은 때 또는 만든 때</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore this version</source>
        <translation>이 버전 복원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restore this version…</source>
        <translation>이 버전 복원…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Restored: the record now shows that content, as new version {version}.</source>
        <translation>복원했습니다. 기록은 이제 그 내용을 새 버전 {version}로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Show the content of version {version} again? Headquarters makes a new version with it; every version stays in the history, nothing is overwritten.</source>
        <translation>버전 {version}의 내용을 다시 보여 줄까요? 본부가 그 내용으로 새 버전을 만듭니다. 모든 버전은 이력에 남고, 아무것도 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>Shown now</source>
        <translation>지금 표시 중</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>This version</source>
        <translation>이 버전</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>This version beside the one shown now</source>
        <translation>이 버전과 지금 표시 중인 버전</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <source>shown now</source>
        <translation>지금 표시 중</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/history.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{id} (hash {sha})</source>
        <translation>{id} (해시 {sha})</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Choose bundle files</source>
        <translation>기록 꾸러미 파일 선택</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Choose bundle files…</source>
        <translation>기록 꾸러미 파일 선택…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Done: {k} of {n} file imported. The report below says what happened to it.</source>
        <extracomment>Done: {k} of {n} files imported. The report below says what happened to each.</extracomment>
        <translation>
            <numerusform>완료: 파일 {n}개 중 {k}개를 가져왔습니다. 각 파일이 어떻게 처리되었는지는 아래 보고서를 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Drop bundle files here (as many as you like), or</source>
        <translation>기록 꾸러미 파일을 여기에 끌어다 놓거나 (여러 개 가능)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Each file is checked before anything is stored: a damaged, altered or unknown bundle is refused and changes nothing. Bundles of devices not approved yet wait in quarantine (see Devices).</source>
        <translation>저장하기 전에 파일마다 검사합니다. 손상되었거나 변조되었거나 알 수 없는 기록 꾸러미는 거부되며 아무것도 바뀌지 않습니다. 아직 승인되지 않은 기기의 기록 꾸러미는 격리되어 기다립니다 (기기 화면 참고).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Field workers send their bundles as files, on a USB stick or by e-mail. Drop them above or choose them: each file gets a line here saying what happened to it.</source>
        <translation>현장 활동가는 기록 꾸러미를 USB 메모리나 이메일로 보냅니다. 위에 끌어다 놓거나 선택하세요. 파일마다 어떻게 처리되었는지 여기에 한 줄씩 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Imported when its device was approved: {what}</source>
        <translation>기기가 승인되어 가져왔습니다: {what}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Importing file {k} of {n}: {name}</source>
        <translation>파일 가져오는 중 ({k}/{n}): {name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Inbox: bundles from the field</source>
        <translation>받은 기록 꾸러미: 현장에서 온 기록 꾸러미</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Nothing imported yet</source>
        <translation>아직 가져온 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/inbox.py"/>
        <source>not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Back up the keys as shares…</source>
        <translation>키를 조각으로 나누어 백업…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Deployment profile</source>
        <translation>본부 설정 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Enter the organisation&apos;s name first.</source>
        <translation>먼저 단체 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Every bundle from the field is encrypted to these keys, and a field laptop trusts only a profile they signed. Once the keys exist, this page shows their fingerprint words, backs them up as shares and issues the profile.</source>
        <translation>현장에서 오는 모든 기록 꾸러미는 이 키로 암호화되고, 현장 노트북은 이 키로 서명된 본부 설정 파일만 믿습니다. 키가 생기면 이 화면에서 확인 단어를 보고, 키를 조각으로 나누어 백업하고, 본부 설정 파일을 발급할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Field workers compare these words (or the QR code) with what their laptop shows when they import the profile: read them out by phone or in person.</source>
        <translation>현장 활동가는 본부 설정 파일을 가져올 때 노트북에 표시되는 것과 이 단어(또는 QR 코드)를 대조합니다. 전화로 또는 직접 만나서 읽어 주세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Headquarters keys</source>
        <translation>본부 키</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Headquarters&apos; keys and the profile for field laptops</source>
        <translation>본부 키와 현장 노트북용 본부 설정 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Issue the profile and save it…</source>
        <translation>본부 설정 파일 발급 및 저장…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Make a new decryption key? Older keys keep decrypting bundles already on their way. Afterwards issue a new profile for the field laptops, and make a new share backup.</source>
        <translation>새 복호화 키를 만들까요? 이미 오고 있는 기록 꾸러미는 이전 키로도 계속 복호화됩니다. 그런 다음 현장 노트북용 새 본부 설정 파일을 발급하고, 조각 백업을 새로 만드세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Make a new key</source>
        <translation>새 키 만들기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>New key made. Now issue a new profile and back up the keys again.</source>
        <translation>새 키를 만들었습니다. 이제 새 본부 설정 파일을 발급하고 키를 다시 백업하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>No profile issued yet. Fill in the form and issue it; then give the file to each field worker.</source>
        <translation>아직 발급한 본부 설정 파일이 없습니다. 양식을 작성해 발급한 다음, 그 파일을 각 현장 활동가에게 전달하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Profile &amp; keys</source>
        <translation>본부 설정 파일 및 키</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Profile version {v} saved to {name}. Give it to each field worker and read them the fingerprint words: {words}</source>
        <translation>본부 설정 파일 버전 {v}을(를) {name}에 저장했습니다. 각 현장 활동가에게 전달하고 확인 단어를 읽어 주세요: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Restore keys from backup shares…</source>
        <translation>백업 조각으로 키 복원…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Rotate keys</source>
        <translation>키 교체</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Rotate keys…</source>
        <translation>키 교체…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>Save deployment profile</source>
        <translation>본부 설정 파일 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys are backed up as shares.</source>
        <translation>키가 조각으로 백업되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys are not backed up (or changed since the last backup).</source>
        <translation>키가 백업되지 않았습니다 (또는 마지막 백업 이후 바뀌었습니다).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/keys.py"/>
        <source>The keys changed since this profile was issued: issue a new one, so that field laptops encrypt to the new key.</source>
        <translation>이 본부 설정 파일을 발급한 뒤 키가 바뀌었습니다. 현장 노트북이 새 키로 암호화하도록 새 본부 설정 파일을 발급하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Attachments marked identifying (photos of faces, documents)</source>
        <translation>신원 식별 정보로 표시된 첨부 파일 (얼굴 사진, 문서)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Field laptops may delete delivered records after:</source>
        <translation>현장 노트북이 전달된 기록을 삭제할 수 있는 시점:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Identifying details that may leave the field (none is safest):</source>
        <translation>현장 밖으로 보낼 수 있는 신원 식별 정보 (보내지 않는 것이 가장 안전):</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/profile_form.py"/>
        <source>Organisation:</source>
        <translation>단체:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/records.py"/>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>(nothing)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>All themes</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Anyone who gets {name} can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>{name} 파일을 손에 넣은 누구나 읽을 수 있습니다. 안전하게 보관하고, 더 필요 없으면 지우세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Case file for a UN mechanism (.pdf)</source>
        <translation>유엔 메커니즘에 보낼 사건 파일(.pdf)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Count by</source>
        <translation>세는 기준</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Fewer than {k} people: hidden to protect them.</source>
        <translation>{k}명 미만: 그 사람들을 보호하려고 숨겼습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Hidden so that no small group can be worked out from the totals.</source>
        <translation>합계로부터 적은 인원의 칸을 역산할 수 없도록 숨겼습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Numbers count each person once and hide small groups. Files you export are not encrypted: keep them safe.</source>
        <translation>숫자는 한 사람을 한 번만 세고 작은 집단은 숨깁니다. 내보낸 파일은 암호화되지 않으니 안전하게 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Opening</source>
        <translation>첫 부분</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show identifying details?</source>
        <translation>신원 정보를 표시할까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show identity</source>
        <translation>신원 표시</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Show them</source>
        <translation>표시하기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Smallest group shown</source>
        <translation>표시할 가장 작은 집단</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Statistics table</source>
        <translation>통계표</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Template</source>
        <translation>양식</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Testimony</source>
        <translation>증언</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>The case file will show this witness&apos;s legal name, birth date, phone and address, marked confidential. Do this only if the mechanism needs them and the person agreed.</source>
        <translation>사건 파일에 이 증언자의 실명, 생년월일, 전화번호, 주소가 &apos;기밀&apos; 표시와 함께 나옵니다. 메커니즘에 꼭 필요하고 본인이 동의한 경우에만 하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>The file will not be encrypted</source>
        <translation>파일이 암호화되지 않습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>UPR submission draft (.docx)</source>
        <translation>UPR 제출문 초안(.docx)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Where should the report go?</source>
        <translation>보고서를 어디에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Write the file</source>
        <translation>파일 쓰기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Writing the report…</source>
        <translation>보고서를 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>Written to {path}.</source>
        <translation>{path}에 썼습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>and by</source>
        <translation>그리고</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/reports.py"/>
        <source>{name} already exists; choose a new name.</source>
        <translation>{name}이(가) 이미 있습니다. 새 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Add another share</source>
        <translation>조각 추가</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the headquarters keys</source>
        <translation>본부 키 복원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the headquarters keys from shares</source>
        <translation>조각으로 본부 키 복원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Restore the keys</source>
        <translation>키 복원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Share {n}:</source>
        <translation>조각 {n}:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/restore.py"/>
        <source>Type or paste the words of each share in its own box, in any order. You need as many shares as the backup asked for (usually 2). The restored keys become this headquarters&apos; keys.</source>
        <translation>조각마다 단어를 각각의 칸에 입력하거나 붙여 넣으세요. 순서는 상관없습니다. 백업할 때 정한 수만큼의 조각이 필요합니다 (보통 2개). 복원한 키가 이 본부의 키가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(shown now)</source>
        <translation>(현재 표시 중)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>A conflict appears here when a record was changed in two places (two laptops, or a laptop and headquarters). Both versions are kept until you choose one.</source>
        <translation>한 기록이 두 곳(노트북 두 대, 또는 노트북과 본부)에서 바뀌면 여기에 충돌로 나타납니다. 하나를 고를 때까지 두 버전 모두 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>A conflict means a record was changed in two places (two laptops, or a laptop and headquarters). Both versions are kept; compare them and keep the right one.</source>
        <translation>충돌은 한 기록이 두 곳(노트북 두 대, 또는 노트북과 본부)에서 바뀌었다는 뜻입니다. 두 버전이 모두 보관되어 있으니 비교해서 맞는 쪽을 남기세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Bundles of devices that are not approved yet. They stay encrypted here and are imported when the device is approved (on the Devices page).</source>
        <translation>아직 승인되지 않은 기기의 기록 꾸러미입니다. 암호화된 채로 여기에 보관되며, 기기가 승인되면 (기기 화면에서) 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Conflict resolved: the record now shows version {side}.</source>
        <translation>충돌을 해결했습니다. 이제 기록에 버전 {side}이(가) 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Keep version A</source>
        <translation>버전 A 남기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Keep version B</source>
        <translation>버전 B 남기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No bundles are waiting</source>
        <translation>기다리는 기록 꾸러미가 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No conflicts to review</source>
        <translation>검토할 충돌이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>No conflicts to review.</source>
        <translation>검토할 충돌이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Only the fields that differ</source>
        <translation>다른 항목만 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Quarantine</source>
        <translation>격리</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Received</source>
        <translation>받은 날짜</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Sequence</source>
        <translation>순번</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Show identifying details</source>
        <translation>신원 정보 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>The two versions</source>
        <translation>두 버전</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Version {side}</source>
        <translation>버전 {side}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>Version {side}: {device}, edit {counter}, {when}</source>
        <translation>버전 {side}: {device}, 수정 {counter}, {when}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/review.py"/>
        <source>waiting</source>
        <translation>대기 중</translation>
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
        <translation>본부 키 만들기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>Headquarters has no keys yet. Create them now (then back them up as shares), or restore them from a share backup if this replaces a headquarters computer.</source>
        <translation>본부 키가 아직 없습니다. 지금 만들거나(그런 다음 조각으로 백업), 본부 컴퓨터를 교체하는 경우라면 조각 백업에서 복원하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/setup.py"/>
        <source>The headquarters keys are not backed up. If this computer is lost or breaks, every record ever sent to headquarters is lost with it. Back them up as shares now.</source>
        <translation>본부 키가 백업되지 않았습니다. 이 컴퓨터를 잃어버리거나 고장 나면 지금까지 본부로 보내진 모든 기록도 함께 잃게 됩니다. 지금 조각으로 백업하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Cannot write {path}.</source>
        <translation>{path}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Field Intake: headquarters key backup</source>
        <translation>Field Intake: 본부 키 백업</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Keep this sheet locked away, apart from the other shares. Whoever holds {m} shares can read every record ever sent to headquarters. Never photograph it or keep it on a computer.</source>
        <translation>이 종이는 다른 조각과 떨어진 곳에 잠가 두세요. 조각 {m}개를 가진 사람은 지금까지 본부로 보내진 모든 기록을 읽을 수 있습니다. 절대 사진을 찍거나 컴퓨터에 보관하지 마세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Kept by: ______________________    Date: ______________</source>
        <translation>보관자: ______________________    날짜: ______________</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Key backup share {k} of {n}</source>
        <translation>키 백업 조각 {k}/{n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Key fingerprint (check it after restoring): {words}</source>
        <translation>키 확인 단어 (복원한 뒤 비교하세요): {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/hq/share_sheet.py"/>
        <source>Share {k} of {n}. Any {m} shares restore the keys; fewer reveal nothing.</source>
        <translation>조각 {k}/{n}. 아무 조각이나 {m}개가 모이면 키를 복원할 수 있고, 그보다 적으면 아무것도 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Added</source>
        <translation>추가한 날</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Testimony of {witness}</source>
        <translation>{witness}의 증언</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>none in force</source>
        <translation>유효한 동의 없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/columns.py"/>
        <source>{category} for {case}</source>
        <translation>{case}에게 {category}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All provinces</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>All provinces of origin</source>
        <translation>모든 출신 지역</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All situations</source>
        <translation>모든 상황</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All violation types</source>
        <translation>모든 침해 유형</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any consent in force</source>
        <translation>유효한 동의 (전체)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>Any vulnerability</source>
        <translation>모든 취약 요인</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/filters.py"/>
        <source>Search the words of these records</source>
        <translation>이 기록들에서 단어 검색</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>A case is a person you assist. Press &quot;New case&quot; (Ctrl+N) to record the first one; their aid and testimonies are then linked to them.</source>
        <translation>사례는 당신이 돕는 한 사람입니다. “새 사례”(Ctrl+N)를 눌러 첫 사례를 기록하세요. 그 사람의 지원과 증언이 사례에 연결됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>새 기록 만들기 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>New aid distribution</source>
        <translation>새 지원 배분</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>New case</source>
        <translation>새 사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>New testimony</source>
        <translation>새 증언</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No aid recorded yet</source>
        <translation>아직 기록된 지원이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No cases yet</source>
        <translation>아직 사례가 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No record matches these words and filters. Clear them to see every record.</source>
        <translation>이 검색어와 조건에 맞는 기록이 없습니다. 지우면 모든 기록이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>No testimonies yet</source>
        <translation>아직 증언이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Nothing matches</source>
        <translation>맞는 기록이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Record each handing out of food, clothing, medicine or other help with &quot;New aid distribution&quot; (Ctrl+N).</source>
        <translation>식량, 옷, 약 같은 지원을 나눠 줄 때마다 “새 지원 배분”(Ctrl+N)으로 기록하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Record what a person witnessed or suffered with &quot;New testimony&quot; (Ctrl+N); their consents decide how it may be used.</source>
        <translation>한 사람이 보거나 겪은 일을 “새 증언”(Ctrl+N)으로 기록하세요. 그 사람의 동의에 따라 증언을 어떻게 쓸 수 있는지가 정해집니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <source>Records: {n}</source>
        <translation>기록: {n}건</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lists/page.py"/>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Devices</source>
        <translation>기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Inbox</source>
        <translation>받은 기록 꾸러미</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/pages.py"/>
        <source>This page could not be opened. The details are in the log file.</source>
        <translation>이 페이지를 열 수 없습니다. 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>1 unsent change</source>
        <translation>보내지 않은 변경 1건</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Bring records in from a .csv or .xlsx file</source>
        <translation>.csv 또는 .xlsx 파일에서 기록을 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Import a spreadsheet…</source>
        <translation>스프레드시트 가져오기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Last export: {when}</source>
        <translation>마지막 내보내기: {when}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Lock now ({lock}). Panic key {panic}: lock, clear the clipboard and hide the window.</source>
        <translation>지금 잠급니다 ({lock}). 비상 키 {panic}: 잠그고, 클립보드를 비우고, 창을 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>No unsent changes</source>
        <translation>보내지 않은 변경 없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Pages</source>
        <translation>화면 목록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>Prepare bundle for headquarters</source>
        <translation>본부로 보낼 기록 꾸러미 만들기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main/window.py"/>
        <source>{n} unsent changes</source>
        <translation>보내지 않은 변경 {n}건</translation>
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
        <translation>(삭제된 사례)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(identifying)</source>
        <translation>(신원 정보)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>(the cases disagree)</source>
        <translation>(두 사례의 기록이 다름)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Aid received</source>
        <translation>받은 지원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Attached to</source>
        <translation>첨부된 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>By</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Caption</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Confirmed at headquarters as the same person as: {cases}</source>
        <translation>본부에서 같은 사람으로 확인됨: {cases}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Double-click a row (or press Enter) to open that record.</source>
        <translation>줄을 두 번 누르면(또는 Enter) 그 기록이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Every version headquarters holds: who made it, when it arrived, in which bundle.</source>
        <translation>본부가 가진 모든 버전: 누가 만들었는지, 언제 도착했는지, 어느 기록 꾸러미로 왔는지.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Last given</source>
        <translation>마지막 지원일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>New aid for this person</source>
        <translation>이 사람에게 새 지원 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>New testimony of this person</source>
        <translation>이 사람의 새 증언</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No aid recorded for this person yet.</source>
        <translation>이 사람에게 기록된 지원이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No household member recorded. Add one in Details.</source>
        <translation>기록된 가족 구성원이 없습니다. ‘세부 정보’에서 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No photo, scan or recording attached.</source>
        <translation>첨부된 사진, 스캔, 녹음이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>No testimony recorded for this person yet.</source>
        <translation>이 사람의 증언이 아직 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Quantities</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Record aid handed to this person (the case is filled in)</source>
        <translation>이 사람에게 준 지원을 기록합니다(사례가 미리 채워집니다)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Record what this person tells (they are filled in as the witness)</source>
        <translation>이 사람이 말한 내용을 기록합니다(증언자로 미리 채워집니다)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Recorded</source>
        <translation>기록된 곳</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>The two cases of a member do not say the same relation: check both.</source>
        <translation>한 구성원에 대해 두 사례가 서로 다른 관계를 말합니다. 두 사례를 모두 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>Times</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>What</source>
        <translation>무엇</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>What this laptop keeps: when the case was created and changed here, and when headquarters confirmed receiving it. Earlier contents are not kept on the laptop.</source>
        <translation>이 노트북이 보관하는 것: 이 사례를 여기서 만들고 바꾼 때, 본부가 받았다고 확인한 때. 이전 내용은 노트북에 남지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>born {year}</source>
        <translation>{year}년생</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>from {province}</source>
        <translation>{province} 출신</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>headquarters</source>
        <translation>본부</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>this case</source>
        <translation>이 사례</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} distribution recorded.</source>
        <extracomment>{n} distributions recorded.</extracomment>
        <translation>
            <numerusform>지원 {n}건이 기록되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>{n} file attached.</source>
        <extracomment>{n} files attached.</extracomment>
        <translation>
            <numerusform>파일 {n}개를 첨부했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} household member.</source>
        <extracomment>{n} household members.</extracomment>
        <translation>
            <numerusform>가족 구성원 {n}명.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/person/view.py"/>
        <source>{n} testimony given.</source>
        <extracomment>{n} testimonies given.</extracomment>
        <translation>
            <numerusform>증언 {n}건.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Confirmed received by headquarters</source>
        <translation>본부가 받았다고 확인함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>Created</source>
        <translation>만듦</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>brother of {person}</source>
        <translation>{person}의 형제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>child of {person}</source>
        <translation>{person}의 자녀</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>daughter of {person}</source>
        <translation>{person}의 딸</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>father of {person}</source>
        <translation>{person}의 아버지</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandchild of {person}</source>
        <translation>{person}의 손주</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>granddaughter of {person}</source>
        <translation>{person}의 손녀</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandfather of {person}</source>
        <translation>{person}의 할아버지</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandmother of {person}</source>
        <translation>{person}의 할머니</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandparent of {person}</source>
        <translation>{person}의 조부모</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>grandson of {person}</source>
        <translation>{person}의 손자</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>husband of {person}</source>
        <translation>{person}의 남편</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>in the household of {person}</source>
        <translation>{person}와(과) 같은 가족</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>mother of {person}</source>
        <translation>{person}의 어머니</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on both cases</source>
        <translation>두 사례 모두</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on their case</source>
        <translation>상대의 사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>on this case</source>
        <translation>이 사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>parent of {person}</source>
        <translation>{person}의 부모</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>relative of {person}</source>
        <translation>{person}의 친척</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>sibling of {person}</source>
        <translation>{person}의 형제자매</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>sister of {person}</source>
        <translation>{person}의 자매</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>son of {person}</source>
        <translation>{person}의 아들</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>spouse of {person}</source>
        <translation>{person}의 배우자</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>the same person as {person}</source>
        <translation>{person}와(과) 같은 사람</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>wife of {person}</source>
        <translation>{person}의 아내</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/person/words.py"/>
        <source>{relation} of {person}</source>
        <translation>{person}의 {relation}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Aid on {date} to {case}</source>
        <translation>{date} {case} 지원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Case: choose the person who received the aid.</source>
        <translation>사례: 지원을 받은 사람을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/vault/records.py"/>
        <source>Cases: choose at least one case.</source>
        <translation>사례: 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Category: choose what kind of aid this was.</source>
        <translation>분류: 어떤 지원이었는지 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Choose a category</source>
        <translation>분류를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Date: enter the day the aid was given (YYYY-MM-DD).</source>
        <translation>날짜: 지원한 날을 입력하세요 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Items, row {n}: the quantity is not a number.</source>
        <translation>물품 {n}행: 수량이 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Not recorded</source>
        <translation>기록 안 함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Quick entry: the same aid for several cases</source>
        <translation>빠른 입력: 여러 사례에 같은 지원</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Saved {n} aid distributions, one for each case.</source>
        <translation>사례마다 하나씩, 지원 배분 {n}건을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Saves one distribution for each case chosen below, all at once.</source>
        <translation>아래에서 선택한 사례마다 배분 기록을 하나씩 한 번에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Total value, if known</source>
        <translation>총 금액 (알 경우)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Town or district only, never an exact address</source>
        <translation>시·군 단위까지만, 정확한 주소는 쓰지 마세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Value: choose the currency.</source>
        <translation>금액: 통화를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_editor.py"/>
        <source>Value: not a number.</source>
        <translation>금액: 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Add item</source>
        <translation>물품 추가</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>Remove item</source>
        <translation>물품 삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>e.g. rice</source>
        <translation>예: 쌀</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/aid_items.py"/>
        <source>{name} {quantity} {unit}</source>
        <translation>{name} {quantity}{unit}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Hide picture</source>
        <translation>사진 숨기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Identifies a person (face, document)</source>
        <translation>신원 확인 가능 (얼굴, 신분증)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Keep metadata (place, time, camera)</source>
        <translation>메타데이터 유지 (장소, 시간, 카메라)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Photos usually record where and when they were taken. Leave this off unless that information is needed.</source>
        <translation>사진에는 보통 촬영 장소와 시간이 기록됩니다. 꼭 필요할 때만 켜세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Picture</source>
        <translation>사진</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove attachment</source>
        <translation>첨부 파일 삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove this attachment? Its content is deleted from this computer.</source>
        <translation>이 첨부 파일을 삭제할까요? 내용이 이 컴퓨터에서 지워집니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Remove…</source>
        <translation>첨부 삭제…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>Save the record first, then add its photos, scans and recordings here.</source>
        <translation>먼저 기록을 저장한 뒤, 여기에 사진·스캔·녹음을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>The picture cannot be shown: the file is damaged or of an unknown kind.</source>
        <translation>사진을 표시할 수 없습니다: 파일이 손상되었거나 알 수 없는 형식입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>This kind of file cannot be shown here.</source>
        <translation>이 형식의 파일은 여기서 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>identifying</source>
        <translation>신원 정보</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/attachments.py"/>
        <source>unaltered original</source>
        <translation>손대지 않은 원본</translation>
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
        <translation>{n}바이트</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Attachments ({n})</source>
        <translation>첨부 파일 ({n})</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete record</source>
        <translation>기록 삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete this record (asks first)</source>
        <translation>이 기록 삭제 (먼저 확인)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete this record? Its content is removed from this computer; this cannot be undone.</source>
        <translation>이 기록을 삭제할까요? 내용이 이 컴퓨터에서 지워지며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Reason for this change</source>
        <translation>이 변경의 이유</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Reason for this change (optional)</source>
        <translation>이 변경의 이유 (선택)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>기록 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Say why you change this record; the reason is kept with this version, so others can see who changed what and why.</source>
        <translation>이 기록을 왜 바꾸는지 적으세요. 이유는 이 버전과 함께 보관되어, 누가 무엇을 왜 바꾸었는지 다른 사람도 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>Undo changes</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/base.py"/>
        <source>row {n}</source>
        <translation>{n}행</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Alias: enter the working name of the person.</source>
        <translation>가명: 현장에서 부르는 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Case {code}</source>
        <translation>사례 {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Exact birth date: not a date (write it as YYYY-MM-DD).</source>
        <translation>정확한 생년월일: 날짜가 아닙니다 (YYYY-MM-DD로 쓰세요).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Generated when the case is created; it never changes.</source>
        <translation>사례를 만들 때 생성되며 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Hide identifying details</source>
        <translation>신원 정보 숨기기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Identifying details</source>
        <translation>신원 정보</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Not known</source>
        <translation>모름</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>Person</source>
        <translation>개인 요약</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>The working name used in the field, never the real name</source>
        <translation>현장에서 쓰는 이름 (실명은 절대 쓰지 마세요)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_editor.py"/>
        <source>e.g. 1985</source>
        <translation>예: 1985</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Cases receiving this aid</source>
        <translation>이 지원을 받는 사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Remove selected cases</source>
        <translation>선택한 사례 빼기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/case_picker.py"/>
        <source>Type an alias or a case code</source>
        <translation>가명 또는 사례 코드 입력</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>(unknown case)</source>
        <translation>(알 수 없는 사례)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/cases.py"/>
        <source>{alias} · {code}</source>
        <translation>{alias} · {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent given</source>
        <translation>동의함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: enter the date it was given or refused (YYYY-MM-DD).</source>
        <translation>동의 “{scope}”: 동의하거나 거부한 날짜를 입력하세요 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: only consent that was given can be withdrawn.</source>
        <translation>동의 “{scope}”: 동의한 경우에만 철회할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: the withdrawal date is not a date.</source>
        <translation>동의 “{scope}”: 철회일이 올바른 날짜가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Consent “{scope}”: withdrawn before it was given.</source>
        <translation>동의 “{scope}”: 동의한 날보다 먼저 철회되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Record each consent exactly as the witness gave it. Nothing is shared beyond what is consented to here.</source>
        <translation>증인이 준 동의를 그대로 기록하세요. 여기서 동의한 범위를 넘어서는 아무것도 공유되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/consents.py"/>
        <source>Withdrawn on</source>
        <translation>철회일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Attach photos, scans or recordings</source>
        <translation>사진, 스캔 또는 녹음 첨부</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Discard changes</source>
        <translation>변경 버리기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Go back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Photos, scans and recordings</source>
        <translation>사진, 스캔, 녹음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>Save them, discard them, or go back to the record?</source>
        <translation>저장할까요, 버릴까요, 아니면 기록으로 돌아갈까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/dialogs.py"/>
        <source>This record has changes that are not saved.</source>
        <translation>이 기록에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Back to this person&apos;s page</source>
        <translation>이 사람의 요약으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Choose a record in the list, or press New.</source>
        <translation>목록에서 기록을 고르거나 ‘새로 만들기’를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>Saved: {record} is on this person&apos;s page now.</source>
        <translation>저장했습니다. 이제 이 사람의 요약에 {record}이(가) 보입니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>This record is no longer in the vault: it was deleted, or removed from this laptop after headquarters confirmed receiving it. The list has been updated.</source>
        <translation>이 기록은 더 이상 보관함에 없습니다. 삭제되었거나, 본부가 받았다고 확인한 뒤 이 노트북에서 지워졌습니다. 목록을 새로 고쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the aid distribution</source>
        <translation>지원 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>the testimony</source>
        <translation>증언</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/host.py"/>
        <source>‹ Back to {person}</source>
        <translation>‹ {person}(으)로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Add member</source>
        <translation>구성원 추가</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/household.py"/>
        <source>Remove member</source>
        <translation>구성원 삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Add incident</source>
        <translation>사건 추가</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Name of the place or facility, if known</source>
        <translation>장소 또는 시설 이름 (알 경우)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>No incident yet. Add one for each event the witness describes.</source>
        <translation>아직 사건이 없습니다. 증인이 말한 사건마다 하나씩 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Precision of the date</source>
        <translation>날짜의 정확도</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Province not recorded</source>
        <translation>지역 기록 안 함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Remove incident</source>
        <translation>사건 삭제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>The victim&apos;s own case, if there is one</source>
        <translation>피해자 본인의 사례 (있을 경우)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>Victim&apos;s case</source>
        <translation>피해자 사례</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/incidents.py"/>
        <source>no violation type yet</source>
        <translation>침해 유형 없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How credible is this account itself: confirmed elsewhere, consistent, plausible?</source>
        <translation>이 진술 자체는 얼마나 믿을 만한가요? 다른 곳에서 확인되었는지, 앞뒤가 맞는지, 있을 법한지?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How reliable is this source, judged from what you know of them (not from this account)?</source>
        <translation>이 진술과 상관없이, 이 사람에 대해 아는 것으로 볼 때 출처로서 얼마나 믿을 만한가요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How the witness knows</source>
        <translation>증인이 아는 방법</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>How the witness knows what they tell: lived it, saw it, heard it from someone, or saw documents.</source>
        <translation>증인이 말하는 내용을 어떻게 아는지: 직접 겪었는지, 보았는지, 누군가에게 들었는지, 문서를 보았는지.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Incident {n}: choose at least one violation type.</source>
        <translation>사건 {n}: 침해 유형을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Information credibility</source>
        <translation>정보 신빙성</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interview</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interview date: enter the day of the interview (YYYY-MM-DD).</source>
        <translation>면담일: 면담한 날을 입력하세요 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Interviewer: enter who conducted the interview.</source>
        <translation>면담자: 면담을 진행한 사람을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Leave empty if there was none</source>
        <translation>없었으면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Not assessed</source>
        <translation>평가하지 않음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Source reliability</source>
        <translation>출처 신뢰도</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Testimony of {witness}, {date}</source>
        <translation>{witness}의 증언, {date}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>The witness&apos;s account, in their words.</source>
        <translation>증인의 진술을 증인의 말 그대로 적으세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Who conducted the interview</source>
        <translation>면담을 진행한 사람</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/testimony_editor.py"/>
        <source>Witness: choose the case of the person interviewed.</source>
        <translation>증인: 면담한 사람의 사례를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Chosen: {names}</source>
        <translation>선택함: {names}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>HURIDOCS code: {code}</source>
        <translation>HURIDOCS 코드: {code}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>No violation type chosen yet.</source>
        <translation>아직 선택한 침해 유형이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Search: a word, a treaty article (ICCPR 7) or a code</source>
        <translation>검색: 단어, 조약 조항 (ICCPR 7) 또는 코드</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/violation_picker.py"/>
        <source>Theme: {theme}</source>
        <translation>주제: {theme}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>Pick a date on a calendar</source>
        <translation>달력에서 날짜 선택</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>Problems to fix before saving</source>
        <translation>저장하기 전에 고칠 문제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM 또는 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/records/widgets.py"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>All aid categories</source>
        <translation>모든 지원 분류</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any information credibility</source>
        <translation>모든 정보 신빙성</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Any source reliability</source>
        <translation>모든 출처 신뢰도</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/filters.py"/>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Found: {n}</source>
        <translation>검색 결과: {n}건</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Nothing found</source>
        <translation>찾은 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Nothing to search yet</source>
        <translation>아직 검색할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search all records: aliases, codes, violation types, places, items, narratives…</source>
        <translation>모든 기록 검색: 가명, 코드, 침해 유형, 장소, 물품, 진술…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search looks through every case, aid distribution and testimony once some are recorded.</source>
        <translation>기록이 생기면 검색은 모든 사례, 지원 배분, 증언을 살펴봅니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Try fewer or shorter words, or clear the filters.</source>
        <translation>검색어를 줄이거나 짧게 하거나, 조건을 지워 보세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/search/page.py"/>
        <source>Type in the box above to search every record: an alias or case code, a place, an item, a word of a narrative. Choose a result to open it.</source>
        <translation>위 칸에 입력해 모든 기록을 검색하세요: 별칭이나 사례 번호, 장소, 물품, 진술 속 낱말. 결과를 고르면 열립니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>1 minute</source>
        <translation>1분</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>A new recovery key will be made and shown once. The current recovery key stops working at once.</source>
        <translation>새 복구 키를 만들어 한 번만 보여 줍니다. 지금의 복구 키는 즉시 쓸 수 없게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>A recovery key is set.</source>
        <translation>복구 키가 설정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Backup:</source>
        <translation>백업:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Change passphrase…</source>
        <translation>암호 문구 변경…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Lock after no activity for:</source>
        <translation>자동 잠금 (사용하지 않은 시간):</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Lock: {lock}. Panic key: {panic} locks at once, clears the clipboard and hides the window.</source>
        <translation>잠금: {lock}. 비상 키 {panic}: 즉시 잠그고, 클립보드를 비우고, 창을 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>No recovery key is set.</source>
        <translation>복구 키가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Protection</source>
        <translation>보호</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Recovery key:</source>
        <translation>복구 키:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Replace recovery key…</source>
        <translation>복구 키 교체…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Replace the recovery key?</source>
        <translation>복구 키를 교체할까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/dialog.py"/>
        <source>{n} minutes</source>
        <translation>{n}분</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>A duress passphrase is a second passphrase for when someone forces you to open the app. It opens a separate decoy vault that never shows your real records. You can put a few ordinary records in the decoy, so that it looks used. The app looks and works the same with either passphrase, and nothing on the laptop shows whether one is set.</source>
        <translation>강요용 암호 문구는 누군가 앱을 열라고 강요할 때 쓰는 두 번째 암호 문구입니다. 이 암호 문구는 진짜 기록을 절대 보여 주지 않는 별도의 가짜 보관함을 엽니다. 가짜 보관함에 평범한 기록을 몇 개 넣어 두면 실제로 쓰는 것처럼 보입니다. 어느 암호 문구로 열어도 앱의 모양과 동작은 같고, 노트북의 어떤 것도 강요용 암호 문구가 설정되었는지 보여 주지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Also destroy the real vault&apos;s keys when the duress passphrase is used</source>
        <translation>강요용 암호 문구를 쓰면 진짜 보관함의 열쇠도 없애기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Checking that it differs from your real passphrase…</source>
        <translation>진짜 암호 문구와 다른지 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Duress passphrase set</source>
        <translation>강요용 암호 문구 설정됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Duress passphrase:</source>
        <translation>강요용 암호 문구:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>If you tick this, the first time the duress passphrase is used, your real passphrase and your recovery key stop working for ever, without any message. Nobody can open the real records after that, not even you. Records already sent to headquarters stay safe there; everything not yet sent is lost.</source>
        <translation>이것을 선택하면, 강요용 암호 문구를 처음 사용하는 순간 진짜 암호 문구와 복구 키가 아무 알림 없이 영원히 쓸 수 없게 됩니다. 그 뒤로는 누구도, 당신 자신도 진짜 기록을 열 수 없습니다. 이미 본부에 보낸 기록은 본부에 안전하게 남지만, 아직 보내지 않은 것은 모두 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Set a duress passphrase</source>
        <translation>강요용 암호 문구 설정</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>Set duress passphrase</source>
        <translation>강요용 암호 문구 설정</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>This is a passphrase you already use to open this vault. Choose a different one.</source>
        <translation>이미 이 보관함을 여는 데 쓰고 있는 암호 문구입니다. 다른 것을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/duress.py"/>
        <source>✓ Both entries match, and it differs from your real passphrase.</source>
        <translation>✓ 두 입력이 같고, 진짜 암호 문구와 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Change passphrase</source>
        <translation>암호 문구 변경</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Change the passphrase</source>
        <translation>암호 문구 변경</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Current passphrase:</source>
        <translation>현재 암호 문구:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>Passphrase changed</source>
        <translation>암호 문구 변경됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>The current passphrase is not correct.</source>
        <translation>현재 암호 문구가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/passphrase.py"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>암호 문구를 바꿨습니다. 이제부터 새 암호 문구를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>&quot;Lock and destroy the keys&quot; also makes the vault impossible to open, for anyone, for ever, when you press the panic key. Records already sent to headquarters stay there.</source>
        <translation>&quot;잠그고 열쇠 없애기&quot;를 고르면, 비상 키를 누를 때 보관함을 누구도 영원히 열 수 없게 됩니다. 이미 본부에 보낸 기록은 본부에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>A second passphrase that opens a decoy vault instead of your real records, for when someone forces you to open the app. Off until you set one.</source>
        <translation>누군가 앱을 열라고 강요할 때를 위해, 진짜 기록 대신 가짜 보관함을 여는 두 번째 암호 문구입니다. 설정하기 전에는 꺼져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>After this many wrong passphrases in a row, the vault is destroyed: nobody can open it any more, and the app starts as if newly installed. Records already sent to headquarters stay there. Off by default; at least 5.</source>
        <translation>암호 문구를 연속으로 이만큼 틀리면 보관함을 없앱니다. 그 뒤로는 아무도 열 수 없고, 앱은 새로 설치한 것처럼 시작합니다. 이미 본부에 보낸 기록은 본부에 남습니다. 기본값은 꺼짐이며, 켤 때는 5번 이상입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>After {n} wrong passphrase in a row</source>
        <extracomment>After {n} wrong passphrases in a row</extracomment>
        <translation>
            <numerusform>암호 문구를 연속 {n}번 틀리면</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Destroy the vault:</source>
        <translation>보관함 없애기:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Duress passphrase</source>
        <translation>강요용 암호 문구</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>If the laptop is taken or you are forced to open it</source>
        <translation>노트북을 빼앗기거나 억지로 열어야 할 때</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Kept in memory only; gone when the app locks. They never hold record content.</source>
        <translation>메모리에만 있고, 앱이 잠기면 사라집니다. 기록 내용은 절대 담기지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Lock and destroy the keys</source>
        <translation>잠그고 열쇠 없애기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Never</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Not set.</source>
        <translation>설정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Notes of this session</source>
        <translation>이번 실행의 기록 메모</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Panic key:</source>
        <translation>비상 키:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Remove the duress passphrase?</source>
        <translation>강요용 암호 문구를 없앨까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Replace…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set duress passphrase…</source>
        <translation>강요용 암호 문구 설정…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set: it opens the decoy vault and destroys the real keys when used.</source>
        <translation>설정됨: 가짜 보관함을 열고, 사용하면 진짜 열쇠를 없앱니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Set: it opens the decoy vault.</source>
        <translation>설정됨: 가짜 보관함을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>Show this session&apos;s notes…</source>
        <translation>이번 실행의 메모 보기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>The app keeps no diary on this laptop: its notes stay in memory and are gone when it locks.</source>
        <translation>이 앱은 노트북에 사용 기록을 남기지 않습니다. 메모는 메모리에만 있고 잠기면 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/protection.py"/>
        <source>The duress passphrase will stop working. The decoy vault stays, unused, as in every vault.</source>
        <translation>강요용 암호 문구를 더 이상 쓸 수 없게 됩니다. 가짜 보관함은 다른 모든 보관함처럼 쓰이지 않은 채 남습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>I have written down the new recovery key</source>
        <translation>새 복구 키를 적어 두었습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>The old recovery key no longer works. This is the new one.</source>
        <translation>이전 복구 키는 더 이상 쓸 수 없습니다. 새 복구 키는 다음과 같습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/settings/recovery.py"/>
        <source>Your new recovery key</source>
        <translation>새 복구 키</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>(ignore this column)</source>
        <translation>(이 열 무시)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>(not mapped)</source>
        <translation>(지정 안 함)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>A .csv or .xlsx file. It is read into memory only; nothing is written until the last step.</source>
        <translation>.csv 또는 .xlsx 파일입니다. 메모리로만 읽으며, 마지막 단계 전에는 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Choose the spreadsheet</source>
        <translation>스프레드시트 선택</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Example</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Find out by itself</source>
        <translation>자동으로 알아내기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>From the sheet names or a type column</source>
        <translation>시트 이름이나 종류 열에서</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Kind of records:</source>
        <translation>기록 종류:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Mapping loaded: {name}</source>
        <translation>대응표를 불러왔습니다: {name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Mappings</source>
        <translation>대응표</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Match the columns and values</source>
        <translation>열과 값 맞추기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Save this mapping</source>
        <translation>이 대응표 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Save this mapping…</source>
        <translation>이 대응표 저장…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Spreadsheets</source>
        <translation>스프레드시트</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Suggestions are filled in. Check each one marked “please check”. Columns marked “identifying” name or locate a person.</source>
        <translation>제안이 채워져 있습니다. “확인해 주세요”라고 표시된 것은 하나하나 확인하세요. “신원 정보”로 표시된 열은 사람의 이름이나 위치를 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Text encoding (CSV):</source>
        <translation>문자 인코딩 (CSV):</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Text in the file</source>
        <translation>파일 속 글자</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>The mapping was saved to {path}.</source>
        <translation>대응표를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>The text encoding of this file is not certain. Choose the line under “Text encoding” that reads correctly, then press Next.</source>
        <translation>이 파일의 문자 인코딩이 확실하지 않습니다. “문자 인코딩”에서 글자가 바르게 보이는 줄을 고른 뒤 다음을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Update the values</source>
        <translation>값 다시 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Use a saved mapping</source>
        <translation>저장한 대응표 사용</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Use a saved mapping…</source>
        <translation>저장한 대응표 사용…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>Values from lists</source>
        <translation>목록의 값</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>each row names its kind of record</source>
        <translation>각 행에 기록 종류가 적혀 있습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>identifying: names or locates a person</source>
        <translation>신원 정보: 사람의 이름이나 위치를 알려 줌</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>no match: choose a field or ignore it</source>
        <translation>맞는 항목 없음: 항목을 고르거나 무시하세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>no match: choose a value</source>
        <translation>맞는 값 없음: 값을 고르세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>recognised</source>
        <translation>인식됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>suggested: please check</source>
        <translation>제안: 확인해 주세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/pages.py"/>
        <source>{n} columns, {m} different values.</source>
        <translation>열 {n}개, 서로 다른 값 {m}개.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>A dry run: each row is checked as if it were imported, and nothing is written.</source>
        <translation>시험 실행: 각 행을 실제로 가져오는 것처럼 검사하며, 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Cancel the import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Check every row</source>
        <translation>모든 행 검사</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Checking…</source>
        <translation>검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete the spreadsheet?</source>
        <translation>스프레드시트를 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Delete the spreadsheet…</source>
        <translation>스프레드시트 삭제…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Every row can be imported.</source>
        <translation>모든 행을 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Importing… Every row is saved in one step: if you cancel, nothing is kept.</source>
        <translation>가져오는 중… 모든 행을 한 번에 저장합니다. 취소하면 아무것도 남지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>Rows that cannot be imported</source>
        <translation>가져올 수 없는 행</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>The spreadsheet was deleted. Copies elsewhere (a USB stick, e-mail, the recycle bin) are not affected.</source>
        <translation>스프레드시트를 삭제했습니다. 다른 곳에 있는 사본(USB, 이메일, 휴지통)은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>What will be saved</source>
        <translation>저장될 내용</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>{n} problem must be fixed before the import (go back to change the mapping, or correct the file):</source>
        <extracomment>{n} problems must be fixed before the import (go back to change the mapping, or correct the file):</extracomment>
        <translation>
            <numerusform>가져오기 전에 문제 {n}건을 고쳐야 합니다 (뒤로 가서 대응표를 바꾸거나 파일을 고치세요):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/run_pages.py"/>
        <source>{path} will be overwritten and deleted. {warning}</source>
        <translation>{path}을(를) 덮어쓴 뒤 삭제합니다. {warning}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/spreadsheet/wizard.py"/>
        <source>Import a spreadsheet</source>
        <translation>스프레드시트 가져오기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>2. Send records to headquarters</source>
        <translation>2. 본부로 기록 보내기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>취소했습니다. 기록 꾸러미를 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>File: {name}</source>
        <translation>파일: {name}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Headquarters&apos; profile lets identifying details leave this laptop.</source>
        <translation>본부 설정 파일에 따라 신원 식별 정보도 이 노트북 밖으로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Identifying details stay on this laptop, as headquarters&apos; profile requires: {what}.</source>
        <translation>본부 설정 파일에 따라 다음 신원 식별 정보는 이 노트북에 남습니다: {what}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Import the deployment profile first (step 1).</source>
        <translation>먼저 본부 설정 파일을 가져오세요 (1단계).</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Prepare bundle for headquarters…</source>
        <translation>본부로 보낼 기록 꾸러미 만들기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Send everything again (full export)</source>
        <translation>전부 다시 보내기 (전체 내보내기)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Take the file to headquarters. Its name says nothing about what is inside; you may delete it from the stick once headquarters sends a receipt.</source>
        <translation>이 파일을 본부에 전달하세요. 파일 이름으로는 내용을 알 수 없습니다. 본부에서 수신 확인서를 보내오면 USB 메모리에서 지워도 됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Where should the bundle go? (a USB stick or a folder)</source>
        <translation>기록 꾸러미를 어디에 저장할까요? (USB 메모리 또는 폴더)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Writes what changed since headquarters&apos; last receipt into one encrypted file, readable only by headquarters. Choose a USB stick or a folder to send from.</source>
        <translation>본부의 마지막 수신 확인서 이후 바뀐 내용을 본부만 읽을 수 있는 암호화 파일 하나로 만듭니다. USB 메모리나 보낼 파일을 둘 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>Writing the bundle…</source>
        <translation>기록 꾸러미를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/export.py"/>
        <source>attachments marked identifying</source>
        <translation>신원 식별 정보로 표시된 첨부 파일</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/page.py"/>
        <source>Sync with headquarters</source>
        <translation>본부와 동기화</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Attachments marked identifying (photos of faces, documents): {answer}</source>
        <translation>신원 식별 정보로 표시된 첨부 파일 (얼굴 사진, 문서): {answer}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Call headquarters or meet them, and ask them to read their fingerprint words to you (or scan both QR codes with the same phone). Trust this profile only if every word is the same, in the same order.</source>
        <translation>본부에 전화하거나 직접 만나서 확인 단어를 읽어 달라고 하세요 (또는 같은 휴대전화로 두 QR 코드를 모두 스캔하세요). 모든 단어가 같은 순서로 똑같을 때만 이 본부 설정 파일을 신뢰하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Check the deployment profile</source>
        <translation>본부 설정 파일 확인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Delivered records may be deleted from the laptop {n} day after headquarters confirms them.</source>
        <extracomment>Delivered records may be deleted from the laptop {n} days after headquarters confirms them.</extracomment>
        <translation>
            <numerusform>본부가 확인한 기록은 {n}일이 지나면 노트북에서 삭제할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Identifying details sent to headquarters: {fields}</source>
        <translation>본부로 보내는 신원 식별 정보: {fields}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Is this profile really from your headquarters?</source>
        <translation>이 본부 설정 파일이 정말 본부에서 온 것인가요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>Organisation: {name}. Profile version {v}, issued {at}.</source>
        <translation>단체: {name}. 본부 설정 파일 버전 {v}, 발급일 {at}.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>The words match: trust this profile</source>
        <translation>단어가 일치합니다: 이 본부 설정 파일 신뢰</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <location filename="../../intake_app/ui/sync/prompts.py"/>
        <source>They do not match</source>
        <translation>일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/profile_view.py"/>
        <source>stay on this laptop</source>
        <translation>이 노트북에 남음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>(deleted record)</source>
        <translation>(삭제된 기록)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete delivered records</source>
        <translation>전달된 기록 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete this {n} record from this laptop?</source>
        <extracomment>Delete these {n} records from this laptop?</extracomment>
        <translation>
            <numerusform>이 기록 {n}개를 이 노트북에서 삭제할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delete {n} record</source>
        <extracomment>Delete {n} records</extracomment>
        <translation>
            <numerusform>기록 {n}개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Delivered records that stay</source>
        <translation>남는 전달 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Headquarters confirmed them (delivered before {date}). Their attachments go with them, and identifying details that never left the laptop are lost. This cannot be undone.</source>
        <translation>본부가 받았다고 확인한 기록입니다 ({date} 이전에 전달됨). 첨부 파일도 함께 삭제되고, 노트북 밖으로 나간 적 없는 신원 식별 정보는 사라집니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Records to delete</source>
        <translation>삭제할 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>Why it stays</source>
        <translation>남는 이유</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/purge.py"/>
        <source>{n} other delivered record stays on this laptop:</source>
        <extracomment>{n} other delivered records stay on this laptop:</extracomment>
        <translation>
            <numerusform>전달된 다른 기록 {n}개는 이 노트북에 남습니다:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>(changed since)</source>
        <translation>(그 뒤 수정됨)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>3. Receipts from headquarters</source>
        <translation>3. 본부의 수신 확인서</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delete delivered records from this laptop…</source>
        <translation>이 노트북에서 전달된 기록 삭제…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records</source>
        <translation>전달된 기록</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records: {n}</source>
        <translation>전달된 기록: {n}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Delivered records: {n} (the latest {shown} are shown)</source>
        <translation>전달된 기록: {n} (최근 {shown}건 표시)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Headquarters answers each bundle with a receipt file. Import it to see which records arrived; those can then be deleted from this laptop, so that a seized laptop holds less.</source>
        <translation>본부는 기록 꾸러미마다 수신 확인서 파일로 답합니다. 이를 가져오면 어떤 기록이 도착했는지 볼 수 있고, 그 기록은 이 노트북에서 삭제할 수 있어 노트북이 압수되어도 남는 정보가 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Import receipt</source>
        <translation>수신 확인서 가져오기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>Import receipt…</source>
        <translation>수신 확인서 가져오기…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} day after delivery.</source>
        <extracomment>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} days after delivery.</extracomment>
        <translation>
            <numerusform>아직 삭제할 수 있을 만큼 오래된 전달 기록이 없습니다. 본부 설정 파일에 따라 전달 후 {n}일 동안 보관해야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>No records delivered yet</source>
        <translation>아직 전달이 확인된 기록이 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/receipts.py"/>
        <source>When headquarters has imported a bundle, they send back a receipt file. Import it: the records it names are listed here.</source>
        <translation>본부가 기록 꾸러미를 가져오면 수신 확인서 파일을 보내 줍니다. 그 파일을 가져오면 거기에 적힌 기록이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>1. Connect this laptop to headquarters</source>
        <translation>1. 이 노트북을 본부와 연결</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Enrollment request written to {path}. Give it to headquarters. When they approve it, they should see this key fingerprint: {fp}</source>
        <translation>등록 요청을 {path}에 저장했습니다. 본부에 전달하세요. 본부에서 승인할 때 이 키 확인 코드가 보여야 합니다: {fp}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Import deployment profile</source>
        <translation>본부 설정 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Import deployment profile…</source>
        <translation>본부 설정 파일 가져오기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Name headquarters will see:</source>
        <translation>본부에 표시될 이름:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>No deployment profile yet. Headquarters sends it as a file (on a USB stick or by e-mail). Import it, compare the fingerprint words with headquarters, then write the enrollment request and give that file to headquarters.</source>
        <translation>아직 본부 설정 파일이 없습니다. 본부가 파일로 보내 줍니다 (USB 메모리 또는 이메일). 이를 가져와 확인 단어를 본부와 대조한 다음, 등록 요청을 만들어 그 파일을 본부에 전달하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Read them these fingerprint words by phone or in person: {words}</source>
        <translation>전화나 직접 만나서 이 확인 단어를 읽어 주세요: {words}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Save enrollment request</source>
        <translation>등록 요청 저장</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Trusted headquarters fingerprint:</source>
        <translation>신뢰하는 본부의 확인 단어:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>Write enrollment request…</source>
        <translation>등록 요청 만들기…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sync/setup.py"/>
        <source>e.g. Yanji laptop 2 (no real names)</source>
        <translation>예: 연길 노트북 2 (실명 쓰지 않기)</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Demo vault with fictional records. Its passphrase is: {pw}</source>
        <translation>가상 기록이 담긴 체험용 보관함입니다. 암호 문구: {pw}</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Field Intake is locked</source>
        <translation>Field Intake가 잠겨 있습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>I forgot the passphrase: use the recovery key</source>
        <translation>암호 문구를 잊었습니다: 복구 키 사용</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Show what I type</source>
        <translation>입력한 내용 보기</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>The vault could not be opened.</source>
        <translation>보관함을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Too many wrong attempts. You can try again in {s} seconds.</source>
        <translation>잘못 입력한 횟수가 너무 많습니다. {s}초 후에 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type the passphrase first.</source>
        <translation>먼저 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type the recovery key first.</source>
        <translation>먼저 복구 키를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type your passphrase to open the vault.</source>
        <translation>보관함을 열려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Type your recovery key to open the vault.</source>
        <translation>보관함을 열려면 복구 키를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock/dialog.py"/>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>Files of type:</source>
        <translation>파일 형식:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/file_dialogs.py"/>
        <source>Look in:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>New passphrase:</source>
        <translation>새 암호 문구:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Repeat it:</source>
        <translation>다시 입력:</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>The two passphrases are not the same.</source>
        <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Type the passphrase again in the second field.</source>
        <translation>두 번째 칸에 암호 문구를 한 번 더 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Very strong</source>
        <translation>매우 강함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Very weak</source>
        <translation>매우 약함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/passphrase.py"/>
        <source>Weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Print the recovery key on paper</source>
        <translation>복구 키를 종이에 인쇄합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <source>Write this recovery key on paper now (or print it with the Print button) and keep it somewhere safe, away from this laptop. It is shown only once. With it you can open the vault if you forget the passphrase; anyone who has it can open the vault too. Do not keep a copy on this laptop.</source>
        <translation>지금 이 복구 키를 종이에 적고(또는 인쇄 버튼으로 인쇄하고) 이 노트북과 떨어진 안전한 곳에 보관하세요. 한 번만 표시됩니다. 암호 문구를 잊어도 이 키로 보관함을 열 수 있습니다. 이 키를 가진 사람은 누구나 보관함을 열 수 있습니다. 이 노트북에는 사본을 두지 마세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery.py"/>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>group {n}</source>
        <translation>{n}번 묶음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Keep this paper somewhere safe, away from the laptop. Do not photograph it and do not keep a copy on the laptop or a phone.</source>
        <translation>이 종이는 노트북과 떨어진 안전한 곳에 보관하세요. 사진을 찍지 말고, 노트북이나 휴대전화에 사본을 두지 마세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>No printer</source>
        <translation>프린터 없음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>No printer is set up on this computer. Write the recovery key down by hand.</source>
        <translation>이 컴퓨터에는 설정된 프린터가 없습니다. 복구 키를 손으로 적어 두세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Not printed</source>
        <translation>인쇄하지 않음</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>Print the recovery key?</source>
        <translation>복구 키를 인쇄할까요?</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>The printer and this computer&apos;s printing system may keep a copy of the page for a while (on Linux usually a day). Writing the key down by hand leaves no copy anywhere.</source>
        <translation>프린터와 이 컴퓨터의 인쇄 시스템이 인쇄한 페이지의 사본을 한동안(Linux에서는 보통 하루) 보관할 수 있습니다. 키를 손으로 적으면 어디에도 사본이 남지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>The recovery key was not printed: printing to a file would leave the key readable on this computer. Choose a printer that prints on paper, or write the key down by hand.</source>
        <translation>복구 키를 인쇄하지 않았습니다. 파일로 인쇄하면 이 컴퓨터에 누구나 읽을 수 있는 키가 남습니다. 종이에 인쇄하는 프린터를 고르거나 키를 손으로 적어 두세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>When the program asks for the recovery key, type the groups in this order.</source>
        <translation>프로그램이 복구 키를 물으면 이 순서대로 묶음을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/widgets/recovery_print.py"/>
        <source>With this key the vault can be opened if the passphrase is forgotten. Anyone who has it can open the vault too.</source>
        <translation>암호 문구를 잊었을 때 이 키로 보관함을 열 수 있습니다. 이 키를 가진 사람은 누구나 보관함을 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/workers.py"/>
        <source>Something went wrong. The details are in the log file; no record content is in it.</source>
        <translation>문제가 생겼습니다. 자세한 내용은 로그 파일에 있습니다. 로그에는 기록 내용이 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>audio</source>
        <translation>음성</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>this kind of</source>
        <translation>이런 종류의</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached with its place, time and camera data, as you asked.</source>
        <translation>{name}: 요청하신 대로 장소, 시간, 카메라 정보를 그대로 두고 첨부했습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached, but its hidden data (place, time, device) could NOT be removed: this app cannot clean {format} files. Anyone who sees this file may learn where and when it was made.</source>
        <translation>{name}: 첨부했지만, 숨은 정보(장소, 시간, 기기)를 지울 수 없었습니다. 이 앱은 {format} 파일을 정리하지 못합니다. 이 파일을 보는 사람은 언제 어디서 만들어졌는지 알 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached. It carried no place, time or camera data.</source>
        <translation>{name}: 첨부했습니다. 장소, 시간, 카메라 정보가 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: attached. Place, time and camera data were removed ({removed}).</source>
        <translation>{name}: 첨부했습니다. 장소, 시간, 카메라 정보를 지웠습니다 ({removed}).</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: not attached: the file cannot be read.</source>
        <translation>{name}: 첨부하지 않았습니다: 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachment_import.py"/>
        <source>{name}: not attached: {reason}</source>
        <translation>{name}: 첨부하지 않았습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The attachment&apos;s content does not match its checksum.</source>
        <translation>첨부 파일의 내용이 체크섬과 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The attachment&apos;s content is missing from the vault.</source>
        <translation>보관함에 첨부 파일의 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The file is larger than the 2 GiB an attachment may be.</source>
        <translation>파일이 첨부 파일 최대 크기(2 GiB)보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/attachments.py"/>
        <source>The record to attach to does not exist.</source>
        <translation>첨부할 대상 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A backup inside the vault&apos;s own folder is no backup: choose another folder, ideally on a removable drive.</source>
        <translation>보관함 폴더 안에 만든 백업은 백업이 아닙니다. 다른 폴더, 가능하면 이동식 드라이브의 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A file of the backup is damaged.</source>
        <translation>백업의 파일 하나가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault already exists in {path}; a restore never writes over one. Nothing was changed.</source>
        <translation>{path}에 이미 보관함이 있습니다. 복원은 기존 보관함을 절대 덮어쓰지 않습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault appeared in {path} meanwhile; nothing was changed.</source>
        <translation>그 사이에 {path}에 보관함이 생겼습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>A vault file changed while it was copied; try the backup again.</source>
        <translation>복사하는 동안 보관함 파일이 바뀌었습니다. 백업을 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>Cancelled: no backup was made.</source>
        <translation>취소됨: 백업을 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup cannot be read: it is damaged, or it does not open with this passphrase or recovery key.</source>
        <translation>백업을 읽을 수 없습니다. 손상되었거나 이 암호문 또는 복구 키로는 열리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup changed while it was read; nothing was restored.</source>
        <translation>읽는 동안 백업이 바뀌었습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup copy failed its check: {problems}. Nothing was kept.</source>
        <translation>백업 사본이 검사를 통과하지 못했습니다: {problems}. 아무것도 남기지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup failed its check: {problems}. Nothing was restored.</source>
        <translation>백업이 검사를 통과하지 못했습니다: {problems}. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>The backup is damaged: its database does not open with its own key.</source>
        <translation>백업이 손상되었습니다. 데이터베이스가 자신의 키로 열리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>This folder is an unfinished backup (it was interrupted); it cannot be restored.</source>
        <translation>이 폴더는 중간에 멈춘 미완성 백업이라 복원할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a backup folder.</source>
        <translation>{path}은(는) 백업 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a complete backup: {files} missing.</source>
        <translation>{path}은(는) 완전한 백업이 아닙니다: {files} 없음.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/backup.py"/>
        <source>{path} is not a folder.</source>
        <translation>{path}은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <source>A vault already exists at {path}; it was left untouched.</source>
        <translation>{path}에 이미 보관함이 있습니다. 기존 보관함은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault database cannot be read: it is damaged, or it is not a Field Intake vault. It was left untouched.</source>
        <translation>보관함 데이터베이스를 읽을 수 없습니다. 손상되었거나 Field Intake 보관함이 아닙니다. 파일은 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/connection.py"/>
        <source>The vault file cannot be opened: {reason}</source>
        <translation>보관함 파일을 열 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/duress.py"/>
        <source>This vault has no second database; nothing was changed.</source>
        <translation>이 보관함에는 두 번째 데이터베이스가 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>Line {n}: {reason}</source>
        <translation>{n}번째 줄: {reason}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>a field is missing or unknown ({detail})</source>
        <translation>항목이 빠졌거나 알 수 없는 항목입니다 ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>each line must be a JSON object</source>
        <translation>각 줄은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>nested too deeply</source>
        <translation>중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>no case with code {code} in the vault</source>
        <translation>보관함에 코드가 {code}인 사례가 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>not valid JSON ({detail})</source>
        <translation>올바른 JSON이 아닙니다 ({detail})</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>the line is too long</source>
        <translation>줄이 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>the reference {ref!r} is used twice</source>
        <translation>참조 {ref!r}이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>unknown reference {ref!r}: define the case on an earlier line</source>
        <translation>알 수 없는 참조 {ref!r}: 사례를 앞쪽 줄에서 먼저 정의하세요</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>{fields}: set by the vault, not by an import</source>
        <translation>{fields}: 보관함이 정하는 값이므로 가져오기로 지정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/jsonl_import.py"/>
        <source>“type” must be case, aid or testimony</source>
        <translation>“type”은 case, aid, testimony 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The key file is not a Field Intake key file, or it is damaged.</source>
        <translation>키 파일이 Field Intake 키 파일이 아니거나 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The passphrase is not correct.</source>
        <translation>암호 문구가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>The recovery key is not correct.</source>
        <translation>복구 키가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/keyslots.py"/>
        <source>This secret is already used for another purpose in this vault. Choose a different one.</source>
        <translation>이 암호 문구(또는 키)는 이 보관함에서 이미 다른 용도로 쓰이고 있습니다. 다른 것을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/person.py"/>
        <source>This case is no longer in the vault: it was deleted, or removed from this laptop after headquarters confirmed it.</source>
        <translation>이 사례는 더 이상 보관함에 없습니다. 삭제되었거나, 본부가 확인한 뒤 이 노트북에서 지워졌습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>A record with this id already exists with another type.</source>
        <translation>이 ID를 가진 다른 유형의 기록이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>The record refers to a case that does not exist: {id}</source>
        <translation>기록이 존재하지 않는 사례를 가리킵니다: {id}</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/records.py"/>
        <source>This record was changed elsewhere since you opened it; reopen it and make your change again.</source>
        <translation>이 기록을 연 뒤 다른 곳에서 변경되었습니다. 다시 연 다음 변경 내용을 다시 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/schema.py"/>
        <source>This vault was written by a newer version of Field Intake; update the app to open it.</source>
        <translation>이 보관함은 더 새로운 버전의 Field Intake로 저장되었습니다. 열려면 앱을 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/unlock.py"/>
        <source>Too many wrong attempts. Wait {s} seconds, then try again.</source>
        <translation>잘못 입력한 횟수가 너무 많습니다. {s}초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>A vault already exists in {path}; nothing was changed.</source>
        <translation>{path}에 이미 보관함이 있습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault in {path} is incomplete: {file} is missing. Restore it from a backup; nothing was changed.</source>
        <translation>{path}의 보관함이 불완전합니다. {file} 파일이 없습니다. 백업에서 복원하세요. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>The vault is locked.</source>
        <translation>보관함이 잠겨 있습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/vault.py"/>
        <source>There is no vault in {path}.</source>
        <translation>{path}에 보관함이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The audit log was altered at entry {n}.</source>
        <translation>감사 로그의 {n}번 항목이 변조되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The database structure is damaged.</source>
        <translation>데이터베이스 구조가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>The search index is damaged.</source>
        <translation>검색 색인이 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../../intake_app/vault/verify.py"/>
        <source>{n} pages of the vault fail their authentication check.</source>
        <translation>보관함의 페이지 {n}개가 인증 검사를 통과하지 못했습니다.</translation>
    </message>
    <message>
        <source>A copied file differs from the original.</source>
        <translation type="vanished">복사한 파일이 원본과 다릅니다.</translation>
    </message>
    <message>
        <source>A duress passphrase is a second passphrase for when someone forces you to open the app. It opens a separate decoy vault that never shows your real records. You can put a few ordinary records in the decoy, so that it looks used. The app looks and works the same with either passphrase, and setting one changes no file on this laptop.</source>
        <translation type="vanished">강요용 암호 문구는 누군가 앱을 열라고 강요할 때 쓰는 두 번째 암호 문구입니다. 이 암호 문구는 진짜 기록을 절대 보여 주지 않는 별도의 가짜 보관함을 엽니다. 가짜 보관함에 평범한 기록을 몇 개 넣어 두면 실제로 쓰는 것처럼 보입니다. 어느 암호 문구로 열어도 앱의 모양과 동작은 같고, 설정해도 이 노트북의 어떤 파일도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>An attachment in the vault does not have the size its record says; run `intake-app verify`. No bundle was written.</source>
        <translation type="vanished">보관함의 첨부 파일 크기가 기록에 적힌 크기와 다릅니다. `intake-app verify`를 실행하세요. 기록 꾸러미를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">승인</translation>
    </message>
    <message>
        <source>Approve device {device} with the key its bundle presented ({fp})? Do this only after its field worker confirmed that key fingerprint, by phone or in person.</source>
        <translation type="vanished">기록 꾸러미에 제시된 키({fp})로 기기 {device}을(를) 승인할까요? 해당 현장 활동가가 전화로 또는 직접 만나 이 키 확인 코드를 확인해 준 뒤에만 승인하세요.</translation>
    </message>
    <message>
        <source>Approve device {device}? Its field worker should see this key fingerprint on their laptop: {fp}. Approve only if it is the same.</source>
        <translation type="vanished">기기 {device}을(를) 승인할까요? 현장 활동가의 노트북에도 이 키 확인 코드가 보여야 합니다: {fp}. 같을 때만 승인하세요.</translation>
    </message>
    <message>
        <source>Choose a result to open it.</source>
        <translation type="vanished">결과를 골라 여세요.</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation type="vanished">삭제</translation>
    </message>
    <message>
        <source>Delete {n} records delivered before {date} from this laptop, with their attachments? Identifying details that never left it are lost with them. [y/N]</source>
        <translation type="vanished">{date} 이전에 전달된 기록 {n}개를 첨부 파일과 함께 이 노트북에서 삭제할까요? 이 노트북 밖으로 나간 적이 없는 신원 식별 정보도 함께 사라집니다. [y/N]</translation>
    </message>
    <message>
        <source>Delete {n} records that headquarters confirmed (delivered before {date}) from this laptop, with their attachments? Identifying details that never left the laptop are lost with them. This cannot be undone.</source>
        <translation type="vanished">본부가 확인한 기록 {n}건({date} 이전 전달)을 첨부 파일과 함께 이 노트북에서 삭제할까요? 노트북 밖으로 보내지 않은 신원 식별 정보도 함께 사라집니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delivered records may be deleted from the laptop {n} days after headquarters confirms them.</source>
        <translation type="vanished">본부가 확인한 기록은 {n}일이 지나면 노트북에서 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Demo vault with fictional records.</source>
        <translation type="vanished">가상 기록이 담긴 체험용 보관함입니다.</translation>
    </message>
    <message>
        <source>Done: {k} of {n} files imported. The report below says what happened to each.</source>
        <translation type="vanished">완료: 파일 {n}개 중 {k}개를 가져왔습니다. 아래 보고서에 파일마다 어떻게 되었는지 나와 있습니다.</translation>
    </message>
    <message>
        <source>FILE.jsonl</source>
        <translation type="vanished">파일.jsonl</translation>
    </message>
    <message>
        <source>Imported {cases} cases, {aid} aid distributions and {testimony} testimonies.</source>
        <translation type="vanished">사례 {cases}건, 지원 제공 {aid}건, 증언 {testimony}건을 가져왔습니다.</translation>
    </message>
    <message>
        <source>Keys restored: {n} decryption keys added. Key fingerprint: {words}.</source>
        <translation type="vanished">키를 복원했습니다: 복호화 키 {n}개를 추가했습니다. 키 확인 단어: {words}.</translation>
    </message>
    <message>
        <source>Metadata could not be removed from these files; they were stored as they are: {names}</source>
        <translation type="vanished">다음 파일은 메타데이터를 지울 수 없어 그대로 저장했습니다: {names}</translation>
    </message>
    <message>
        <source>No delivered record is old enough to delete yet: headquarters&apos; profile asks to keep them {n} days after delivery.</source>
        <translation type="vanished">아직 삭제할 수 있을 만큼 오래된 전달 기록이 없습니다. 본부 프로필에 따라 전달 후 {n}일 동안 보관해야 합니다.</translation>
    </message>
    <message>
        <source>Not attached: {reasons}</source>
        <translation type="vanished">첨부하지 못함: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Prepared with Field Intake on {date}: {n} testimony, given with consent to share it with UN mechanisms.</source>
        <extracomment>Prepared with Field Intake on {date}: {n} testimonies, each given with consent to share it with UN mechanisms.</extracomment>
        <translation type="vanished">
            <numerusform>{date}에 Field Intake로 작성: 증언 {n}건, 모두 유엔 메커니즘과 공유하는 데 동의를 받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge delay after delivery: {n} days</source>
        <translation type="vanished">전달 후 삭제까지의 유예 기간: {n}일</translation>
    </message>
    <message>
        <source>Purged {records} delivered records ({attachments} attachments, {blobs} stored files); the space was reclaimed.</source>
        <translation type="vanished">전달 완료된 기록 {records}개(첨부 파일 {attachments}개, 저장된 파일 {blobs}개)를 삭제하고 공간을 회수했습니다.</translation>
    </message>
    <message>
        <source>Quarantine for unapproved devices: {devices} devices, {bundles} bundles, {mib} MiB waiting. At most:</source>
        <translation type="vanished">승인되지 않은 기기의 격리: 기기 {devices}대, 번들 {bundles}개, {mib} MiB 대기 중. 최대:</translation>
    </message>
    <message>
        <source>Receipt accepted: {records} records marked delivered, {bundles} bundles acknowledged.</source>
        <translation type="vanished">수령 확인서를 받아들였습니다: 기록 {records}개를 전달 완료로 표시하고 번들 {bundles}개의 수령을 확인했습니다.</translation>
    </message>
    <message>
        <source>Receipt written to {name}. Give it to the field worker of this device: their laptop then knows which records arrived.</source>
        <translation type="vanished">수령 확인서를 {name}에 저장했습니다. 이 기기의 현장 활동가에게 전달하세요. 그러면 노트북이 어떤 기록이 도착했는지 알게 됩니다.</translation>
    </message>
    <message>
        <source>Search all records: names of items, places, narratives, notes…</source>
        <translation type="vanished">모든 기록 검색: 물품 이름, 장소, 진술, 메모…</translation>
    </message>
    <message>
        <source>This backup needs {needed} shares; only {given} were entered. Nothing was restored.</source>
        <translation type="vanished">이 백업을 복원하려면 조각 {needed}개가 필요하지만 {given}개만 입력되었습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>This page is not available in this version.</source>
        <translation type="vanished">이 버전에서는 이 페이지를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Write this recovery key on paper now (or print this screen) and keep it somewhere safe, away from this laptop. It is shown only once. With it you can open the vault if you forget the passphrase; anyone who has it can open the vault too. Do not keep a copy on this laptop.</source>
        <translation type="vanished">지금 이 복구 키를 종이에 적고(또는 이 화면을 인쇄하고) 이 노트북과 떨어진 안전한 곳에 보관하세요. 한 번만 표시됩니다. 암호 문구를 잊어도 이 키로 보관함을 열 수 있습니다. 이 키를 가진 사람은 누구나 보관함을 열 수 있습니다. 이 노트북에는 사본을 두지 마세요.</translation>
    </message>
    <message>
        <source>at most {n} bundles may wait</source>
        <translation type="vanished">최대 {n}개의 번들까지 대기할 수 있습니다</translation>
    </message>
    <message>
        <source>at most {n} devices may wait for approval</source>
        <translation type="vanished">최대 {n}대의 기기까지 승인을 기다릴 수 있습니다</translation>
    </message>
    <message>
        <source>import records from a JSON Lines file, all or nothing</source>
        <translation type="vanished">JSON Lines 파일에서 기록 가져오기 (전부 가져오거나 하나도 가져오지 않음)</translation>
    </message>
    <message>
        <source>one record per line; - for standard input</source>
        <translation type="vanished">한 줄에 기록 하나 (-는 표준 입력)</translation>
    </message>
    <message>
        <source>{bundles} bundle(s) written: {records} records, {attachments} attachments.</source>
        <translation type="vanished">기록 꾸러미 {bundles}개를 저장했습니다: 기록 {records}개, 첨부 파일 {attachments}개.</translation>
    </message>
    <message>
        <source>{file}: imported bundle {sequence} of device {device}: {records} records ({new} new, {updated} updated, {conflicts} conflicts), {attachments} attachments.</source>
        <translation type="vanished">{file}: 기기 {device}의 {sequence}번 번들을 가져왔습니다: 기록 {records}개 (새 기록 {new}, 갱신 {updated}, 충돌 {conflicts}), 첨부 파일 {attachments}개.</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read</source>
        <translation type="vanished">{name}: 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="vanished">{name}: {reason}</translation>
    </message>
    <message>
        <source>{n} attachments marked identifying stayed on this laptop, as the deployment profile requires.</source>
        <translation type="vanished">신원 식별 정보로 표시된 첨부 파일 {n}개는 본부 설정 파일에 따라 이 노트북에 남겨 두었습니다.</translation>
    </message>
    <message>
        <source>{n} conflicts.</source>
        <translation type="vanished">충돌 {n}건.</translation>
    </message>
    <message>
        <source>{n} file(s) attached.</source>
        <translation type="vanished">파일 {n}개를 첨부했습니다.</translation>
    </message>
    <message>
        <source>{n} records found.</source>
        <translation type="vanished">기록 {n}건을 찾았습니다.</translation>
    </message>
</context>
</TS>
