; LAO Network Desktop: the Windows installer (NSIS 3, Unicode, Modern UI 2).
;
; installer/build.py compiles it on Windows after PyInstaller has built dist/lao-desktop/:
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSOURCE_DIR=<absolute dist/lao-desktop>
;            -DOUTFILE=<absolute dist/LAO-Network-Desktop-0.1.0-setup.exe>
;            installer/windows/lao-desktop.nsi
;
; Debian's makensis compiles it on Linux the same way (tests/installer/test_nsis.py does, with a
; stand-in payload). Defines:
;   VERSION       required, x.y.z (digits only: it also becomes the file version x.y.z.0)
;   SOURCE_DIR    required, the one-folder bundle: lao-desktop.exe (the window),
;                 lao-desktop-cli.exe (its console twin for commands) and _internal/ (nothing
;                 else is installed)
;   OUTFILE       the setup program to write (default LAO-Network-Desktop-<VERSION>-setup.exe
;                 beside this script); give absolute paths: makensis works in this folder
;   LICENSE_FILE  default: LICENSE at the root of the repository
;   ICON_FILE     default: resources/icons/lao-desktop.ico
;   PUBLISHER     default: LAONetwork
;
; What the setup program does:
; - Thai first, English second; a language dialog at the start, remembered (in the uninstall
;   registry key) for upgrades and for the uninstaller.
; - For the current user, without administrator rights: %LOCALAPPDATA%\Programs\LAO Network
;   Desktop, HKCU. An IT person installs for every user of the PC from an elevated prompt with
;   /ALLUSERS: Program Files, HKLM, the common Start menu and desktop.
; - One Start-menu shortcut (no folder, as Windows 10/11 programs do) and a desktop shortcut the
;   clerk can untick on the components page.
; - An existing installation is upgraded in the same folder: the old _internal folder is removed
;   first, so nothing of the old version stays behind. Installing an older version over a newer
;   one asks first (default No) and is refused in silent mode unless /ALLOWDOWNGRADE is given.
; - The user's data (%LOCALAPPDATA%\LAONetwork\LAONetworkDesktop: database, automatic copies,
;   preferences) is never touched by the installer. The uninstaller keeps it unless the clerk
;   ticks "also delete my data"; a silent uninstall always keeps it.
;
; Command line of the setup program (options in any case):
;   /S                 silent
;   /ALLUSERS          install for all users (needs an elevated prompt)
;   /LANG=th | /LANG=en  the installer language without the dialog (also the shortcuts' names)
;   /NODESKTOP         no desktop shortcut
;   /ALLOWDOWNGRADE    install over a newer version without asking
;   /D=C:\folder       last, without quotes: the folder of a new installation (an existing
;                      installation is always upgraded where it is)
; Exit codes: 0 installed, 1 cancelled by the user, 2 refused or failed (see the messages).
; The uninstaller (uninstall.exe in the program folder) takes /S.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
; The two programs share all but their first kilobytes (13 MB each): a dictionary larger than
; one of them lets the second cost next to nothing in the download.
SetCompressorDictSize 64

;--------------------------------
; Compile-time settings

!ifndef VERSION
  !error "Give the program's version: makensis -DVERSION=x.y.z ..."
!endif
!ifndef SOURCE_DIR
  !error "Give the bundle folder: makensis -DSOURCE_DIR=<absolute path of dist/lao-desktop> ..."
!endif
!if ! /FileExists "${SOURCE_DIR}/lao-desktop.exe"
  !error "${SOURCE_DIR}/lao-desktop.exe is missing: build the bundle first (installer/build.py)"
!endif
!if ! /FileExists "${SOURCE_DIR}/lao-desktop-cli.exe"
  !error "${SOURCE_DIR}/lao-desktop-cli.exe is missing: build the bundle first (installer/build.py)"
!endif
!if ! /FileExists "${SOURCE_DIR}/_internal/*"
  !error "${SOURCE_DIR}/_internal is missing or empty: build the bundle first (installer/build.py)"
!endif
; makensis works in the script's folder (unless /NOCD), where ${__FILEDIR__} may be relative.
!if /FileExists "${__FILEDIR__}/../../LICENSE"
  !define REPO_ROOT "${__FILEDIR__}/../.."
!else
  !define REPO_ROOT "../.."
!endif
!define /ifndef OUTFILE "LAO-Network-Desktop-${VERSION}-setup.exe"
!define /ifndef LICENSE_FILE "${REPO_ROOT}/LICENSE"
!define /ifndef ICON_FILE "${REPO_ROOT}/resources/icons/lao-desktop.ico"
!define /ifndef PUBLISHER "LAONetwork"

!define EXE "lao-desktop.exe"
!define CLI_EXE "lao-desktop-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define PRODUCT_EN "LAO Network Desktop"
!define PRODUCT_TH "โปรแกรมเครือข่ายความร่วมมือ อปท."
!define FOLDER_NAME "${PRODUCT_EN}"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LAONetworkDesktop"
; platformdirs.user_data_dir("LAONetworkDesktop", "LAONetwork") on Windows (lao_desktop/paths.py)
!define DATA_PARENT "LAONetwork"
!define DATA_FOLDER "LAONetworkDesktop"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WordFunc.nsh
!include Sections.nsh
!include WinVer.nsh
!include x64.nsh

Name "$(ProductName)"
Caption "$(SetupCaption)"
UninstallCaption "$(UninstallCaption)"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT_EN} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"

;--------------------------------
; Variables

Var AllUsers        ; 1: all users (HKLM, Program Files), 0: this user (2: see .onInit)
Var Upgrading       ; 1: an installation was found in the registry (installed over in place)
Var OldVersion      ; its DisplayVersion
Var DataDir         ; this user's data folder (the uninstaller's "delete my data")
Var WelcomeExtra    ; a paragraph of the welcome page: upgrade or new installation
Var DirTopText      ; the directory page's text: this user or all users
Var UnTopText       ; the uninstaller's components page text: where the data is
Var UnDataText      ; the description of "also delete my data"
Var LangCode        ; th or en, passed on when the installer starts itself elevated
Var Problem         ; why setup cannot go on: .onInit finds it, BeforeFirstPage says it

