#!/usr/bin/env bash
# Installs, from Debian's packages, the browsers that the demo and the end-to-end tests drive, when they
# are missing: Chromium with its translations (Debian's chromium ships only its en-US interface, and the
# German tests need the German one) and, with --firefox, Firefox ESR. Playwright's own browser downloads
# cannot be used here: the machines reach no network but the package registries.
# CHROMIUM_PATH and FIREFOX_PATH name other browsers instead (tests/e2e/harness/paths.ts): those are
# checked, not installed.
set -euo pipefail

missing=()
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 1; }
else
  command -v chromium >/dev/null || missing+=(chromium)
  [[ -e /usr/lib/chromium/locales/de.pak ]] || missing+=(chromium-l10n)
fi
if [[ "${1:-}" == --firefox ]]; then
  if [[ -n "${FIREFOX_PATH:-}" ]]; then
    [[ -x "$FIREFOX_PATH" ]] || { echo "FIREFOX_PATH=$FIREFOX_PATH is not an executable file." >&2; exit 1; }
  else
    command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  fi
fi
((${#missing[@]})) || exit 0

if ! command -v apt-get >/dev/null; then
  echo "Missing: ${missing[*]}, and this is no Debian: set CHROMIUM_PATH and FIREFOX_PATH to the browsers to drive." >&2
  exit 1
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
  echo "(or set CHROMIUM_PATH and FIREFOX_PATH to browsers you have)" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages..."
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
