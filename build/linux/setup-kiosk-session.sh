#!/usr/bin/env bash
# Turns a fresh Debian 12 / Ubuntu 24.04 machine into a Một Cửa kiosk. Run it as root from this
# folder (build/linux) or from a copy of it.
#
#   sudo ./setup-kiosk-session.sh --deb mot-cua-kiosk_0.1.0_amd64.deb [--config kiosk.config.json]
#   sudo ./setup-kiosk-session.sh --appimage mot-cua-kiosk-0.1.0-x86_64.AppImage [--config ...]
#
# What the kiosk looks like afterwards:
#   - an unprivileged user `kiosk` with no password and no login shell; nothing else logs in on
#     the screen;
#   - mot-cua-kiosk.service starts the cage compositor on tty1 as that user, with the kiosk app as
#     its only window. cage has no desktop, task switcher or other windows, and cannot switch to
#     another terminal. Electron's `kiosk: true` only makes the window full screen on Linux
#     (electron/electron#3646), so the lockdown comes from cage and from this setup;
#   - systemd restarts the session whenever it exits, reboots after 10 failures in 10 minutes, and
#     restarts it every night at 03:30 (mot-cua-kiosk-nightly-restart.timer);
#   - no sleep, no Ctrl+Alt+Del reboot, no magic SysRq keys (residents can reach a keyboard);
#   - the provisioning file in /etc/mot-cua-kiosk/, owned by root and readable by `kiosk` only.
#
# Running it again is safe: it updates the app and the units and keeps /etc/default/mot-cua-kiosk
# and an existing provisioning file (unless --config is given).
set -euo pipefail

readonly KIOSK_USER=kiosk
readonly CONFIG_DIR=/etc/mot-cua-kiosk
readonly APPIMAGE_DIR=/opt/mot-cua-kiosk
readonly UNIT_DIR=/etc/systemd/system
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly HERE

usage() {
  sed -n '2,6p' "$0" >&2
  exit 2
}

die() {
  echo "setup-kiosk-session: $*" >&2
  exit 1
}

deb=""
appimage=""
config=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --deb) deb="${2:-}"; shift 2 ;;
    --appimage) appimage="${2:-}"; shift 2 ;;
    --config) config="${2:-}"; shift 2 ;;
    -h | --help) usage ;;
    *) usage ;;
  esac
done

[[ $EUID -eq 0 ]] || die "run as root (sudo)"
[[ -n "$deb" || -n "$appimage" ]] || usage
[[ -z "$deb" || -z "$appimage" ]] || die "give --deb or --appimage, not both"
[[ -z "$deb" || -f "$deb" ]] || die "no such file: $deb"
[[ -z "$appimage" || -f "$appimage" ]] || die "no such file: $appimage"
[[ -z "$config" || -f "$config" ]] || die "no such file: $config"
for unit in mot-cua-kiosk.service mot-cua-kiosk.pam mot-cua-kiosk.default \
  mot-cua-kiosk-nightly-restart.service mot-cua-kiosk-nightly-restart.timer; do
  [[ -f "$HERE/$unit" ]] || die "missing $HERE/$unit: run this script from build/linux"
done

echo "== Packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update
# cage: the single-app Wayland compositor. fonts-noto-core: every Vietnamese glyph, including
# stacked diacritics, in a font the screen can render without a desktop installed.
apt-get install -y --no-install-recommends cage fonts-noto-core dbus
if [[ -n "$deb" ]]; then
  # apt (not dpkg -i) so the deb's dependencies come along. The deb's post-install script links
  # /usr/bin/mot-cua-kiosk and sets up chrome-sandbox (and an AppArmor profile on Ubuntu 24+).
  apt-get install -y "$(realpath "$deb")"
else
  # AppImages mount themselves with FUSE 2; the package name differs between Debian and Ubuntu 24.04.
  # On Ubuntu 24.04, AppArmor also blocks the user namespaces Chromium's sandbox needs unless a
  # profile allows them for this path; the deb brings such a profile, so prefer the deb there.
  apt-get install -y --no-install-recommends libfuse2t64 || apt-get install -y --no-install-recommends libfuse2
  install -d -m 0755 "$APPIMAGE_DIR"
  # Root-owned and not writable by the kiosk user, so the app cannot be replaced from inside.
  install -m 0755 -o root -g root "$appimage" "$APPIMAGE_DIR/mot-cua-kiosk.AppImage"