;--------------------------------
; Interface

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_ABORTWARNING_TEXT "$(AbortWarning)"
!define MUI_UNABORTWARNING
!define MUI_UNABORTWARNING_TEXT "$(UnAbortWarning)"
!define MUI_COMPONENTSPAGE_SMALLDESC ; the full width for the names and the descriptions
!define MUI_CUSTOMFUNCTION_GUIINIT BeforeFirstPage
!define MUI_CUSTOMFUNCTION_UNGUIINIT un.BeforeFirstPage

; The language dialog: every language whatever the PC's code page (a Unicode installer), its
; choice saved where the uninstall entry lives (SHCTX follows SetShellVarContext).
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_WINDOWTITLE "ภาษาของโปรแกรมติดตั้ง / Installer Language"
!define MUI_LANGDLL_INFO "กรุณาเลือกภาษา / Please select a language."
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"

;--------------------------------
; Installer pages

!define MUI_WELCOMEPAGE_TITLE "$(WelcomeTitle)"
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME

; The GPL is not an agreement the clerk has to accept to use the program (GPL-3.0 section 9).
!define MUI_PAGE_HEADER_TEXT "$(LicenseTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(LicenseSubtitle)"
!define MUI_LICENSEPAGE_TEXT_TOP "$(LicenseTop)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(LicenseBottom)"
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"

!define MUI_PAGE_HEADER_TEXT "$(ComponentsTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(ComponentsSubtitle)"
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(ComponentsTop)"
!define MUI_COMPONENTSPAGE_TEXT_COMPLIST "$(ComponentsList)"
!define MUI_COMPONENTSPAGE_TEXT_DESCRIPTION_TITLE "$(DescriptionTitle)"
!define MUI_COMPONENTSPAGE_TEXT_DESCRIPTION_INFO "$(DescriptionInfo)"
!insertmacro MUI_PAGE_COMPONENTS

; Only for a new installation: an upgrade stays in the folder it was installed in.
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipIfUpgrading
!define MUI_PAGE_HEADER_TEXT "$(DirectoryTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(DirectorySubtitle)"
!define MUI_DIRECTORYPAGE_TEXT_TOP "$DirTopText"
!define MUI_DIRECTORYPAGE_TEXT_DESTINATION "$(DirectoryDestination)"
!insertmacro MUI_PAGE_DIRECTORY

!define MUI_PAGE_HEADER_TEXT "$(InstallingTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(InstallingSubtitle)"
!define MUI_INSTFILESPAGE_FINISHHEADER_TEXT "$(InstalledTitle)"
!define MUI_INSTFILESPAGE_FINISHHEADER_SUBTEXT "$(InstalledSubtitle)"
!define MUI_INSTFILESPAGE_ABORTHEADER_TEXT "$(InstallAbortedTitle)"
!define MUI_INSTFILESPAGE_ABORTHEADER_SUBTEXT "$(InstallAbortedSubtitle)"
!insertmacro MUI_PAGE_INSTFILES

!define MUI_FINISHPAGE_TITLE "$(FinishTitle)"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(FinishRun)"
!define MUI_FINISHPAGE_RUN_FUNCTION StartProgram
!define MUI_FINISHPAGE_BUTTON "$(FinishButton)"
!insertmacro MUI_PAGE_FINISH

;--------------------------------
; Uninstaller pages: the components page is the confirmation (with "also delete my data")

!define MUI_PAGE_HEADER_TEXT "$(UnComponentsTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(UnComponentsSubtitle)"
!define MUI_COMPONENTSPAGE_TEXT_TOP "$UnTopText"
!define MUI_COMPONENTSPAGE_TEXT_COMPLIST "$(UnComponentsList)"
!define MUI_COMPONENTSPAGE_TEXT_DESCRIPTION_TITLE "$(DescriptionTitle)"
!define MUI_COMPONENTSPAGE_TEXT_DESCRIPTION_INFO "$(DescriptionInfo)"
!define MUI_PAGE_CUSTOMFUNCTION_SHOW un.HideSpaceRequired
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE un.ConfirmDataDeletion
!insertmacro MUI_UNPAGE_COMPONENTS

!define MUI_PAGE_HEADER_TEXT "$(UninstallingTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(UninstallingSubtitle)"
!define MUI_INSTFILESPAGE_FINISHHEADER_TEXT "$(UninstalledTitle)"
!define MUI_INSTFILESPAGE_FINISHHEADER_SUBTEXT "$(UninstalledSubtitle)"
; /redef: MUI2 (3.08) forgets to undefine the installer's abort header after its page.
!define /redef MUI_INSTFILESPAGE_ABORTHEADER_TEXT "$(UninstallAbortedTitle)"
!define /redef MUI_INSTFILESPAGE_ABORTHEADER_SUBTEXT "$(UninstallAbortedSubtitle)"
!insertmacro MUI_UNPAGE_INSTFILES

;--------------------------------
; Languages: the first is the default

!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT_EN}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT_EN} ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Free software, GPL-3.0-or-later"
VIAddVersionKey /LANG=${LANG_THAI} "ProductName" "${PRODUCT_EN}"
VIAddVersionKey /LANG=${LANG_THAI} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_THAI} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_THAI} "FileDescription" "${PRODUCT_EN} ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_THAI} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_THAI} "LegalCopyright" "Free software, GPL-3.0-or-later"

UninstallButtonText "$(UninstallButton)"

;--------------------------------
; Every text of ours, in Thai and in English (tests/installer/test_nsis.py checks both exist).
; MessageBox buttons come from Windows in its own language: the texts name them in both.

