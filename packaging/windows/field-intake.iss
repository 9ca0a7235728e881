; Inno Setup 6 script: the Windows installer of Field Intake (NOT built or tested on the Linux CI machine;
; packaging/ci/github-workflow.yml builds and smoke-tests it on a Windows runner).
;
; Input: the PyInstaller one-folder build in build\package\field-intake\ (intake-app.exe, the windowed app;
; intake-app-cli.exe, its console twin for the command line; _internal\) and build\package\icons\ from
; tools\package_icons.py. From the repository root:
;
;     iscc /DAppVersion=0.1.0 packaging\windows\field-intake.iss
;
; Output: build\package\field-intake-<version>-windows-x64-setup.exe
;
; Choices:
; - Per-user install by default, without administrator rights (PrivilegesRequired=lowest): a field worker's
;   laptop may have no admin account at hand. {autopf} is then %LOCALAPPDATA%\Programs. An administrator can
;   still choose "for all users" in the dialog (PrivilegesRequiredOverridesAllowed=dialog).
; - Start menu entry; a desktop icon only if asked (unchecked: an icon on the desktop is seen by anyone).
; - The uninstaller removes the program and never the data folder (the vault, %LOCALAPPDATA%\field-intake),
;   and says so, in the installer's language, with the folder's path.
; - No network, no auto-update, no telemetry, nothing written outside {app} and the Start menu.
;
; Signing (placeholder; needs a code-signing certificate in the runner's store or an HSM):
;   SignTool=signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /n "Your Organisation" $f
; and uncomment SignTool= / SignedUninstaller=yes below. Sign build\package\field-intake\*.exe first with the
; same command so the installed executables carry the signature too.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Field Intake"
#define AppExe "intake-app.exe"
#define CliExe "intake-app-cli.exe"
#define Root "..\.."

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{6E0B5A52-3C1B-4E4B-9C55-0E4F5A7D2B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\build\package
OutputBaseFilename=field-intake-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\package\icons\field-intake.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
; The app may be running (a locked vault in the tray): ask to close it rather than replace files in use.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LicenseFile={#Root}\LICENSE
; SignTool=fieldintake
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
; Simplified Chinese is an unofficial Inno Setup translation: copy ChineseSimplified.isl from the Inno Setup
; translations page into the compiler's Languages\Unofficial folder, then uncomment.
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"

[CustomMessages]
english.DataKept=Field Intake was removed. Your vault was NOT removed: it stays in%n%n%1%n%nTo delete it, lock and close the app first, then delete that folder (and empty the Recycle Bin). Deleting it cannot be undone; make a backup first if you may need the records again.
korean.DataKept=Field Intake를 제거했습니다. 금고(데이터)는 제거되지 않았으며 다음 폴더에 남아 있습니다.%n%n%1%n%n삭제하려면 먼저 앱을 잠그고 종료한 다음 이 폴더를 삭제하고 휴지통을 비우십시오. 삭제는 되돌릴 수 없으니, 기록이 다시 필요할 수 있다면 먼저 백업하십시오.
japanese.DataKept=Field Intake を削除しました。保管庫（データ）は削除されておらず、次のフォルダーに残っています。%n%n%1%n%n削除するには、まずアプリをロックして終了し、このフォルダーを削除してからごみ箱を空にしてください。削除は元に戻せません。記録が再び必要になる可能性がある場合は、先にバックアップしてください。
english.CliIcon=Field Intake self-test
korean.CliIcon=Field Intake 자체 점검
japanese.CliIcon=Field Intake セルフテスト

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\package\field-intake\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
; Opens a console that runs the installation check and waits, so a helper on the phone can read the result.
Name: "{autoprograms}\{#AppName} Tools\{cm:CliIcon}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --self-test"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there. The data folder is deliberately absent from this list.
Type: dirifempty; Name: "{app}"

[Code]
// The data folder as platformdirs computes it for the app (user_data_dir("field-intake", appauthor=False)).
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\field-intake');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
    // Shown also in a silent uninstall's log; in /SUPPRESSMSGBOXES mode the message box is skipped.
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK, IDOK);
end;
