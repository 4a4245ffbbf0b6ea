#!/usr/bin/env bash
# Installs, from Debian's packages, the browsers that the demo and the end-to-end tests drive, when they
# are missing: Chromium with its translations (Debian's chromium ships only its en-US interface, and the
# German tests need the German one) and, with --firefox, Firefox ESR. Playwright's own browser downloads
# cannot be used here: the machines reach no network but the package registries.
set -euo pipefail

missing=()
command -v chromium >/dev/null || missing+=(chromium)
[[ -e /usr/lib/chromium/locales/de.pak ]] || missing+=(chromium-l10n)
if [[ "${1:-}" == --firefox ]]; then
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
fi
((${#missing[@]})) || exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "Missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages..."
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