LangString ProductName ${LANG_THAI} "${PRODUCT_TH}"
LangString ProductName ${LANG_ENGLISH} "${PRODUCT_EN}"
LangString ShortcutName ${LANG_THAI} "${PRODUCT_TH}"
LangString ShortcutName ${LANG_ENGLISH} "${PRODUCT_EN}"
LangString ShortcutComment ${LANG_THAI} "บริหารเครือข่ายความร่วมมือขององค์กรปกครองส่วนท้องถิ่น (${PRODUCT_EN})"
LangString ShortcutComment ${LANG_ENGLISH} "Cooperation networks of Thai local administrative organizations"
LangString DisplayName ${LANG_THAI} "${PRODUCT_TH} (${PRODUCT_EN})"
LangString DisplayName ${LANG_ENGLISH} "${PRODUCT_EN}"
LangString SetupCaption ${LANG_THAI} "ติดตั้ง $(^Name) รุ่น ${VERSION}"
LangString SetupCaption ${LANG_ENGLISH} "$(^Name) ${VERSION} Setup"
LangString UninstallCaption ${LANG_THAI} "ถอนการติดตั้ง $(^Name)"
LangString UninstallCaption ${LANG_ENGLISH} "Uninstall $(^Name)"
LangString UninstallButton ${LANG_THAI} "&ถอนการติดตั้ง"
LangString UninstallButton ${LANG_ENGLISH} "&Uninstall"
LangString AbortWarning ${LANG_THAI} "ต้องการหยุดการติดตั้ง $(^Name) ใช่หรือไม่"
LangString AbortWarning ${LANG_ENGLISH} "Are you sure you want to stop installing $(^Name)?"
LangString UnAbortWarning ${LANG_THAI} "ต้องการหยุดการถอนการติดตั้ง $(^Name) ใช่หรือไม่"
LangString UnAbortWarning ${LANG_ENGLISH} "Are you sure you want to stop uninstalling $(^Name)?"

LangString WelcomeTitle ${LANG_THAI} "ยินดีต้อนรับสู่การติดตั้ง $(^Name)"
LangString WelcomeTitle ${LANG_ENGLISH} "Welcome to the $(^Name) Setup"
LangString WelcomeText ${LANG_THAI} "โปรแกรมติดตั้งนี้จะติดตั้ง $(^Name) รุ่น ${VERSION} ลงในเครื่องคอมพิวเตอร์นี้$\r$\n$\r$\n$WelcomeExtra$\r$\n$\r$\nกด “ต่อไป” เพื่อดำเนินการต่อ"
LangString WelcomeText ${LANG_ENGLISH} "This will install $(^Name) ${VERSION} on this computer.$\r$\n$\r$\n$WelcomeExtra$\r$\n$\r$\nClick Next to continue."
LangString WelcomeNew ${LANG_THAI} "ใช้เวลาเพียงไม่กี่นาที และไม่ต้องเชื่อมต่ออินเทอร์เน็ต"
LangString WelcomeNew ${LANG_ENGLISH} "It takes a few minutes and needs no internet connection."
LangString WelcomeUpgrade ${LANG_THAI} "เครื่องนี้มี $(^Name) รุ่น $OldVersion อยู่แล้ว โปรแกรมติดตั้งจะปรับให้เป็นรุ่น ${VERSION} ในโฟลเดอร์เดิม ข้อมูลของท่าน (ฐานข้อมูลและสำเนาอัตโนมัติ) ยังอยู่ครบเหมือนเดิม$\r$\n$\r$\nกรุณาปิดโปรแกรมก่อนดำเนินการต่อ"
LangString WelcomeUpgrade ${LANG_ENGLISH} "Version $OldVersion of $(^Name) is installed on this computer. Setup will update it to version ${VERSION} in the same folder; your data (database and automatic copies) stays as it is.$\r$\n$\r$\nPlease close the program before you continue."
LangString WelcomeReinstall ${LANG_THAI} "เครื่องนี้มี $(^Name) รุ่น ${VERSION} อยู่แล้ว โปรแกรมติดตั้งจะติดตั้งรุ่นเดิมซ้ำในโฟลเดอร์เดิม (ใช้ซ่อมโปรแกรมที่เสียหาย) ข้อมูลของท่านยังอยู่ครบเหมือนเดิม$\r$\n$\r$\nกรุณาปิดโปรแกรมก่อนดำเนินการต่อ"
LangString WelcomeReinstall ${LANG_ENGLISH} "Version ${VERSION} of $(^Name) is already installed. Setup will install it again in the same folder (this repairs a damaged installation); your data stays as it is.$\r$\n$\r$\nPlease close the program before you continue."

LangString LicenseTitle ${LANG_THAI} "สัญญาอนุญาต"
LangString LicenseTitle ${LANG_ENGLISH} "License"
LangString LicenseSubtitle ${LANG_THAI} "$(^Name) เป็นซอฟต์แวร์เสรี ใช้ได้โดยไม่มีค่าใช้จ่าย"
LangString LicenseSubtitle ${LANG_ENGLISH} "$(^Name) is free software."
LangString LicenseTop ${LANG_THAI} "สัญญาอนุญาตสาธารณะทั่วไปของกนู (GNU GPL) รุ่น 3 หรือรุ่นที่ใหม่กว่า (ภาษาอังกฤษ):"
LangString LicenseTop ${LANG_ENGLISH} "The GNU General Public License, version 3 or any later version:"
LangString LicenseBottom ${LANG_THAI} "ท่านไม่ต้องยอมรับสัญญานี้เพื่อใช้งานโปรแกรม สัญญานี้กำหนดเงื่อนไขสำหรับการทำสำเนา การแก้ไข และการแจกจ่ายโปรแกรมต่อ กด “ต่อไป” เพื่อดำเนินการต่อ"
LangString LicenseBottom ${LANG_ENGLISH} "You do not have to accept this license to use the program: it sets the conditions for copying, changing and passing it on. Click Next to continue."

