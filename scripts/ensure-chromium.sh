#!/usr/bin/env bash
# Makes sure the e2e tests have a Chromium: Playwright's own if it has one, else Debian's.
set -euo pipefail

if node -e "const { chromium } = require('@playwright/test'); process.exit(require('node:fs').existsSync(chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then
  exit 0
fi
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then exit 0; fi
done

echo "No Chromium found for the browser tests; installing Debian's chromium package…"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Cannot install it from here. Run one of these, then npm test again:" >&2
  echo "  sudo apt-get install -y chromium        # Debian/Ubuntu" >&2
  echo "  npx playwright install chromium         # where downloads are allowed" >&2
  exit 1
fi
[ -x /usr/bin/chromium ] || { echo "chromium was installed but /usr/bin/chromium is missing" >&2; exit 1; }
echo "Installed $(/usr/bin/chromium --version)"
