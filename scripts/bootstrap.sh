#!/usr/bin/env bash
# Shared set-up for scripts/kiosk, scripts/test and scripts/bench: Debian libraries Qt needs, a
# virtual environment in .venv, and the exact pinned Python packages. Safe to run again: it only
# does what is missing.
# Usage (sourced): bootstrap_kiosk [runtime|handoff|test|bench]
set -euo pipefail

KIOSK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KIOSK_VENV="${KIOSK_VENV:-$KIOSK_ROOT/.venv}"
# The package managers' own output goes here; a step that fails names it and shows its end.
KIOSK_SETUP_LOG="${KIOSK_SETUP_LOG:-$KIOSK_ROOT/.setup.log}"

# Libraries the PySide6 wheels load at run time, on a minimal Debian/Ubuntu, the offline voice
# that reads slides and questions aloud, and DejaVu, which draws the Greek, Cyrillic and other
# letters of names the kiosk's own fonts lack.
RUNTIME_DEBS=(
  libgl1 libegl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
  libnss3 libasound2
  fonts-dejavu-core
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
)
# Extra programs the tests drive: a virtual X screen and a way to tap on it.
# systemd for systemd-analyze, which checks the kiosk's unit file. LibreOffice Calc opens the
# check-in export as the front desk's spreadsheet would (decision 0007). PostgreSQL's server, which
# the tests start themselves in a temporary folder (the clinic store, issue 20); its package's
# own cluster is not needed, and is never used. openssl makes the certificates of the TLS tests.
# tpm2-tools seals the hand-off's key to a TPM (kiosk handoff enrol --tpm), and swtpm is the TPM
# the tests seal it to.
TEST_DEBS=(xvfb xdotool xauth systemd libreoffice-calc-nogui postgresql openssl tpm2-tools swtpm)
# The hand-off service (scripts/handoff) also needs what seals its key to the machine's TPM.
HANDOFF_DEBS=(tpm2-tools)
# The browser kiosk the benchmarks compare with. Debian's own build only: Ubuntu's chromium
# package installs a snap, which is not the same program. Without it the benchmark says so.
PEER_DEBS=(chromium)

say() { printf '[kiosk setup] %s\n' "$*" >&2; }

# Runs a step with its output in the set-up log; on failure shows the log's last lines.
quietly() {
  printf '\n== %s: %s\n' "$(date '+%F %T')" "$*" >>"$KIOSK_SETUP_LOG"
  if "$@" >>"$KIOSK_SETUP_LOG" 2>&1; then return 0; fi
  say "That step failed; its messages are in $KIOSK_SETUP_LOG. The last of them:"
  tail -n 15 "$KIOSK_SETUP_LOG" >&2
  return 1
}

need_python() {
  if ! command -v python3 >/dev/null 2>&1; then
    say "Python 3.11 or newer is needed and python3 was not found. Install it with: sudo apt-get install python3 python3-venv"
    exit 1
  fi
  if ! python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
    say "Python 3.11 or newer is needed; this machine has $(python3 --version 2>&1)."
    exit 1
  fi
}

missing_debs() {
  local pkg
  for pkg in "$@"; do
    # A library counts as present when dpkg knows it under its own name or a t64 rename.
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' &&
       ! dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q 'ok installed'; then
      printf '%s\n' "$pkg"
    fi
  done
}

install_debs() {
  command -v dpkg-query >/dev/null 2>&1 || { say "Not a Debian-like system: skipping system libraries."; return 0; }
  local missing=()
  mapfile -t missing < <(missing_debs "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      say "These Debian packages are missing and there is no root or sudo to install them: ${missing[*]}"
      say "Ask an administrator to run: apt-get install ${missing[*]}"
      exit 1
    fi
  fi
  say "Installing Debian packages: ${missing[*]}"
  local names=() pkg
  for pkg in "${missing[@]}"; do
    # Ubuntu 24.04 and Debian 13 renamed some libraries with a t64 suffix.
    if apt-cache show "$pkg" >/dev/null 2>&1; then names+=("$pkg");
    elif apt-cache show "${pkg}t64" >/dev/null 2>&1; then names+=("${pkg}t64");
    else names+=("$pkg"); fi
  done
  if ! { quietly "${sudo[@]}" apt-get update -qq && \
         quietly "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${names[@]}"; }; then
    say "Could not install: ${names[*]}. Check the network and apt sources, then run this command again."
    exit 1
  fi
}

install_peer_browser() {
  local id=""
  [ -r /etc/os-release ] && id=$(. /etc/os-release && printf '%s' "${ID:-}")
  if [ "$id" != debian ]; then
    say "Not Debian: the benchmarks' browser peer (Debian's chromium) is left out."
    return 0
  fi
  # A peer that cannot be installed is reported by the benchmark, not fatal here.
  ( install_debs "${PEER_DEBS[@]}" ) || say "Chromium could not be installed; the benchmarks will say so."
}

ensure_venv_module() {
  if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
    local ver
    ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    install_debs "python${ver}-venv"
  fi
}

install_python_packages() {
  local extra="$1" stamp want
  if [ ! -x "$KIOSK_VENV/bin/python" ]; then
    say "Creating the virtual environment in $KIOSK_VENV"
    quietly python3 -m venv "$KIOSK_VENV" || exit 1
  fi
  want=$(cat "$KIOSK_ROOT/pyproject.toml" "$KIOSK_ROOT/scripts/constraints.txt" | sha256sum | cut -c1-16)-$extra
  stamp="$KIOSK_VENV/.kiosk-installed"
  if [ -f "$stamp" ] && grep -qx -- "$want" "$stamp"; then return 0; fi
  # A test install also satisfies the runtime one.
  if [ "$extra" = runtime ] && [ -f "$stamp" ] && grep -qx -- "${want%-runtime}-test" "$stamp"; then return 0; fi
  say "Installing the pinned Python packages (first run takes a few minutes)"
  local spec="$KIOSK_ROOT"
  [ "$extra" = test ] && spec="$KIOSK_ROOT[test]"
  if ! quietly "$KIOSK_VENV/bin/python" -m pip install -q --disable-pip-version-check \
        -c "$KIOSK_ROOT/scripts/constraints.txt" -e "$spec"; then
    say "Installing the Python packages failed. Run the command again once fixed."
    exit 1
  fi
  printf '%s\n' "$want" >"$stamp"
}

bootstrap_kiosk() {
  local mode="${1:-runtime}"
  need_python
  case "$mode" in
    test|bench)
      install_debs "${RUNTIME_DEBS[@]}" "${TEST_DEBS[@]}"
      install_peer_browser ;;
    handoff) install_debs "${RUNTIME_DEBS[@]}" "${HANDOFF_DEBS[@]}" ;;
    *) install_debs "${RUNTIME_DEBS[@]}" ;;
  esac
  ensure_venv_module
  # The benchmarks and the hand-off need only the kiosk's Python packages.
  case "$mode" in
    test) install_python_packages test ;;
    *) install_python_packages runtime ;;
  esac
}