LangString ComponentsTitle ${LANG_THAI} "เลือกส่วนที่จะติดตั้ง"
LangString ComponentsTitle ${LANG_ENGLISH} "Choose Components"
LangString ComponentsSubtitle ${LANG_THAI} "เลือกว่าจะให้มีทางลัดบนเดสก์ท็อปหรือไม่"
LangString ComponentsSubtitle ${LANG_ENGLISH} "Choose whether to put a shortcut on the desktop."
LangString ComponentsTop ${LANG_THAI} "โปรแกรมจะมีทางลัดในเมนูเริ่ม (Start) เสมอ หากไม่ต้องการทางลัดบนเดสก์ท็อป ให้คลิกเอาเครื่องหมายถูกออก"
LangString ComponentsTop ${LANG_ENGLISH} "The program always gets a shortcut in the Start menu. Untick the desktop shortcut if you do not want one."
LangString ComponentsList ${LANG_THAI} "ส่วนที่จะติดตั้ง:"
LangString ComponentsList ${LANG_ENGLISH} "Install:"
LangString DescriptionTitle ${LANG_THAI} "คำอธิบาย"
LangString DescriptionTitle ${LANG_ENGLISH} "Description"
LangString DescriptionInfo ${LANG_THAI} "ชี้เมาส์ที่รายการเพื่อดูคำอธิบาย"
LangString DescriptionInfo ${LANG_ENGLISH} "Point at an item to see its description."
LangString SectionProgram ${LANG_THAI} "ตัวโปรแกรมและทางลัดในเมนูเริ่ม"
LangString SectionProgram ${LANG_ENGLISH} "Program and Start menu shortcut"
LangString SectionProgramDescription ${LANG_THAI} "ไฟล์ของโปรแกรมและทางลัดในเมนูเริ่ม (Start) ต้องติดตั้งเสมอ"
LangString SectionProgramDescription ${LANG_ENGLISH} "The program's files and its Start menu shortcut (always installed)."
LangString SectionDesktop ${LANG_THAI} "ทางลัดบนเดสก์ท็อป"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionDesktopDescription ${LANG_THAI} "ไอคอนของโปรแกรมบนหน้าจอเดสก์ท็อป สำหรับเปิดโปรแกรมได้รวดเร็ว"
LangString SectionDesktopDescription ${LANG_ENGLISH} "An icon on the desktop to start the program quickly."

LangString DirectoryTitle ${LANG_THAI} "เลือกโฟลเดอร์ที่จะติดตั้ง"
LangString DirectoryTitle ${LANG_ENGLISH} "Choose Install Location"
LangString DirectorySubtitle ${LANG_THAI} "เลือกโฟลเดอร์สำหรับเก็บไฟล์ของโปรแกรม"
LangString DirectorySubtitle ${LANG_ENGLISH} "Choose the folder for the program's files."
LangString DirectoryTopThisUser ${LANG_THAI} "โปรแกรมจะติดตั้งไว้ในโฟลเดอร์ด้านล่าง ซึ่งเป็นโฟลเดอร์ของผู้ใช้ Windows คนนี้ จึงไม่ต้องใช้สิทธิ์ผู้ดูแลระบบ โดยทั่วไปไม่ต้องเปลี่ยน หากต้องการติดตั้งที่อื่น กด “เรียกดู” แล้วเลือกโฟลเดอร์ กด “ติดตั้ง” เพื่อเริ่มติดตั้ง"
LangString DirectoryTopThisUser ${LANG_ENGLISH} "Setup will install the program in the folder below, which belongs to this Windows user, so no administrator rights are needed. There is usually no need to change it; to install elsewhere, click Browse and choose another folder. Click Install to start."
LangString DirectoryTopAllUsers ${LANG_THAI} "โปรแกรมจะติดตั้งไว้ในโฟลเดอร์ด้านล่างสำหรับผู้ใช้ทุกคนของเครื่องนี้ หากต้องการติดตั้งที่อื่น กด “เรียกดู” แล้วเลือกโฟลเดอร์ กด “ติดตั้ง” เพื่อเริ่มติดตั้ง"
LangString DirectoryTopAllUsers ${LANG_ENGLISH} "Setup will install the program in the folder below for every user of this computer. To install elsewhere, click Browse and choose another folder. Click Install to start."
LangString DirectoryDestination ${LANG_THAI} "โฟลเดอร์ที่จะติดตั้ง"
LangString DirectoryDestination ${LANG_ENGLISH} "Destination folder"

LangString InstallingTitle ${LANG_THAI} "กำลังติดตั้ง"
LangString InstallingTitle ${LANG_ENGLISH} "Installing"
LangString InstallingSubtitle ${LANG_THAI} "กรุณารอสักครู่ ระหว่างติดตั้ง $(^Name)"
LangString InstallingSubtitle ${LANG_ENGLISH} "Please wait while $(^Name) is being installed."
LangString InstalledTitle ${LANG_THAI} "ติดตั้งเสร็จแล้ว"
LangString InstalledTitle ${LANG_ENGLISH} "Installation Complete"
LangString InstalledSubtitle ${LANG_THAI} "ติดตั้งโปรแกรมเรียบร้อยแล้ว"
LangString InstalledSubtitle ${LANG_ENGLISH} "Setup finished successfully."
LangString InstallAbortedTitle ${LANG_THAI} "ติดตั้งไม่สำเร็จ"
LangString InstallAbortedTitle ${LANG_ENGLISH} "Installation Aborted"
LangString InstallAbortedSubtitle ${LANG_THAI} "การติดตั้งยังไม่เสร็จ ดูรายละเอียดด้านล่าง แล้วเรียกโปรแกรมติดตั้งอีกครั้ง"
LangString InstallAbortedSubtitle ${LANG_ENGLISH} "Setup did not finish: see the details below, then run setup again."
LangString RemovingOldVersion ${LANG_THAI} "กำลังลบไฟล์ของรุ่นเดิม"
LangString RemovingOldVersion ${LANG_ENGLISH} "Removing the files of the old version"

LangString FinishTitle ${LANG_THAI} "ติดตั้ง $(^Name) เรียบร้อยแล้ว"
LangString FinishTitle ${LANG_ENGLISH} "$(^Name) is installed"
LangString FinishText ${LANG_THAI} "เปิดโปรแกรมได้จากเมนูเริ่ม (Start) หรือทางลัดบนเดสก์ท็อป$\r$\n$\r$\nข้อมูลทั้งหมดเก็บไว้ในเครื่องนี้ ควรสำรองข้อมูลลงแฟลชไดรฟ์เป็นประจำทุกสัปดาห์"
LangString FinishText ${LANG_ENGLISH} "Start it from the Start menu or the desktop shortcut.$\r$\n$\r$\nAll the data is kept on this computer: back it up to a USB stick every week."
LangString FinishRun ${LANG_THAI} "เปิดโปรแกรมตอนนี้"
LangString FinishRun ${LANG_ENGLISH} "Start $(^Name) now"
LangString FinishButton ${LANG_THAI} "&เสร็จสิ้น"
LangString FinishButton ${LANG_ENGLISH} "&Finish"

