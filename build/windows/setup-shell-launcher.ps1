<#
.SYNOPSIS
  Makes this Windows PC a Mot Cua kiosk. The kiosk account signs in straight to the kiosk app,
  with no Explorer desktop, and Windows restarts the app whenever it exits.

.DESCRIPTION
  Uses Shell Launcher, a Windows feature: for one account, the kiosk app replaces explorer.exe as
  the shell. Electron's kiosk mode only makes the window full screen on Windows, and the lockdown
  must come from the operating system (electron/electron#3646). See shell-launcher.md
  beside this script.

  Needs Windows 10/11 Enterprise, Education or IoT Enterprise, an elevated PowerShell, and the
  kiosk installed per machine first (mot-cua-kiosk-setup-<version>.exe /S).
  Running it again is safe.

.PARAMETER KioskUser
  The local account the kiosk runs as. Created as a standard user if it does not exist.

.PARAMETER AppPath
  The installed kiosk executable (the NSIS installer's fixed per-machine path).

.PARAMETER ConfigFile
  A provisioning file to install as %ProgramData%\MotCuaKiosk\kiosk.config.json.

.PARAMETER AutoLogon
  Sign the kiosk account in automatically at boot. Windows keeps its password in the registry
  (Winlogon DefaultPassword), readable by administrators. Sysinternals Autologon stores it
  encrypted instead; use that if your policy requires it.

.PARAMETER Remove
  Undo: the kiosk account gets Explorer again, Shell Launcher and automatic sign-in are turned off.
  The account, the app, its queue and the provisioning file are kept.

.EXAMPLE
  .\setup-shell-launcher.ps1 -ConfigFile D:\kiosk.config.json -AutoLogon
#>
[CmdletBinding()]
param(
  [string]$KioskUser = 'kiosk',
  [string]$AppPath = (Join-Path $env:ProgramFiles 'Mot Cua Kiosk\Mot Cua Kiosk.exe'),
  [string]$ConfigFile,
  [switch]$AutoLogon,
  [switch]$Remove
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$ShellLauncherNamespace = 'root\standardcimv2\embedded'
# Shell Launcher actions when the shell exits: 0 restart the shell, 1 restart the device,
# 2 shut down, 3 do nothing.
$RestartShell = 0
$ProvisioningDir = Join-Path $env:ProgramData 'MotCuaKiosk'
$WinlogonKey = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
# Well-known SIDs, because group names are translated on a Vietnamese Windows.
$SidSystem = 'S-1-5-18'
$SidAdministrators = 'S-1-5-32-544'
$SidUsers = 'S-1-5-32-545'

function Assert-Administrator {
  $principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
  if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Run this script in an elevated PowerShell (Run as administrator).'
  }
}

function Invoke-ShellLauncher([string]$Method, [hashtable]$Arguments = @{}) {
  $result = Invoke-CimMethod -Namespace $ShellLauncherNamespace -ClassName WESL_UserSetting `
    -MethodName $Method -Arguments $Arguments
  if ($result.ReturnValue -ne 0) {
    throw "WESL_UserSetting.$Method failed with $($result.ReturnValue)."
  }
}

function Enable-ShellLauncherFeature {
  $feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -ErrorAction SilentlyContinue
  if ($null -eq $feature) {
    throw 'Shell Launcher is not available on this edition of Windows. It needs Enterprise, Education or IoT Enterprise (see shell-launcher.md for Windows Pro).'
  }
  if ($feature.State -ne 'Enabled') {
    $change = Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart
    if ($change.RestartNeeded) {
      Write-Warning 'Shell Launcher was just enabled. Restart Windows, then run this script again.'
      exit 3
    }
  }
}

function Get-KioskAccount {
  $account = Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue
  if ($null -eq $account) {
    $password = Read-Host -AsSecureString "Password for the new local account '$KioskUser'"
    $account = New-LocalUser -Name $KioskUser -Password $password -FullName 'Mot Cua Kiosk' `
      -Description 'Runs the Mot Cua kiosk app as its only shell' `
      -PasswordNeverExpires -UserMayNotChangePassword -AccountNeverExpires
    # Standard user only: a member of Users, never of Administrators.
    Add-LocalGroupMember -SID $SidUsers -Member $account
  }
  return $account
}

function Install-ProvisioningFolder([System.Security.Principal.SecurityIdentifier]$KioskSid) {
  New-Item -ItemType Directory -Force -Path $ProvisioningDir | Out-Null
  # The app reads the file as the kiosk account; only administrators may change it.
  $acl = New-Object System.Security.AccessControl.DirectorySecurity
  $acl.SetAccessRuleProtection($true, $false)
  $inherit = [System.Security.AccessControl.InheritanceFlags]'ContainerInherit, ObjectInherit'
  $none = [System.Security.AccessControl.PropagationFlags]::None
  $allow = [System.Security.AccessControl.AccessControlType]::Allow
  $grants = @(
    @{ Sid = $SidSystem; Rights = 'FullControl' },
    @{ Sid = $SidAdministrators; Rights = 'FullControl' },
    @{ Sid = $KioskSid.Value; Rights = 'ReadAndExecute' }
  )
  foreach ($grant in $grants) {
    $sid = New-Object System.Security.Principal.SecurityIdentifier($grant.Sid)
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($sid, $grant.Rights, $inherit, $none, $allow)
    $acl.AddAccessRule($rule)
  }
  Set-Acl -Path $ProvisioningDir -AclObject $acl
  if ($ConfigFile) {
    Copy-Item -Path $ConfigFile -Destination (Join-Path $ProvisioningDir 'kiosk.config.json') -Force
  }
}

function Set-AutoLogon([string]$UserName) {
  $password = Read-Host -AsSecureString "Password of '$UserName' (for automatic sign-in)"
  $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR(
    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($password))
  Set-ItemProperty -Path $WinlogonKey -Name AutoAdminLogon -Value '1'
  Set-ItemProperty -Path $WinlogonKey -Name DefaultUserName -Value $UserName
  Set-ItemProperty -Path $WinlogonKey -Name DefaultDomainName -Value $env:COMPUTERNAME
  Set-ItemProperty -Path $WinlogonKey -Name DefaultPassword -Value $plain
}

function Set-KioskPolicies {
  # A touch kiosk: no edge swipes into Windows UI, no sleep, no hibernation file.
  $edgeUi = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\EdgeUI'
  New-Item -Path $edgeUi -Force | Out-Null
  Set-ItemProperty -Path $edgeUi -Name AllowEdgeSwipe -Value 0 -Type DWord
  powercfg /change standby-timeout-ac 0
  powercfg /change monitor-timeout-ac 0
  powercfg /hibernate off
}

Assert-Administrator

if ($Remove) {
  $account = Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue
  if ($null -ne $account) {
    Invoke-ShellLauncher RemoveCustomShell @{ Sid = $account.SID.Value }
  }
  Invoke-ShellLauncher SetEnabled @{ Enabled = $false }
  Set-ItemProperty -Path $WinlogonKey -Name AutoAdminLogon -Value '0'
  Remove-ItemProperty -Path $WinlogonKey -Name DefaultPassword -ErrorAction SilentlyContinue
  Write-Host 'Shell Launcher and automatic sign-in are off. Sign out and back in to get Explorer.'
  return
}

if (-not (Test-Path -LiteralPath $AppPath)) {
  throw "The kiosk is not installed at '$AppPath'. Run the installer first: mot-cua-kiosk-setup-<version>.exe /S"
}
if ($ConfigFile -and -not (Test-Path -LiteralPath $ConfigFile)) {
  throw "No such provisioning file: $ConfigFile"
}

Enable-ShellLauncherFeature
$account = Get-KioskAccount
Install-ProvisioningFolder $account.SID

# Everyone else (administrators, IT) keeps Explorer.
Invoke-ShellLauncher SetDefaultShell @{ Shell = 'explorer.exe'; DefaultAction = $RestartShell }
# Replace any earlier entry for the account, then point it at the kiosk. The path is quoted
# because it contains spaces. If the app exits or crashes, Shell Launcher starts it again.
try { Invoke-ShellLauncher RemoveCustomShell @{ Sid = $account.SID.Value } } catch { Write-Verbose 'no earlier entry' }
Invoke-ShellLauncher SetCustomShell @{ Sid = $account.SID.Value; Shell = "`"$AppPath`""; DefaultAction = $RestartShell }
Invoke-ShellLauncher SetEnabled @{ Enabled = $true }

Set-KioskPolicies
if ($AutoLogon) { Set-AutoLogon $KioskUser }

Write-Host "Done. Sign in as '$KioskUser' (or restart, with -AutoLogon) to start the kiosk."
Write-Host 'Maintenance: Ctrl+Alt+Del, Sign out (hold Shift to skip automatic sign-in), sign in as an administrator.'
