; Inno Setup 6 (6.3 or later): the Windows installer around the one-folder bundle dist\dirdesk\.
;
; Build on a Windows machine, from the repository's root folder (see the README's section
; "Installationspakker / Packages for IT"):
;   python packaging\build_bundle.py                       -> dist\dirdesk\
;   iscc packaging\windows\dirdesk.iss                     -> dist\installer\dirdesk-0.1.0-setup.exe
;   iscc /DAppVersion=0.1.1 packaging\windows\dirdesk.iss  (another version number)
;
; It installs for every user of the machine into Program Files (administrator rights), with a
; start-menu shortcut, an optional desktop shortcut and an uninstaller. The users' databases
; and settings (%LOCALAPPDATA%\dirdesk) are theirs: the uninstaller leaves them.
;
; Keep this file ASCII: older compilers read a file without a byte order mark as ANSI.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "dirdesk"
#define AppPublisher "dirdesk"
; The program without a console window; dirdesk.exe beside it is the command line.
#define AppExe "dirdeskw.exe"

[Setup]
; Fixed for ever: Windows knows an installed dirdesk by this id (upgrades, uninstalling).
AppId={{34FB2082-1254-409F-8CD0-5810BC25FB7B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoDescription=dirdesk - dagsorden, referat og forward plan for direktionen
; Paths below are relative to the repository's root folder.
SourceDir=..\..
OutputDir=dist\installer
OutputBaseFilename=dirdesk-{#AppVersion}-setup
SetupIconFile=dirdesk\resources\icons\dirdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\dirdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Dagsorden, referat og forward plan for direktionen"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Dagsorden, referat og forward plan for direktionen"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade replaces the whole program folder: no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"