LangString ProgramRunning ${LANG_THAI} "$(^Name) ยังเปิดอยู่ (อาจเปิดไว้โดยผู้ใช้คนอื่นของเครื่องนี้ หรือกำลังสำรองข้อมูลอยู่)$\r$\n$\r$\nกรุณาบันทึกงานแล้วปิดโปรแกรม จากนั้นกด Retry (ลองใหม่) หรือกด Cancel (ยกเลิก) เพื่อหยุด"
LangString ProgramRunning ${LANG_ENGLISH} "$(^Name) is still running (perhaps opened by another user of this computer, or making a backup).$\r$\n$\r$\nSave your work and close the program, then click Retry, or click Cancel to stop."
LangString FilesInUse ${LANG_THAI} "ยังลบไฟล์บางไฟล์ในโฟลเดอร์ $INSTDIR\_internal ไม่ได้ เพราะมีโปรแกรมอื่นใช้อยู่ (เช่น โปรแกรมป้องกันไวรัสกำลังตรวจไฟล์)$\r$\n$\r$\nรอสักครู่หรือปิดโปรแกรมนั้น แล้วกด Retry (ลองใหม่) หรือกด Cancel (ยกเลิก) เพื่อหยุด"
LangString FilesInUse ${LANG_ENGLISH} "Some files in $INSTDIR\_internal cannot be deleted because another program is using them (an antivirus scan, for example).$\r$\n$\r$\nWait a moment or close that program, then click Retry, or click Cancel to stop."
LangString ProgramRunningAborted ${LANG_THAI} "หยุดแล้ว เพราะไฟล์ของโปรแกรมยังถูกใช้งานอยู่"
LangString ProgramRunningAborted ${LANG_ENGLISH} "Stopped: the program's files are still in use."

LangString NeedsWindows10 ${LANG_THAI} "$(^Name) ต้องใช้ Windows 10 หรือ 11 แบบ 64 บิต จึงติดตั้งในเครื่องนี้ไม่ได้"
LangString NeedsWindows10 ${LANG_ENGLISH} "$(^Name) needs 64-bit Windows 10 or 11; it cannot be installed on this computer."
LangString AllUsersNeedsAdmin ${LANG_THAI} "การติดตั้งสำหรับผู้ใช้ทุกคน (/ALLUSERS) ต้องใช้สิทธิ์ผู้ดูแลระบบของ Windows$\r$\n$\r$\nต้องการเริ่มโปรแกรมติดตั้งใหม่ด้วยสิทธิ์ผู้ดูแลระบบหรือไม่ (Windows จะขอให้ยืนยันหรือใส่รหัสผ่าน)$\r$\nหากต้องการติดตั้งเฉพาะผู้ใช้คนนี้ ให้กด No (ไม่) แล้วเรียกโปรแกรมติดตั้งอีกครั้งโดยไม่ใส่ /ALLUSERS"
LangString AllUsersNeedsAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs Windows administrator rights.$\r$\n$\r$\nStart setup again with administrator rights? (Windows will ask for a confirmation or a password.)$\r$\nTo install for this user only, click No and run setup again without /ALLUSERS."
LangString InstalledForAllUsers ${LANG_THAI} "$(^Name) ในเครื่องนี้ติดตั้งไว้สำหรับผู้ใช้ทุกคน การปรับรุ่นจึงต้องใช้สิทธิ์ผู้ดูแลระบบของ Windows$\r$\n$\r$\nต้องการเริ่มโปรแกรมติดตั้งใหม่ด้วยสิทธิ์ผู้ดูแลระบบหรือไม่ (Windows จะขอให้ยืนยันหรือใส่รหัสผ่าน) หากไม่มีรหัสผ่าน ให้กด No (ไม่) แล้วติดต่อเจ้าหน้าที่ไอที"
LangString InstalledForAllUsers ${LANG_ENGLISH} "$(^Name) is installed for all users of this computer, so updating it needs Windows administrator rights.$\r$\n$\r$\nStart setup again with administrator rights? (Windows will ask for a confirmation or a password.) Without the password, click No and ask your IT staff."
LangString Downgrade ${LANG_THAI} "เครื่องนี้มี $(^Name) รุ่นที่ใหม่กว่า (รุ่น $OldVersion) ติดตั้งอยู่แล้ว ส่วนโปรแกรมติดตั้งนี้เป็นรุ่น ${VERSION} ซึ่งเก่ากว่า$\r$\n$\r$\nรุ่นเก่าอาจเปิดฐานข้อมูลที่รุ่นใหม่ปรับไปแล้วไม่ได้ ต้องการติดตั้งรุ่นเก่าแทนหรือไม่ (แนะนำให้กด No (ไม่))"
LangString Downgrade ${LANG_ENGLISH} "A newer version of $(^Name) ($OldVersion) is installed on this computer; this setup is version ${VERSION}.$\r$\n$\r$\nAn older version may not open a database the newer one has updated. Replace the newer version with this older one anyway? (No is recommended.)"

