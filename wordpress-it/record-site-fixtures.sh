#!/usr/bin/env bash
# Records the answers of the site-structure families of wp/v2 (plugins, themes, menus, navigation
# menus, widgets and widget types' encode/render, blocks, templates, global styles, revisions and
# autosaves, site health, url details, the block directory's refusal) from the running site modphp
# into fixtures/wordpress/site/*.json, in the format of fixtures/README.md.
# Families the site holds nothing of (menus, navigation menus, reusable blocks, revisions) get
# content made for the recording, named wprest-fixture-*, and deleted afterwards; their ids differ
# between recordings.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
[[ -r "$PROPS" ]] || die "no $PROPS: run up.sh first"
command -v jq >/dev/null || die "jq is required"

OUT="$(cd "$IT_DIR/.." && pwd)/fixtures/wordpress/site"
TMP=$(mktemp -d "$STATE_DIR/record-site.XXXXXX")
CLEANUP=()
cleanup() {
  local c
  for c in "${CLEANUP[@]}"; do call DELETE "$c" >/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT

SITE=modphp
BASE="$(site_url "$SITE")"
APACHE_VERSION=$(apache2 -v 2>/dev/null | sed -n 's|^Server version: Apache/\([0-9.]*\).*|\1|p')
PRODUCER="WordPress $(prop wordpress.version) (Debian bookworm package), theme Twenty Twenty-Three, Apache ${APACHE_VERSION:-2.4} + mod_php, PHP $(prop php.version), WP_ENVIRONMENT_TYPE=local"

# The admin's credential goes to curl through a file, never on its command line.
auth_file() {
  printf 'user = "%s:%s"\n' "$(prop user.admin.login)" "$(prop user.admin.app_password)" >"$TMP/curl-auth"
}

# call <method> <path?query> [json body]: a setup or clean-up request as admin; prints the body.
call() {
  local method="$1" path="$2" body="${3:-}"
  auth_file
  local -a data=()
  [[ -z "$body" ]] || data=(-H 'Content-Type: application/json' --data "$body")
  curl -sS --max-time 30 --config "$TMP/curl-auth" -X "$method" "${data[@]}" "${BASE%/}/wp-json$path"
  rm -f "$TMP/curl-auth"
}

# record <file name> <method> <path> [query] [json body]: one exchange as admin, written as a fixture.
# It must answer 2xx, or EXPECT_STATUS when that is set (a refusal recorded on purpose).
record() {
  local name="$1" method="$2" path="$3" query="${4:-}" body="${5:-}"
  local url="${BASE%/}/wp-json$path${query:+?$query}"
  local -a data=()
  [[ -z "$body" ]] || data=(-H 'Content-Type: application/json' --data "$body")
  auth_file
  local status
  status=$(curl -sS --max-time 30 --config "$TMP/curl-auth" -X "$method" "${data[@]}" \
    -D "$TMP/headers" -o "$TMP/body" -w '%{http_code}' "$url")
  rm -f "$TMP/curl-auth"
  tr -d '\r' <"$TMP/headers" | sed -n '2,$p' | sed '/^$/d' \
    | jq -R -s 'split("\n") | map(select(length > 0) | capture("^(?<k>[^:]+):[ ]?(?<v>.*)$"))
        | map(select(.k | ascii_downcase | IN("date", "connection", "keep-alive", "transfer-encoding") | not))
        | reduce .[] as $h ({}; if has($h.k) then .[$h.k] = ([.[$h.k]] | flatten) + [$h.v] else .[$h.k] = $h.v end)' \
      >"$TMP/headers.tmp"
  jq -n --arg produced "$PRODUCER: $method /wp-json$path${query:+?$query} (basic-app-password)" \
    --arg site "$SITE" --arg method "$method" --arg path "/wp-json$path" --arg query "$query" \
    --arg reqbody "$body" --argjson status "$status" \
    --slurpfile resh "$TMP/headers.tmp" --rawfile body "$TMP/body" \
    '{producedBy: $produced, site: $site,
      request: {method: $method, path: $path, query: $query, auth: "basic-app-password",
                headers: {"Authorization": "Basic REDACTED"}, body: (if $reqbody == "" then null else $reqbody end)},
      response: {status: $status, headers: $resh[0], body: $body}}' >"$TMP/$name.json"
  if [[ -n "${EXPECT_STATUS:-}" ]]; then
    [[ "$status" == "$EXPECT_STATUS" ]] || die "$method $path answered $status, not $EXPECT_STATUS"
  else
    [[ "$status" == 2* ]] || die "$method $path answered $status"
  fi
}

