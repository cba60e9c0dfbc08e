; Stations find the host and reach its LAN server: let Lượt through Windows Firewall on private and domain
; networks (never public ones), instead of the firewall's prompt the first time the host starts. The installer
; runs per machine, with the rights to do this. An upgrade uninstalls the old version first, so the rule is
; deleted before it is added again.
!macro customInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="Luot"'
  Pop $0
  nsExec::Exec 'netsh advfirewall firewall add rule name="Luot" dir=in action=allow program="$INSTDIR\${APP_EXECUTABLE_FILENAME}" enable=yes profile=private,domain'
  Pop $0
!macroend

!macro customUnInstall
  nsExec::Exec 'netsh advfirewall firewall delete rule name="Luot"'
  Pop $0
!macroend