LangString UnComponentsTitle ${LANG_THAI} "ถอนการติดตั้ง $(^Name)"
LangString UnComponentsTitle ${LANG_ENGLISH} "Uninstall $(^Name)"
LangString UnComponentsSubtitle ${LANG_THAI} "ลบโปรแกรมออกจากเครื่องนี้"
LangString UnComponentsSubtitle ${LANG_ENGLISH} "Remove the program from this computer."
LangString UnComponentsList ${LANG_THAI} "สิ่งที่จะลบ:"
LangString UnComponentsList ${LANG_ENGLISH} "Remove:"
LangString UnTopThisUser ${LANG_THAI} "ข้อมูลของท่าน (ฐานข้อมูลและสำเนาอัตโนมัติ) อยู่ที่ $DataDir และจะเก็บไว้ตามเดิม เว้นแต่ท่านทำเครื่องหมายที่ช่อง “ลบข้อมูลของฉันด้วย”"
LangString UnTopThisUser ${LANG_ENGLISH} "Your data (database and automatic copies) is in $DataDir. It is kept unless you tick “Also delete my data”."
LangString UnTopAllUsers ${LANG_THAI} "โปรแกรมนี้ติดตั้งไว้สำหรับผู้ใช้ทุกคน ข้อมูลของผู้ใช้แต่ละคนอยู่ในโฟลเดอร์ของผู้ใช้คนนั้นและจะไม่ถูกลบ"
LangString UnTopAllUsers ${LANG_ENGLISH} "The program is installed for all users. Each user's data is in that user's own folder and is not deleted."
LangString UnSectionProgram ${LANG_THAI} "ตัวโปรแกรมและทางลัด"
LangString UnSectionProgram ${LANG_ENGLISH} "Program and shortcuts"
LangString UnSectionProgramDescription ${LANG_THAI} "ไฟล์ของโปรแกรม และทางลัดในเมนูเริ่มและบนเดสก์ท็อป"
LangString UnSectionProgramDescription ${LANG_ENGLISH} "The program's files and its Start menu and desktop shortcuts."
LangString SectionDeleteData ${LANG_THAI} "ลบข้อมูลของฉันด้วย (ฐานข้อมูลและสำเนาอัตโนมัติ)"
LangString SectionDeleteData ${LANG_ENGLISH} "Also delete my data (database and automatic copies)"
LangString UnDataThisUser ${LANG_THAI} "ลบฐานข้อมูล สำเนาอัตโนมัติ และค่าที่ตั้งไว้ในโฟลเดอร์ข้างบน ลบแล้วกู้คืนไม่ได้ ไฟล์สำรองในแฟลชไดรฟ์หรือโฟลเดอร์อื่นจะไม่ถูกลบ"
LangString UnDataThisUser ${LANG_ENGLISH} "Deletes the database, the automatic copies and the settings in the folder above, for good. Backups on USB sticks or in other folders are not touched."
LangString UnDataAllUsers ${LANG_THAI} "ใช้ไม่ได้เมื่อติดตั้งสำหรับผู้ใช้ทุกคน เพราะข้อมูลของผู้ใช้แต่ละคนอยู่ในโฟลเดอร์ของผู้ใช้คนนั้น"
LangString UnDataAllUsers ${LANG_ENGLISH} "Not available for an installation for all users: each user's data is in that user's own folder."
LangString ConfirmDeleteData ${LANG_THAI} "ต้องการลบข้อมูลทั้งหมดในโฟลเดอร์$\r$\n$DataDir$\r$\nใช่หรือไม่$\r$\n$\r$\nฐานข้อมูลและสำเนาอัตโนมัติจะถูกลบและกู้คืนไม่ได้ หากยังไม่ได้สำรองข้อมูลลงแฟลชไดรฟ์ ให้กด No (ไม่) แล้วสำรองข้อมูลก่อน"
LangString ConfirmDeleteData ${LANG_ENGLISH} "Delete all the data in$\r$\n$DataDir?$\r$\n$\r$\nThe database and the automatic copies will be gone for good. If you have no backup on a USB stick yet, click No and make one first."
LangString DeletingData ${LANG_THAI} "กำลังลบข้อมูลใน $DataDir"
LangString DeletingData ${LANG_ENGLISH} "Deleting the data in $DataDir"
LangString DataNotDeleted ${LANG_THAI} "ลบไฟล์บางไฟล์ใน $DataDir ไม่ได้ ท่านลบเองได้ภายหลังด้วย File Explorer"
LangString DataNotDeleted ${LANG_ENGLISH} "Some files in $DataDir could not be deleted; you can delete them later in File Explorer."
LangString UninstallNeedsAdmin ${LANG_THAI} "$(^Name) ติดตั้งไว้สำหรับผู้ใช้ทุกคน การถอนการติดตั้งจึงต้องใช้สิทธิ์ผู้ดูแลระบบของ Windows$\r$\n$\r$\nต้องการเริ่มใหม่ด้วยสิทธิ์ผู้ดูแลระบบหรือไม่"
LangString UninstallNeedsAdmin ${LANG_ENGLISH} "$(^Name) is installed for all users, so uninstalling it needs Windows administrator rights.$\r$\n$\r$\nStart again with administrator rights?"

LangString UninstallingTitle ${LANG_THAI} "กำลังถอนการติดตั้ง"
LangString UninstallingTitle ${LANG_ENGLISH} "Uninstalling"
LangString UninstallingSubtitle ${LANG_THAI} "กรุณารอสักครู่ ระหว่างถอนการติดตั้ง $(^Name)"
LangString UninstallingSubtitle ${LANG_ENGLISH} "Please wait while $(^Name) is being uninstalled."
LangString UninstalledTitle ${LANG_THAI} "ถอนการติดตั้งเสร็จแล้ว"
LangString UninstalledTitle ${LANG_ENGLISH} "Uninstallation Complete"
LangString UninstalledSubtitle ${LANG_THAI} "ลบโปรแกรมออกจากเครื่องนี้เรียบร้อยแล้ว"
LangString UninstalledSubtitle ${LANG_ENGLISH} "The program has been removed from this computer."
LangString UninstallAbortedTitle ${LANG_THAI} "ถอนการติดตั้งไม่สำเร็จ"
LangString UninstallAbortedTitle ${LANG_ENGLISH} "Uninstallation Aborted"
LangString UninstallAbortedSubtitle ${LANG_THAI} "การถอนการติดตั้งยังไม่เสร็จ ดูรายละเอียดด้านล่าง"
LangString UninstallAbortedSubtitle ${LANG_ENGLISH} "Uninstall did not finish: see the details below."

;--------------------------------
; Shared by the installer and the uninstaller

; Asks (Retry/Cancel) until the program is closed, in the chosen language. A silent run waits
; up to 30 seconds (a scheduled backup may be running), then gives up.
!macro ASK_UNTIL_DONE MESSAGE
  ${If} ${Silent}
    IntOp $R9 $R9 + 1
    ${If} $R9 > 30
      Abort "$(ProgramRunningAborted)"
    ${EndIf}
    Sleep 1000
  ${ElseIf} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${MESSAGE}" /SD IDCANCEL IDCANCEL`
    Abort "$(ProgramRunningAborted)"
  ${EndIf}
!macroend