say "recording site fixtures from $SITE"
record plugins.list.admin.modphp GET /wp/v2/plugins
record plugins.akismet.admin.modphp GET /wp/v2/plugins/akismet/akismet
record themes.active.admin.modphp GET /wp/v2/themes "status=active"
record sidebars.inactive.admin.modphp GET /wp/v2/sidebars/wp_inactive_widgets
record widgets.block-2.admin.modphp GET /wp/v2/widgets/block-2
record widget-types.text.admin.modphp GET /wp/v2/widget-types/text
record block-types.paragraph.admin.modphp GET /wp/v2/block-types/core/paragraph
record block-renderer.archives.admin.modphp POST /wp/v2/block-renderer/core/archives "context=edit" '{"attributes":{"showPostCounts":true}}'
record block-patterns.categories.admin.modphp GET /wp/v2/block-patterns/categories
record block-patterns.patterns.admin.modphp GET /wp/v2/block-patterns/patterns
record templates.home.admin.modphp GET /wp/v2/templates/twentytwentythree//home
record template-parts.header-area.admin.modphp GET /wp/v2/template-parts "area=header"
record global-styles.theme.admin.modphp GET /wp/v2/global-styles/themes/twentytwentythree
record global-styles.variations.admin.modphp GET /wp/v2/global-styles/themes/twentytwentythree/variations
record site-health.https-status.admin.modphp GET /wp-site-health/v1/tests/https-status
record site-health.authorization-header.admin.modphp GET /wp-site-health/v1/tests/authorization-header
record url-details.self.admin.modphp GET /wp-block-editor/v1/url-details "url=${BASE%/}/"

# A post with revisions and an autosave.
post=$(call POST /wp/v2/posts '{"title":"wprest-fixture revisions","content":"first","status":"publish"}' | jq -r .id)
CLEANUP+=("/wp/v2/posts/$post?force=true")
call POST "/wp/v2/posts/$post" '{"content":"second"}' >/dev/null
call POST "/wp/v2/posts/$post/autosaves" '{"title":"wprest-fixture revisions","content":"autosaved"}' >/dev/null
record posts.revisions.admin.modphp GET "/wp/v2/posts/$post/revisions"
record posts.autosaves.admin.modphp GET "/wp/v2/posts/$post/autosaves"

# A menu with an item, and a reusable block.
# The location comes from mu-plugins/classic-places.php (Twenty Twenty-Three has none).
menu=$(call POST /wp/v2/menus '{"name":"wprest-fixture menu","locations":["wprest-primary"]}' | jq -r .id)
CLEANUP+=("/wp/v2/menus/$menu?force=true")
item=$(call POST /wp/v2/menu-items "{\"title\":\"Home\",\"url\":\"${BASE%/}/\",\"menus\":$menu,\"status\":\"publish\"}" | jq -r .id)
CLEANUP+=("/wp/v2/menu-items/$item?force=true")
record menus.single.admin.modphp GET "/wp/v2/menus/$menu"
record menu-items.of-menu.admin.modphp GET /wp/v2/menu-items "menus=$menu"
record menu-locations.list.admin.modphp GET /wp/v2/menu-locations
block=$(call POST /wp/v2/blocks '{"title":"wprest-fixture block","content":"<!-- wp:paragraph --><p>Reused</p><!-- /wp:paragraph -->","status":"publish"}' | jq -r .id)
CLEANUP+=("/wp/v2/blocks/$block?force=true")
record blocks.single.admin.modphp GET "/wp/v2/blocks/$block" "context=edit"

# A block-based navigation menu (wp_navigation) with two links.
links=$(jq -nr --arg home "${BASE%/}/" \
  '[["Home", $home], ["About", $home + "about/"]]
   | map("<!-- wp:navigation-link " + ({label: .[0], url: .[1]} | tojson) + " /-->") | join("")')
nav=$(call POST /wp/v2/navigation "$(jq -nc --arg c "$links" '{title: "wprest-fixture navigation", status: "publish", content: $c}')" | jq -r .id)
CLEANUP+=("/wp/v2/navigation/$nav?force=true")
record navigation.single.admin.modphp GET "/wp/v2/navigation/$nav" "context=edit"

# A legacy text widget encoded from its form, then rendered from the encoded instance.
record widget-types.text-encode.admin.modphp POST /wp/v2/widget-types/text/encode "" \
  '{"form_data":"widget-text[1][title]=wprest-fixture&widget-text[1][text]=Hello"}'
encoded=$(jq -c '.response.body | fromjson | .instance | {encoded, hash}' "$TMP/widget-types.text-encode.admin.modphp.json")
record widget-types.text-render.admin.modphp POST /wp/v2/widget-types/text/render "" "{\"instance\":$encoded}"

# The block directory is api.wordpress.org: the offline harness records the site's refusal.
EXPECT_STATUS=500 record block-directory.search-offline.admin.modphp GET /wp/v2/block-directory/search "term=calendar"

# No secret may be in any file: the raw Application Password, without spaces, or in Basic form.
APP="$(prop user.admin.app_password)"
for secret in "$APP" "${APP// /}" "$(printf '%s:%s' "$(prop user.admin.login)" "$APP" | base64 -w0)"; do
  if grep -rqF -- "$secret" "$TMP"/*.json; then die "a secret reached a recording; nothing written"; fi
done

mkdir -p "$OUT"
rm -f "$OUT"/*.json
cp "$TMP"/*.json "$OUT"/
chmod 644 "$OUT"/*.json
{
  echo "# Recorded site-structure fixtures"
  echo
  echo "Generated by wordpress-it/record-site-fixtures.sh; format in ../../README.md."
  echo
  echo "| file | request | auth | status |"
  echo "|---|---|---|---|"
  for f in "$OUT"/*.json; do
    jq -r --arg f "$(basename "$f")" '"| `\($f)` | \(.request.method) \(.request.path)\(if .request.query != "" then "?" + .request.query else "" end) | \(.request.auth) | \(.response.status) |"' "$f"
  done
} >"$OUT/CATALOG.md"
say "wrote $(find "$OUT" -name '*.json' | wc -l) files to fixtures/wordpress/site/"
