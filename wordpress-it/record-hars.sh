#!/usr/bin/env bash
# Records HAR files of real browser sessions against the running sites into .state/har/:
# Debian's chromium, driven by playwright-core (pinned in har/package-lock.json, no browser
# download). The HARs hold this install's secrets, so they stay under .state/ (never committed);
# the integration tests of `wp-doctor explain` read them. Run after up.sh; idempotent.
#   record-hars.sh        every session against the WordPress 6.1 sites, into .state/har/
#   record-hars.sh 6.8    the sessions whose answers could differ by version (a browser login
#                         through wp-login.php and wp-admin, Basic with an Application Password
#                         and with the login password) against the 6.8 sites, into .state/har-v68/
set -euo pipefail
cd "$(dirname "$0")"
state=.state/wp-it.properties
out=.state/har
if [ ! -r "$state" ]; then
  echo "record-hars.sh: $state is missing: run up.sh first" >&2
  exit 1
fi
if [ "${1:-}" = 6.8 ]; then
  [ -r .state/wp-it-v68.properties ] || { echo "record-hars.sh: the 6.8 sites are not up" >&2; exit 1; }
  # the state file as the recorder reads it, with the 6.8 sites under the 6.1 names (same users)
  view=.state/har-v68.state
  (umask 077 && { cat "$state"; sed -n 's/^site\.v68\./site./p' .state/wp-it-v68.properties; } >"$view")
  state=$view
  out=.state/har-v68
  export HAR_SESSIONS=browser-admin-nobodies.modphp,basic-app-password.modphp,basic-login-password.modphp
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
rm -rf "$out"
node har/record-hars.mjs "$state" "$out"