!macro SHARED_FUNCTIONS UN
; Deletes the program files: neither can be deleted while it runs (the window, or a command
; such as a scheduled backup).
Function ${UN}DeleteProgramFile
  Push $R9
  StrCpy $R9 0
  ${Do}
    Delete "$INSTDIR\${EXE}"
    Delete "$INSTDIR\${CLI_EXE}"
    ${IfNot} ${FileExists} "$INSTDIR\${EXE}"
    ${AndIfNot} ${FileExists} "$INSTDIR\${CLI_EXE}"
      ${Break}
    ${EndIf}
    !insertmacro ASK_UNTIL_DONE "$(ProgramRunning)"
  ${Loop}
  Pop $R9
FunctionEnd

; Removes the bundle's _internal folder (nothing of an older version may stay in it).
Function ${UN}RemoveInternalFolder
  Push $R9
  StrCpy $R9 0
  ${Do}
    ${IfNot} ${FileExists} "$INSTDIR\_internal\*.*"
      ${Break}
    ${EndIf}
    RMDir /r "$INSTDIR\_internal"
    ${IfNot} ${FileExists} "$INSTDIR\_internal\*.*"
      ${Break}
    ${EndIf}
    !insertmacro ASK_UNTIL_DONE "$(FilesInUse)"
  ${Loop}
  Pop $R9
FunctionEnd

; Deletes the shortcuts this program made (their names depend on the installer language, so
; the installer records them in the registry), and those of either language at the usual places.
Function ${UN}DeleteShortcuts
  Push $0
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "StartMenuShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "DesktopShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}
  Delete "$SMPROGRAMS\${PRODUCT_EN}.lnk"
  Delete "$DESKTOP\${PRODUCT_EN}.lnk"
  Delete "$SMPROGRAMS\${PRODUCT_TH}.lnk"
  Delete "$DESKTOP\${PRODUCT_TH}.lnk"
  Pop $0
FunctionEnd

; "Admin" when this process has administrator rights (an elevated prompt).
Function ${UN}IsAdmin
  UserInfo::GetAccountType
FunctionEnd
!macroend

!insertmacro SHARED_FUNCTIONS ""
!insertmacro SHARED_FUNCTIONS "un."

;--------------------------------
; Installer sections

Section "!$(SectionProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"

  ; Upgrade in place: the old program must be closed; its files go before the new ones come.
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    StrCpy $Upgrading 1
  ${EndIf}
  Call DeleteProgramFile
  ${If} $Upgrading == 1
    DetailPrint "$(RemovingOldVersion)"
    Call RemoveInternalFolder
    Call DeleteShortcuts
  ${EndIf}

  File "${SOURCE_DIR}/${EXE}"
  File "${SOURCE_DIR}/${CLI_EXE}"
  SetOutPath "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}/_internal/*"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; One shortcut in the Start menu's program list; its "Start in" folder is $INSTDIR.
  CreateShortcut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "$(DisplayName)"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$\"$INSTDIR\${EXE}$\",0"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" "$\"$INSTDIR\${UNINSTALLER}$\""
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\${UNINSTALLER}$\" /S"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  WriteRegStr SHCTX "${UNINST_KEY}" "Installer Language" "$LANGUAGE"
  WriteRegStr SHCTX "${UNINST_KEY}" "StartMenuShortcut" "$SMPROGRAMS\$(ShortcutName).lnk"
  WriteRegStr SHCTX "${UNINST_KEY}" "DesktopShortcut" ""
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SectionDesktop)" SecDesktop
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\$(ShortcutName).lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
  WriteRegStr SHCTX "${UNINST_KEY}" "DesktopShortcut" "$DESKTOP\$(ShortcutName).lnk"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SectionProgramDescription)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SectionDesktopDescription)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

;--------------------------------
; Installer functions

; Starts this setup program again with administrator rights (the user is asked by Windows).
Function RestartAsAdmin
  ExecShell "runas" "$EXEPATH" "/ALLUSERS /LANG=$LangCode"
FunctionEnd

