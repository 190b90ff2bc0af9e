#!/usr/bin/env bash
# Makes sure the e2e tests have a Chromium: Playwright's own if it has one, else Debian's headless
# shell (lighter than the full browser in headless mode: the suite runs on less CPU), installed when
# missing; Debian's full chromium is the fallback where nothing can be installed.
set -euo pipefail

if node -e "const { chromium } = require('@playwright/test'); process.exit(require('node:fs').existsSync(chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium-headless-shell ]; then exit 0; fi

install() {
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "$1" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    return 1
  fi
}

echo "Installing Debian's chromium-headless-shell for the browser tests…"
if install chromium-headless-shell && [ -x /usr/bin/chromium-headless-shell ]; then
  echo "Installed $(/usr/bin/chromium-headless-shell --version)"
  exit 0
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then
    echo "Using $candidate (the full browser, in headless mode)."
    exit 0
  fi
done
echo "Cannot install a Chromium from here. Run one of these, then npm test again:" >&2
echo "  sudo apt-get install -y chromium-headless-shell   # Debian/Ubuntu" >&2
echo "  npx playwright install chromium                   # where downloads are allowed" >&2
exit 1
