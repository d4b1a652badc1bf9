#!/usr/bin/env bash
# Records real WordPress answers from the running sites (run up.sh first) into
# fixtures/wordpress/*.json, one file per scenario, secrets redacted. The old files are
# replaced only when the whole recording succeeded and passed the secret scan.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
[[ -r "$PROPS" ]] || die "no $PROPS: run up.sh first"

OUT="$(cd "$IT_DIR/.." && pwd)/fixtures/wordpress"
TMP=$(mktemp -d "$STATE_DIR/record.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

APACHE_VERSION=$(apache2 -v 2>/dev/null | sed -n 's|^Server version: Apache/\([0-9.]*\).*|\1|p')
say "recording fixtures (WordPress $(prop wordpress.version), Apache ${APACHE_VERSION:-?})"
WPIT_PROPS="$PROPS" WPIT_APACHE="${APACHE_VERSION:-2.4}" php "$IT_DIR/php/record-fixtures.php" "$TMP"

mkdir -p "$OUT"
rm -f "$OUT"/*.json
cp "$TMP"/*.json "$OUT"/
chmod 644 "$OUT"/*.json
say "wrote $(find "$OUT" -name '*.json' | wc -l) files to fixtures/wordpress/"