; Texts of the chosen language are only available after .onInit (NSIS switches its language
; table then): .onInit decides, BeforeFirstPage (.onGUIInit) says it; a silent run just ends
; with exit code 2.
Function .onInit
  SetRegView 64
  StrCpy $AllUsers 0
  StrCpy $Upgrading 0
  StrCpy $Problem ""
  ${GetParameters} $R0

  ; Which installation: /ALLUSERS, else this user's, else the one IT made for all users.
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${Else}
    ReadRegStr $R2 HKCU "${UNINST_KEY}" "InstallLocation"
    ReadRegStr $R3 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $R2 == ""
    ${AndIf} $R3 != ""
      StrCpy $AllUsers 2 ; all users, found rather than asked for
    ${EndIf}
  ${EndIf}
  ${If} $AllUsers != 0
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}

  ; The language: /LANG=, else the one chosen last time, else the dialog (Thai preselected).
  StrCpy $LANGUAGE ${LANG_THAI}
  ClearErrors
  ${GetOptions} $R0 "/LANG=" $R1
  ${If} $R1 == "en"
  ${OrIf} $R1 == "english"
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${ElseIf} $R1 == "th"
  ${OrIf} $R1 == "thai"
    StrCpy $LANGUAGE ${LANG_THAI}
  ${Else}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
  ${If} $LANGUAGE == ${LANG_ENGLISH}
    StrCpy $LangCode "en"
  ${Else}
    StrCpy $LangCode "th"
  ${EndIf}

  ${If} $AllUsers != 0
    Call IsAdmin
    Pop $R4
    ${If} $R4 != "Admin"
    ${AndIf} $AllUsers == 1
      StrCpy $Problem "admin-asked"
    ${ElseIf} $R4 != "Admin"
      StrCpy $Problem "admin-found"
    ${EndIf}
    StrCpy $AllUsers 1
  ${EndIf}
  ; The bundle is 64-bit (PySide6 6.8 needs 64-bit Windows 10 or later).
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    StrCpy $Problem "windows"
  ${EndIf}

  ; An existing installation is upgraded where it is (a /D= folder only for a new one).
  ReadRegStr $R6 SHCTX "${UNINST_KEY}" "InstallLocation"
  ReadRegStr $OldVersion SHCTX "${UNINST_KEY}" "DisplayVersion"
  ${If} $R6 != ""
    StrCpy $INSTDIR $R6
    StrCpy $Upgrading 1
  ${ElseIf} $INSTDIR == ""
    ${If} $AllUsers == 1
      StrCpy $INSTDIR "$PROGRAMFILES64\${FOLDER_NAME}"
    ${Else}
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${FOLDER_NAME}"
    ${EndIf}
  ${EndIf}

  ; An older version over a newer one: its database may be too new for this version.
  ${If} $Problem == ""
  ${AndIf} $Upgrading == 1
  ${AndIf} $OldVersion != ""
    ${VersionCompare} "$OldVersion" "${VERSION}" $R7
    ClearErrors
    ${GetOptions} $R0 "/ALLOWDOWNGRADE" $R1
    ${If} $R7 == 1
    ${AndIf} ${Errors}
      StrCpy $Problem "downgrade"
    ${EndIf}
  ${EndIf}

  ${If} $Problem != ""
  ${AndIf} ${Silent}
    SetErrorLevel 2
    Quit
  ${EndIf}

  ; The desktop shortcut: as last time when upgrading; /NODESKTOP leaves it out.
  ClearErrors
  ReadRegStr $R8 SHCTX "${UNINST_KEY}" "DesktopShortcut"
  ${IfNot} ${Errors}
  ${AndIf} $R8 == ""
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Function BeforeFirstPage
  ${If} $Problem == "windows"
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)"
    SetErrorLevel 2
    Quit
  ${ElseIf} $Problem == "admin-asked"
  ${OrIf} $Problem == "admin-found"
    ${If} $Problem == "admin-asked"
      StrCpy $R5 "$(AllUsersNeedsAdmin)"
    ${Else}
      StrCpy $R5 "$(InstalledForAllUsers)"
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION "$R5" IDYES`
      Call RestartAsAdmin
    ${EndIf}
    SetErrorLevel 2
    Quit
  ${ElseIf} $Problem == "downgrade"
    ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(Downgrade)" IDYES`
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}

  ${If} $Upgrading == 1
  ${AndIf} $OldVersion == "${VERSION}"
    StrCpy $WelcomeExtra "$(WelcomeReinstall)"
  ${ElseIf} $Upgrading == 1
    StrCpy $WelcomeExtra "$(WelcomeUpgrade)"
  ${Else}
    StrCpy $WelcomeExtra "$(WelcomeNew)"
  ${EndIf}
  ${If} $AllUsers == 1
    StrCpy $DirTopText "$(DirectoryTopAllUsers)"
  ${Else}
    StrCpy $DirTopText "$(DirectoryTopThisUser)"
  ${EndIf}
FunctionEnd

Function SkipIfUpgrading
  ${If} $Upgrading == 1
    Abort
  ${EndIf}
FunctionEnd

; From an elevated installer (all users) the program is started through Explorer, so it runs
; with the clerk's ordinary rights.
Function StartProgram
  ${If} $AllUsers == 1
    Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
  ${Else}
    Exec '"$INSTDIR\${EXE}"'
  ${EndIf}
FunctionEnd

;--------------------------------
; Uninstaller sections

Section "!un.$(UnSectionProgram)" UnSecProgram
  SectionIn RO
  Call un.DeleteProgramFile
  Call un.DeleteShortcuts
  Call un.RemoveInternalFolder
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Only if empty: files the clerk put into the program folder stay.
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

; The only place anything deletes the user's data: unticked unless the clerk ticks it, read-only
; (never done) for an all-users installation, never in a silent uninstall.
Section /o "un.$(SectionDeleteData)" UnSecData
  ${If} $AllUsers == 0
  ${AndIfNot} ${Silent}
  ${AndIf} $DataDir != ""
    DetailPrint "$(DeletingData)"
    ClearErrors
    RMDir /r "$DataDir"
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(DataNotDeleted)" /SD IDOK
    ${EndIf}
    RMDir "$LOCALAPPDATA\${DATA_PARENT}"
  ${EndIf}
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "$(UnSectionProgramDescription)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$UnDataText"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

;--------------------------------
; Uninstaller functions

Function un.onInit
  SetRegView 64
  StrCpy $AllUsers 0
  StrCpy $Problem ""
  ; Installed for all users when the HKLM entry names this folder.
  ReadRegStr $R0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $R0 != ""
  ${AndIf} $R0 == $INSTDIR
    StrCpy $AllUsers 1
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
  !insertmacro MUI_UNGETLANGUAGE

  ${If} $AllUsers == 1
    Call un.IsAdmin
    Pop $R1
    ${If} $R1 != "Admin"
      StrCpy $Problem "admin"
      ${If} ${Silent}
        SetErrorLevel 2
        Quit
      ${EndIf}
    ${EndIf}
    ; Each user's data is in that user's own folder: not this uninstaller's to delete.
    StrCpy $DataDir ""
    !insertmacro SetSectionFlag ${UnSecData} ${SF_RO}
    !insertmacro UnselectSection ${UnSecData}
  ${Else}
    StrCpy $DataDir "$LOCALAPPDATA\${DATA_PARENT}\${DATA_FOLDER}"
  ${EndIf}
FunctionEnd

Function un.BeforeFirstPage
  ${If} $Problem == "admin"
    ${If} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION "$(UninstallNeedsAdmin)" IDYES`
      ExecShell "runas" "$INSTDIR\${UNINSTALLER}"
    ${EndIf}
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${If} $AllUsers == 1
    StrCpy $UnTopText "$(UnTopAllUsers)"
    StrCpy $UnDataText "$(UnDataAllUsers)"
  ${Else}
    StrCpy $UnTopText "$(UnTopThisUser)"
    StrCpy $UnDataText "$(UnDataThisUser)"
  ${EndIf}
FunctionEnd

; "Space required: 0.0 KB" means nothing to someone removing a program.
Function un.HideSpaceRequired
  FindWindow $0 "#32770" "" $HWNDPARENT
  GetDlgItem $1 $0 1023 ; IDC_SPACEREQUIRED
  ShowWindow $1 ${SW_HIDE}
FunctionEnd

Function un.ConfirmDataDeletion
  ${If} ${SectionIsSelected} ${UnSecData}
  ${AndIf} $AllUsers == 0
    ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmDeleteData)" IDYES`
      Abort ; back to the page
    ${EndIf}
  ${EndIf}
FunctionEnd
