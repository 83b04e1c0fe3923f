; Inno Setup script for Balagh (بلاغ) — per-user installer of the PyInstaller folder.
;
; Built on Windows, after the PyInstaller folder, by:
;     py packaging\build.py --installer
; which calls Inno Setup 6's compiler as
;     ISCC.exe /DAppVersion=<version from pyproject.toml> /DBundleDir=<dist\balagh>
;              /DOutputDir=<dist> packaging\windows\balagh.iss
; The version is never written here: it comes from pyproject.toml through build.py.
;
; Installs into %LOCALAPPDATA%\Programs\Balagh without administrator rights, adds a
; Start-menu entry (and optionally a desktop shortcut), registers an uninstaller. The
; database, backups and logs live in the user's data folder (%LOCALAPPDATA%\DGSN\Balagh),
; outside {app}: uninstalling or upgrading never deletes them.
;
; Installer languages: Arabic (right to left), French, English. Arabic.isl is in the official
; "Languages" folder of current Inno Setup 6 releases; with an older copy that lacks it, put
; the Arabic translation from the Inno Setup translations page into that folder (the build
; stops with a clear message instead of silently dropping Arabic).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging\build.py --installer does it)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\balagh"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#if !FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
  #error Arabic.isl is missing from Inno Setup's Languages folder (see the header of this script)
#endif

#define AppName "Balagh"
#define AppExe "balagh.exe"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{6C1F3B0E-5A7D-4E42-9D8B-2B7C41E0A5D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DGSN
VersionInfoVersion={#AppVersion}
; per-user install: no administrator rights, {autopf} = %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\app\balagh.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=balagh-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ar.AppComment=تسجيل أرقام أيام الأبواب المفتوحة وإعداد البلاغات الصحفية
fr.AppComment=Chiffres des Journées portes ouvertes et communiqués de presse
en.AppComment=Open Days figures and press releases

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: balagh.exe and _internal\ (Python, Qt, fonts, migrations…).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so no stale file of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user's data folder (%LOCALAPPDATA%\DGSN\Balagh) is kept.
Type: filesandordirs; Name: "{app}\_internal"