fi

echo "== Kiosk user"
if ! id "$KIOSK_USER" >/dev/null 2>&1; then
  useradd --create-home --user-group --shell /usr/sbin/nologin \
    --comment "Mot Cua Kiosk session" "$KIOSK_USER"
fi
# No password login at all: the session is started by systemd, not by typing a password.
passwd --lock "$KIOSK_USER" >/dev/null
# The profile holds the outbox queue (~kiosk/.config/mot-cua-kiosk): private to the kiosk user.
kiosk_home="$(getent passwd "$KIOSK_USER" | cut -d: -f6)"
chmod 0700 "$kiosk_home"

echo "== Provisioning file"
# Root owns the folder and the file, so the app (running as kiosk) can read them but not change them.
install -d -m 0750 -o root -g "$KIOSK_USER" "$CONFIG_DIR"
if [[ -n "$config" ]]; then
  install -m 0640 -o root -g "$KIOSK_USER" "$config" "$CONFIG_DIR/kiosk.config.json"
elif [[ ! -f "$CONFIG_DIR/kiosk.config.json" ]]; then
  echo "   No provisioning file yet: the kiosk will show which file it needs (see README)."
fi

echo "== Session units"
install -m 0644 "$HERE/mot-cua-kiosk.pam" /etc/pam.d/mot-cua-kiosk
if [[ ! -f /etc/default/mot-cua-kiosk ]]; then
  install -m 0644 "$HERE/mot-cua-kiosk.default" /etc/default/mot-cua-kiosk
fi
# The executable path follows this install, also in a kept copy of the file.
if [[ -n "$appimage" ]]; then
  sed -i "s|^KIOSK_BIN=.*|KIOSK_BIN=$APPIMAGE_DIR/mot-cua-kiosk.AppImage|" /etc/default/mot-cua-kiosk
elif [[ -n "$deb" ]]; then
  sed -i "s|^KIOSK_BIN=.*|KIOSK_BIN=/usr/bin/mot-cua-kiosk|" /etc/default/mot-cua-kiosk
fi
for unit in mot-cua-kiosk.service mot-cua-kiosk-nightly-restart.service mot-cua-kiosk-nightly-restart.timer; do
  install -m 0644 "$HERE/$unit" "$UNIT_DIR/$unit"
done

echo "== Lockdown"
# A kiosk never sleeps; the display is managed by the app's attract screen.
systemctl mask sleep.target suspend.target hibernate.target hybrid-sleep.target
# A keyboard on the counter must not reboot the machine or reach the kernel.
systemctl mask ctrl-alt-del.target
echo "kernel.sysrq = 0" >/etc/sysctl.d/60-mot-cua-kiosk.conf
sysctl --quiet --load /etc/sysctl.d/60-mot-cua-kiosk.conf || true
# Keep the journal across reboots, so a crash before the last reboot can still be read.
install -d -m 2755 -g systemd-journal /var/log/journal
# A display manager would fight cage for the screen.
if systemctl is-enabled display-manager.service >/dev/null 2>&1; then
  echo "   Disabling the display manager ($(readlink -f "$UNIT_DIR/display-manager.service"))."
  systemctl disable display-manager.service
fi

echo "== Start"
systemctl daemon-reload
systemctl set-default graphical.target
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl enable mot-cua-kiosk.service mot-cua-kiosk-nightly-restart.timer
systemctl start mot-cua-kiosk-nightly-restart.timer
echo
# The session takes over tty1 and stops its login prompt. Started from a shell on tty1, that would
# end this very shell, so there the kiosk starts at the next boot instead.
if [[ "$(tty 2>/dev/null || true)" == /dev/tty1 ]]; then
  echo "Done. Reboot to start the kiosk (this shell runs on tty1, which the kiosk takes over)."
else
  systemctl restart mot-cua-kiosk.service
  echo "Done. The kiosk is starting on the screen."
fi
echo "Check: systemctl status mot-cua-kiosk; journalctl -u mot-cua-kiosk -b"
echo "Maintenance: over SSH, sudo systemctl stop mot-cua-kiosk; then Ctrl+Alt+F2 gives a login prompt."
