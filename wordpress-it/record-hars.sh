#!/usr/bin/env bash
# Records HAR files of real browser sessions against the running sites into .state/har/:
# Debian's chromium, driven by playwright-core (pinned in har/package-lock.json, no browser
# download). The HARs hold this install's secrets, so they stay under .state/ (never committed);
# the integration tests of `wp-doctor explain` read them. Run after up.sh; idempotent.
set -euo pipefail
cd "$(dirname "$0")"
state=.state/wp-it.properties
if [ ! -r "$state" ]; then
  echo "record-hars.sh: $state is missing: run up.sh first" >&2
  exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
# npm ci only when the lock file changed since the last install (a stamp in node_modules)
stamp=har/node_modules/.installed-lock.sha256
if ! sha256sum --status -c "$stamp" 2>/dev/null; then
  (cd har && npm ci --no-audit --no-fund --loglevel=error)
  sha256sum har/package-lock.json >"$stamp"
fi
rm -rf .state/har
node har/record-hars.mjs "$state" .state/har
