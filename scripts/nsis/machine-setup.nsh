; What the installer sets up for the whole PC, with the administrator's rights it runs with (per machine).
;
; 1. Windows Firewall lets Lượt in on private and domain networks (never public ones), instead of the firewall's
;    prompt the first time the host starts: stations find the host and reach its LAN server. A network Windows
;    has as Public is found and explained by Lượt itself (src/main/network-profile.ts). An upgrade uninstalls the
;    old version first, so the rule is deleted before it is added again.
; 2. The center's folder, %ProgramData%\Luot (src/main/pc-folders.ts): its settings, database and log, shared by
;    every Windows account of the PC. ProgramData lets a user change only what that user created, so the PC's
;    users (BUILTIN\Users, by its SID: group names are translated on a Vietnamese Windows) may change everything
;    in it, including what an earlier account made. Uninstalling never deletes it: a center's history stays.
!macro customInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="Luot"'
  Pop $0
  nsExec::Exec 'netsh advfirewall firewall add rule name="Luot" dir=in action=allow program="$INSTDIR\${APP_EXECUTABLE_FILENAME}" enable=yes profile=private,domain'
  Pop $0
  SetShellVarContext all
  CreateDirectory "$APPDATA\Luot"
  nsExec::Exec 'icacls "$APPDATA\Luot" /grant *S-1-5-32-545:(OI)(CI)M /T /C /Q'
  Pop $0
!macroend

!macro customUnInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="Luot"'
  Pop $0
!macroend
