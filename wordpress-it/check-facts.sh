#!/usr/bin/env bash
# Smoke check, run after up.sh: do the sites still answer what the facts say real
# WordPress answers? Exits non-zero on any mismatch. Credentials go to curl through
# config files in the state dir (-K), never on the command line, and are never printed.
#
# Usage: check-facts.sh [6.1|6.8]: the sites of that WordPress version (6.8: the site.v68.*
# keys of the state file); without an argument, both versions one after the other.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
[[ -r "$PROPS" ]] || die "no $PROPS: run up.sh first"
command -v jq >/dev/null || die "jq is needed (apt-get install jq)"
if (($# == 0)); then
  rc=0
  for v in 6.1 6.8; do bash "$0" "$v" || rc=1; done
  exit $rc
fi
WP_LINE=$1
case $WP_LINE in
  6.1) PFX= ; WP_FULL=$(prop wordpress.version) ;;
  6.8) PFX=v68. ; WP_FULL=$(prop wordpress.v68.version) || die "no WordPress 6.8 sites in $PROPS: run up.sh" ;;
  *) die "usage: check-facts.sh [6.1|6.8]" ;;
esac
site() { prop "site.$PFX$1.url" || die "the state file has no site.$PFX$1.url"; }
echo "=== WordPress $WP_FULL"

T=$(mktemp -d "$STATE_DIR/check.XXXXXX")
trap 'rm -rf "$T"' EXIT
CACERT="$(prop site.https.cert)"

M=$(site modphp); S=$(site stripped); H=$(site https); P=$(site production)
N=$(site norewrite); J=$(site jwt); E=$(site earlyuser); R=$(site redirect)
NG=$(site nginx); NP=$(site nginxproxy); OU=$(site appoffuser); OS=$(site appoffsite)
OH=$(site appoffhttps); BA=$(site blockanon); RP=$(site redirectport)
LR=$(site lostrewrite); OE=$(site appoffuserearly); BS=$(site basicauth)
# upgrade/httpsdefault need ports 80 and 443: 6.1 only
HD=$(prop "site.${PFX}httpsdefault.url" || true); UP=$(prop "site.${PFX}upgrade.url" || true)
ME=wp-json/wp/v2/users/me
ADMIN=$(prop user.admin.login); ADMIN_EMAIL=$(prop user.admin.email)

PASSED=0 FAILED=0
ok() { PASSED=$((PASSED + 1)); printf '  ok   %s\n' "$1"; }
bad() { FAILED=$((FAILED + 1)); printf '  FAIL %s\n' "$1"; }

# --- credentials as curl config files (mode 600 inside the 700 state dir)
umask 077
conf_user() { printf 'user = "%s:%s"\n' "$2" "$3" >"$T/$1.conf"; }
conf_header() { printf 'header = "%s"\n' "$2" >"$T/$1.conf"; }
for r in admin author subscriber; do
  conf_user "$r-app" "$(prop user.$r.login)" "$(prop user.$r.app_password)"
  conf_user "$r-login" "$(prop user.$r.login)" "$(prop user.$r.password)"
done
AP_NOSPACE=$(prop user.admin.app_password | tr -d ' ')
conf_user admin-app-nospace "$ADMIN" "$AP_NOSPACE"
conf_user admin-app-dashes "$ADMIN" "$(prop user.admin.app_password | tr ' ' '-')"
conf_user admin-app-email "$ADMIN_EMAIL" "$(prop user.admin.app_password)"
conf_user admin-app-upper "${ADMIN^^}" "$(prop user.admin.app_password)"
conf_header admin-app-lowerbasic "Authorization: basic $(printf '%s:%s' "$ADMIN" "$AP_NOSPACE" | base64 -w0)"
conf_user admin-garbage "$ADMIN" "abcd efgh ijkl mnop qrst uvwx"
conf_user nosuch-user "no-such-user" "abcd efgh ijkl mnop qrst uvwx"
conf_user nosuch-email "no-such-user@example.com" "abcd efgh ijkl mnop qrst uvwx"
conf_header bearer-garbage "Authorization: Bearer not-a-token"

# --- request helpers: ST = status, body in $T/body, headers in $T/headers
req() {
  ST=$(curl -sS -o "$T/body" -D "$T/headers" -w '%{http_code}' --max-time 60 --cacert "$CACERT" "$@" 2>"$T/curl.err") || ST=000
}
hdr() { grep -i "^$1:" "$T/headers" | head -1 | cut -d: -f2- | sed 's/^ //; s/\r$//' || true; }
jcode() { jq -r 'if type == "object" then (.code // "") else "" end' "$T/body" 2>/dev/null || echo "(not json)"; }

# expect <description> <status> [json code]
expect() {
  local desc=$1 want=$2 code=${3:-} got
  got=$(jcode)
  if [[ "$ST" == "$want" && ( -z "$code" || "$got" == "$code" ) ]]; then
    if [[ "$ST" == 401 && -n "$(hdr WWW-Authenticate)" ]]; then
      bad "$desc: 401 carries WWW-Authenticate"
    else
      ok "$desc"
    fi
  else
    bad "$desc: expected $want${code:+ $code}, got $ST ${got:-} ($(hdr Content-Type))"
  fi
}
# expect_jq <description> <jq boolean expression on the body>
expect_jq() {
  if jq -e "$2" "$T/body" >/dev/null 2>&1; then ok "$1"; else bad "$1: $2 is not true (status $ST)"; fi
}
expect_hdr() { # expect_hdr <description> <header> <exact value>
  local got; got=$(hdr "$2")
  if [[ "$got" == "$3" ]]; then ok "$1"; else bad "$1: $2 is '$got', expected '$3'"; fi
}
expect_error() { # expect_error <description> <message> <data.status>: the rest of the error answer
  if jq -e --arg m "$2" --argjson s "$3" '.message == $m and .data == {status: $s}' "$T/body" >/dev/null 2>&1; then
    ok "$1"
  else
    bad "$1: $(jq -c '{message, data}' "$T/body" 2>/dev/null || echo '(not json)')"
  fi
}

echo "== The sites run WordPress $WP_FULL"
for site_ in modphp nginx https; do
  req "$(site $site_)"
  if [[ "$ST" == 200 ]] && grep -q "<meta name=\"generator\" content=\"WordPress $WP_FULL\"" "$T/body"; then ok "$site_: generator WordPress $WP_FULL"; else bad "$site_: not WordPress $WP_FULL ($ST)"; fi
done

echo "== Application Passwords (modphp: Apache + mod_php, local)"
req "$M$ME";                                   expect "anonymous users/me" 401 rest_not_logged_in
expect_error "anonymous users/me: core's message and data" "You are not currently logged in." 401
expect_hdr "anonymous users/me Allow" Allow "GET"
req -K "$T/admin-app.conf" "$M$ME";            expect "valid app password" 200
expect_jq "valid app password is the admin" '.id == 1'
expect_hdr "admin users/me Allow" Allow "GET, POST, PUT, PATCH, DELETE"
req -K "$T/subscriber-app.conf" "$M$ME";       expect "subscriber app password" 200
expect_hdr "subscriber users/me Allow" Allow "GET, POST, PUT, PATCH"
req -K "$T/admin-app-nospace.conf" "$M$ME";    expect "app password without spaces" 200
req -K "$T/admin-app-dashes.conf" "$M$ME";     expect "app password with dashes" 200
req -K "$T/admin-app-email.conf" "$M$ME";      expect "e-mail instead of username" 200
req -K "$T/admin-app-upper.conf" "$M$ME";      expect "username in upper case" 200
req -K "$T/admin-app-lowerbasic.conf" "$M$ME"; expect "lower-case 'basic' scheme" 200
req -K "$T/admin-login.conf" "$M$ME";          expect "login password as Basic" 401 rest_not_logged_in
req -K "$T/admin-garbage.conf" "$M$ME";        expect "garbage app password" 401 rest_not_logged_in
req -K "$T/nosuch-user.conf" "$M$ME";          expect "unknown user" 401 rest_not_logged_in
req -K "$T/admin-garbage.conf" "${M}wp-json/wp/v2/posts?per_page=1"; expect "garbage app password, public route" 200
req -H 'Authorization: Basic not-base64!' "$M$ME"; expect "malformed Basic header" 401 rest_not_logged_in
req -H 'Authorization: Bearer x' "$M$ME";      expect "Bearer without JWT plugin" 401 rest_not_logged_in
req -H 'Authorization: Bearer x' -X POST -d title=x "${M}wp-json/wp/v2/posts"; expect "Bearer POST without JWT plugin" 401 rest_cannot_create
req -X POST "${M}wp-json/jwt-auth/v1/token";   expect "jwt-auth token route without plugin" 404 rest_no_route

echo "== Permissions"
req -X POST -d title=x "${M}wp-json/wp/v2/posts"; expect "anonymous POST posts" 401 rest_cannot_create
req -K "$T/subscriber-app.conf" -X POST -d title=x "${M}wp-json/wp/v2/posts"; expect "subscriber POST posts" 403 rest_cannot_create
req "${M}wp-json/wp/v2/settings";              expect "anonymous settings" 401 rest_forbidden
req -K "$T/subscriber-app.conf" "${M}wp-json/wp/v2/settings"; expect "subscriber settings" 403 rest_forbidden
req "${M}wp-json/wp/v2/posts?context=edit";    expect "anonymous context=edit" 401 rest_forbidden_context
req "${M}wp-json/wp/v2/posts?status=draft";    expect "anonymous status=draft" 400 rest_invalid_param
req "${M}wp-json/wp/v2/no-such-route";         expect "unknown route" 404 rest_no_route
req "${M}wp-json/wp/v2/posts?per_page=10";     expect "posts list" 200
expect_hdr "posts list X-WP-Total" X-WP-Total "$(prop posts.published)"
expect_hdr "anonymous posts Allow" Allow "GET"
req -K "$T/admin-app.conf" -X OPTIONS "${M}wp-json/wp/v2/posts"; expect "admin OPTIONS posts" 200
expect_hdr "admin posts Allow" Allow "GET, POST"
req "${M}wp-json/wp/v2/users/me?_envelope";    expect "_envelope" 200
expect_jq "_envelope wraps the 401" '.status == 401 and .body.code == "rest_not_logged_in"'

echo "== Index and discovery"
req "${M}wp-json/";                            expect "modphp index" 200
# WP_REST_Server::get_index() of 6.8 adds the front-page settings (6.1 has none of them)
if [[ $WP_LINE == 6.8 ]]; then
  expect_jq "6.8 index: page_for_posts, page_on_front, show_on_front" 'has("page_for_posts") and has("page_on_front") and .show_on_front == "posts"'
else
  expect_jq "6.1 index: no page_for_posts, page_on_front, show_on_front" '(has("page_for_posts") or has("page_on_front") or has("show_on_front")) | not'
fi
expect_jq "modphp index offers application-passwords" '.authentication["application-passwords"].endpoints.authorization | endswith("/wp-admin/authorize-application.php")'
expect_jq "modphp index lacks jwt-auth/v1" '(.namespaces | index("jwt-auth/v1")) == null'
req "${M}wp-json";                             expect "/wp-json without trailing slash" 200
req "${M}wp-json/wp/v2/users/me/" -K "$T/admin-app.conf"; expect "users/me/ with trailing slash" 200
req -I "$M"
if [[ "$ST" == 200 ]] && grep -qi "^Link: <${M}wp-json/>; rel=\"https://api.w.org/\"" "$T/headers"; then ok "home page Link header"; else bad "home page Link header ($ST)"; fi
req "${P}wp-json/";                            expect "production index" 200
expect_jq "production index authentication is []" '.authentication == []'
req -K "$T/admin-app.conf" "$P$ME";            expect "production: valid app password ignored" 401 rest_not_logged_in
req "${H}wp-json/";                            expect "https index (--cacert)" 200
expect_jq "https (production) index offers application-passwords" '.authentication | has("application-passwords")'
req -K "$T/admin-app.conf" "$H$ME";            expect "https valid app password" 200
req "${N}wp-json/"
if [[ "$ST" == 404 && "$(hdr Content-Type)" == text/html* ]]; then ok "norewrite /wp-json/ is Apache's HTML 404"; else bad "norewrite /wp-json/: $ST $(hdr Content-Type)"; fi
req "${N}?rest_route=/";                       expect "norewrite ?rest_route=/" 200
expect_jq "norewrite ?rest_route=/ is the index" '.namespaces | index("wp/v2") != null'
req -K "$T/admin-app.conf" "${N}?rest_route=/wp/v2/users/me"; expect "norewrite ?rest_route users/me" 200

echo "== Stripped Authorization header (Apache + php-fpm, no CGIPassAuth)"
req -K "$T/admin-app.conf" "$S$ME";            expect "stripped: valid app password" 401 rest_not_logged_in
req -K "$T/admin-app.conf" -X POST -d title=x "${S}wp-json/wp/v2/posts"; expect "stripped: valid app password POST" 401 rest_cannot_create

xmlrpc() { # xmlrpc <site url> <login> <password>
  # credentials reach php through its environment, not its command line
  XU="$2" XP="$3" php -r 'function e($s){return htmlspecialchars($s, ENT_XML1);}
    echo "<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params>",
      "<param><value><string>", e(getenv("XU")), "</string></value></param>",
      "<param><value><string>", e(getenv("XP")), "</string></value></param></params></methodCall>\n";' \
    >"$T/xmlrpc.xml"
  req -H 'Content-Type: text/xml' --data-binary "@$T/xmlrpc.xml" "${1}xmlrpc.php"
}
xml_ok() { grep -q '<name>isAdmin</name>' "$T/body"; }
xml_fault() { tr -d ' \n\t' <"$T/body" | grep -q "<name>faultCode</name><value><int>$1</int>"; }
xmlrpc "$S" "$ADMIN" "$(prop user.admin.app_password)"
if [[ "$ST" == 200 ]] && xml_ok; then ok "stripped: XML-RPC accepts the app password"; else bad "stripped: XML-RPC app password ($ST)"; fi
xmlrpc "$S" "$ADMIN" "$(prop user.admin.password)"
if [[ "$ST" == 200 ]] && xml_ok; then ok "stripped: XML-RPC accepts the login password"; else bad "stripped: XML-RPC login password ($ST)"; fi
xmlrpc "$S" "$ADMIN" "abcd efgh ijkl mnop qrst uvwx"
if [[ "$ST" == 200 ]] && xml_fault 403; then ok "stripped: XML-RPC garbage is fault 403"; else bad "stripped: XML-RPC garbage ($ST)"; fi
xmlrpc "$P" "$ADMIN" "$(prop user.admin.app_password)"
if [[ "$ST" == 200 ]] && xml_fault 403; then ok "production: XML-RPC refuses the app password"; else bad "production: XML-RPC app password ($ST)"; fi
xmlrpc "$P" "$ADMIN" "$(prop user.admin.password)"
if [[ "$ST" == 200 ]] && xml_ok; then ok "production: XML-RPC accepts the login password"; else bad "production: XML-RPC login password ($ST)"; fi

echo "== Cookie + nonce"
login() { # login <site url> <jar>
  printf 'data-urlencode = "log=%s"\ndata-urlencode = "pwd=%s"\n' "$ADMIN" "$(prop user.admin.password)" >"$T/wp-login.conf"
  req -K "$T/wp-login.conf" -c "$2" -b 'wordpress_test_cookie=WP%20Cookie%20check' \
    --data-urlencode 'wp-submit=Log In' --data 'testcookie=1' "${1}wp-login.php"
}
nonce() { # nonce <site url> <jar> <conf name>
  req -b "$2" "${1}wp-admin/admin-ajax.php?action=rest-nonce"
  printf 'header = "X-WP-Nonce: %s"\n' "$(cat "$T/body")" >"$T/$3.conf"
}
login "$M" "$T/m.jar"
if [[ "$ST" == 302 ]] && grep -q wordpress_logged_in_ "$T/m.jar"; then ok "wp-login.php POST: 302 + logged_in cookie"; else bad "wp-login.php POST ($ST)"; fi
nonce "$M" "$T/m.jar" m-nonce
if [[ "$ST" == 200 && "$(wc -c <"$T/body")" -eq 10 ]]; then ok "admin-ajax rest-nonce with cookies"; else bad "admin-ajax rest-nonce with cookies ($ST)"; fi
req "${M}wp-admin/admin-ajax.php?action=rest-nonce"
if [[ "$ST" == 400 && "$(cat "$T/body")" == 0 ]]; then ok "admin-ajax rest-nonce without cookies: 400 '0'"; else bad "admin-ajax rest-nonce without cookies ($ST)"; fi
req -b "$T/m.jar" -K "$T/m-nonce.conf" "$M$ME"; expect "cookies + nonce" 200
[[ -n "$(hdr X-WP-Nonce)" ]] && ok "cookies + nonce: fresh X-WP-Nonce in the answer" || bad "no X-WP-Nonce in the answer"
req -b "$T/m.jar" "$M$ME";                     expect "cookies without nonce" 401 rest_not_logged_in
req -b "$T/m.jar" -H 'X-WP-Nonce: 0123456789' "$M$ME"; expect "cookies + bad nonce" 403 rest_cookie_invalid_nonce
req -K "$T/m-nonce.conf" "$M$ME";              expect "nonce without cookies" 403 rest_cookie_invalid_nonce
req -K "$T/m-nonce.conf" "${M}wp-json/wp/v2/posts"; expect "nonce without cookies, public GET" 403 rest_cookie_invalid_nonce
req -b "$T/m.jar" -K "$T/admin-app.conf" "$M$ME"; expect "cookies (no nonce) beat valid Basic" 401 rest_not_logged_in
login "$M" "$T/m2.jar"
req -b "$T/m2.jar" -K "$T/m-nonce.conf" "$M$ME"; expect "nonce from another login session" 403 rest_cookie_invalid_nonce
req -b "$T/m.jar" -K "$T/m-nonce.conf" -H 'Authorization: Basic dXNlcjpwd2Q=' "${M}wp-json/wp-site-health/v1/tests/authorization-header"
expect "site health authorization-header (modphp)" 200
expect_jq "modphp: header arrives" '.status == "good"'
login "$S" "$T/s.jar"; nonce "$S" "$T/s.jar" s-nonce
req -b "$T/s.jar" -K "$T/s-nonce.conf" "$S$ME"; expect "stripped: cookies + nonce" 200
req -b "$T/s.jar" -K "$T/s-nonce.conf" -H 'Authorization: Basic dXNlcjpwd2Q=' "${S}wp-json/wp-site-health/v1/tests/authorization-header"
expect "site health authorization-header (stripped)" 200
expect_jq "stripped: header is missing" '.status == "recommended" and .label == "The authorization header is missing"'

echo "== JWT plugin (jwt site)"
printf 'data-urlencode = "username=%s"\ndata-urlencode = "password=%s"\n' "$ADMIN" "$(prop user.admin.password)" >"$T/jwt-login.conf"
req -K "$T/jwt-login.conf" "${J}wp-json/jwt-auth/v1/token"; expect "token with login password" 200
expect_jq "token answer shape" '(.token | split(".") | length) == 3 and .user_nicename == "itadmin" and has("user_email") and has("user_display_name")'
conf_header bearer-valid "Authorization: Bearer $(jq -r .token "$T/body")"
: >"$T/body"
req -K "$T/bearer-valid.conf" "$J$ME";         expect "valid bearer" 200
req -K "$T/bearer-garbage.conf" "$J$ME";       expect "bad bearer" 403 jwt_auth_invalid_token
req -K "$T/bearer-garbage.conf" "${J}wp-json/wp/v2/posts"; expect "bad bearer, public GET" 403 jwt_auth_invalid_token
req -K "$T/bearer-valid.conf" -X POST "${J}wp-json/jwt-auth/v1/token/validate"; expect "token/validate valid" 200 jwt_auth_valid_token
req -X POST "${J}wp-json/jwt-auth/v1/token/validate"; expect "token/validate without header" 403 jwt_auth_no_auth_header
req -K "$T/bearer-garbage.conf" -X POST "${J}wp-json/jwt-auth/v1/token/validate"; expect "token/validate bad token" 403 jwt_auth_invalid_token
req -d "username=$ADMIN" -d "password=wrong" "${J}wp-json/jwt-auth/v1/token"; expect "token with a wrong password" 403 "[jwt_auth] incorrect_password"
req "${J}wp-json/";                            expect "jwt index" 200
expect_jq "jwt index has jwt-auth/v1" '.namespaces | index("jwt-auth/v1") != null'

echo "== Early user lookup (earlyuser site)"
req -K "$T/admin-garbage.conf" "$E$ME";        expect "bad app password" 401 incorrect_password
expect_error "bad app password: wp_authenticate_application_password's message" "The provided password is an invalid application password." 401
req -K "$T/nosuch-user.conf" "$E$ME";          expect "unknown username" 401 invalid_username
req -K "$T/nosuch-email.conf" "$E$ME";         expect "unknown e-mail" 401 invalid_email
req -K "$T/admin-garbage.conf" "${E}wp-json/wp/v2/posts"; expect "bad app password breaks public routes" 401 incorrect_password
req -K "$T/admin-app.conf" "$E$ME";            expect "valid app password" 200

echo "== Redirect site"
req "${R}wp-json/wp/v2/users/me?context=view"; expect "GET answered 301" 301
expect_hdr "Location: same path on modphp" Location "${M}wp-json/wp/v2/users/me?context=view"
req -X POST -d title=x "${R}wp-json/wp/v2/posts"; expect "POST answered 301" 301

echo "== nginx + php-fpm (nginx site)"
req "$NG$ME";                                  expect "nginx: anonymous users/me" 401 rest_not_logged_in
req -K "$T/admin-app.conf" "$NG$ME";           expect "nginx: valid app password" 200
expect_jq "nginx: valid app password is the admin" '.id == 1'
[[ "$(hdr Server)" == nginx* ]] && ok "nginx: Server: nginx" || bad "nginx: Server is '$(hdr Server)'"
req -I "$NG"
if [[ "$ST" == 200 ]] && grep -qi "^Link: <${NG}wp-json/>; rel=\"https://api.w.org/\"" "$T/headers"; then ok "nginx: home page 200 with the Link header"; else bad "nginx: home page $ST $(hdr Location)"; fi

echo "== nginx reverse proxy with proxy_set_header Authorization \"\" (nginxproxy site)"
req "${NP}wp-json/";                           expect "nginxproxy: index" 200
expect_jq "nginxproxy: index offers application-passwords" '.authentication | has("application-passwords")'
req -K "$T/admin-app.conf" "$NP$ME";           expect "nginxproxy: valid app password" 401 rest_not_logged_in
[[ "$(hdr Server)" == nginx* ]] && ok "nginxproxy: Server: nginx" || bad "nginxproxy: Server is '$(hdr Server)'"
[[ -z "$(hdr Via)" ]] && ok "nginxproxy: no Via header" || bad "nginxproxy: Via is '$(hdr Via)'"
req -K "$T/admin-app.conf" -X POST -d title=x "${NP}wp-json/wp/v2/posts"; expect "nginxproxy: valid app password POST" 401 rest_cannot_create
xmlrpc "$NP" "$ADMIN" "$(prop user.admin.app_password)"
if [[ "$ST" == 200 ]] && xml_ok; then ok "nginxproxy: XML-RPC accepts the app password"; else bad "nginxproxy: XML-RPC app password ($ST)"; fi

echo "== Application Passwords off for one user (appoffuser site: the author)"
AUTHOR=$(prop user.author.login)
req "${OU}wp-json/";                           expect "appoffuser: index" 200
expect_jq "appoffuser: index still offers application-passwords" '.authentication | has("application-passwords")'
req -K "$T/author-app.conf" "$OU$ME";          expect "appoffuser: the author's correct app password" 401 rest_not_logged_in
req -K "$T/admin-app.conf" "$OU$ME";           expect "appoffuser: the admin's app password" 200
xmlrpc "$OU" "$AUTHOR" "$(prop user.author.app_password)"
if [[ "$ST" == 200 ]] && xml_fault 403; then ok "appoffuser: XML-RPC refuses the author's correct app password (fault 403)"; else bad "appoffuser: XML-RPC author app password ($ST)"; fi
xmlrpc "$OU" "$AUTHOR" "$(prop user.author.password)"
if [[ "$ST" == 200 ]] && grep -q '<name>blogid</name>' "$T/body"; then ok "appoffuser: XML-RPC accepts the author's login password"; else bad "appoffuser: XML-RPC author login password ($ST)"; fi

echo "== The same, where a plugin looks the user up early (appoffuserearly site)"
req -K "$T/author-app.conf" "$OE$ME";          expect "appoffuserearly: the author's correct app password" 401 application_passwords_disabled_for_user
expect_error "appoffuserearly: its message" "Application passwords are not available for your account. Please contact the site administrator for assistance." 401
printf 'user = "%s:%s"\n' "$AUTHOR" "abcd efgh ijkl mnop qrst uvwx" >"$T/author-garbage.conf"
req -K "$T/author-garbage.conf" "$OE$ME";      expect "appoffuserearly: the author's garbage password (availability checked first)" 401 application_passwords_disabled_for_user
req -K "$T/admin-app.conf" "$OE$ME";           expect "appoffuserearly: the admin's app password" 200

echo "== Application Passwords off site-wide (appoffsite: http + local, appoffhttps: https)"
for site_ in appoffsite appoffhttps; do
  u_=$(site "$site_")
  req "${u_}wp-json/";                         expect "$site_: index" 200
  expect_jq "$site_: index authentication is []" '.authentication == []'
  req -K "$T/admin-app.conf" "$u_$ME";         expect "$site_: valid app password ignored" 401 rest_not_logged_in
  req -K "$T/admin-app.conf" "${u_}$ME/application-passwords"; expect "$site_: application-passwords route" 501 application_passwords_disabled
  expect_error "$site_: application-passwords route message" "Application passwords are not available." 501
done
req "${OH}wp-json/wp/v2/users/1/application-passwords"; expect "appoffhttps: application-passwords route, anonymous" 501 application_passwords_disabled

echo "== A plugin that blocks anonymous REST (blockanon site)"
req "${BA}wp-json/";                           expect "blockanon: index" 401 rest_cannot_access
req "${BA}?rest_route=/";                      expect "blockanon: ?rest_route=/" 401 rest_cannot_access
req "${BA}wp-json/wp/v2/posts";                expect "blockanon: public posts" 401 rest_cannot_access
req "$BA$ME";                                  expect "blockanon: anonymous users/me" 401 rest_cannot_access
expect_error "blockanon: the plugin's message" "Only authenticated users can access the REST API." 401
req -K "$T/admin-garbage.conf" "$BA$ME";       expect "blockanon: garbage app password" 401 rest_cannot_access
req -K "$T/admin-login.conf" "$BA$ME";         expect "blockanon: login password as Basic" 401 rest_cannot_access
req -K "$T/admin-app.conf" "$BA$ME";           expect "blockanon: valid app password passes" 200

echo "== A token plugin that claims every Authorization header (jwt site)"
req -K "$T/admin-app.conf" "$J$ME";            expect "jwt: valid Basic app password" 403 jwt_auth_bad_auth_header
req -K "$T/admin-app.conf" "${J}wp-json/wp/v2/posts?per_page=1"; expect "jwt: valid Basic, public route" 403 jwt_auth_bad_auth_header

echo "== http -> https redirects (upgrade: default ports; redirectport: onto another port)"
if [[ -n "$UP" ]]; then
req "${UP}wp-json/wp/v2/users/me";             expect "upgrade: GET answered 301" 301
expect_hdr "upgrade: Location on https, same host, default port" Location "${HD}wp-json/wp/v2/users/me"
req -K "$T/admin-app.conf" "$HD$ME";           expect "httpsdefault: valid app password" 200
req -I "$HD"
if [[ "$ST" == 200 ]] && grep -qi "^Link: <${HD}wp-json/>; rel=\"https://api.w.org/\"" "$T/headers"; then ok "httpsdefault: home page Link header"; else bad "httpsdefault: home page Link header ($ST)"; fi
fi
req "${RP}wp-json/wp/v2/users/me";             expect "redirectport: GET answered 301" 301
expect_hdr "redirectport: Location on https, another port" Location "${H}wp-json/wp/v2/users/me"

echo "== Pretty permalinks without the server's rewrite rules (lostrewrite site)"
req -I "$LR"
if [[ "$ST" == 200 ]] && grep -qi "^Link: <${LR}wp-json/>; rel=\"https://api.w.org/\"" "$T/headers"; then ok "lostrewrite: home page advertises /wp-json/"; else bad "lostrewrite: home page Link header ($ST)"; fi
req "${LR}wp-json/"
if [[ "$ST" == 404 && "$(hdr Content-Type)" == text/html* ]]; then ok "lostrewrite: the advertised /wp-json/ is Apache's HTML 404"; else bad "lostrewrite /wp-json/: $ST $(hdr Content-Type)"; fi
req -K "$T/admin-app.conf" "${LR}?rest_route=/wp/v2/users/me"; expect "lostrewrite: ?rest_route users/me with a valid app password" 200

echo "== A staging password in front of the whole site (basicauth site)"
req "$BS"
if [[ "$ST" == 401 && "$(hdr WWW-Authenticate)" == 'Basic realm="Staging site"' ]]; then ok "basicauth: home page is Apache's 401 with WWW-Authenticate"; else bad "basicauth: home page $ST '$(hdr WWW-Authenticate)'"; fi
req -K "$T/admin-app.conf" "$BS$ME"
if [[ "$ST" == 401 && -n "$(hdr WWW-Authenticate)" && "$(hdr Content-Type)" == text/html* ]]; then ok "basicauth: a valid app password meets Apache's challenge, not WordPress"; else bad "basicauth: app password $ST"; fi
conf_user staging "$(prop site.${PFX}basicauth.user)" "$(prop site.${PFX}basicauth.password)"
req -K "$T/staging.conf" "${BS}wp-json/";      expect "basicauth: the staging password reaches WordPress's index" 200

echo "== wp-login.php and an unknown user"
printf 'data-urlencode = "log=no-such-user"\ndata-urlencode = "pwd=%s"\n' "$(prop user.admin.password)" >"$T/wp-login-nouser.conf"
req -K "$T/wp-login-nouser.conf" -b 'wordpress_test_cookie=WP%20Cookie%20check' --data-urlencode 'wp-submit=Log In' --data 'testcookie=1' "${M}wp-login.php"
if [[ "$ST" == 200 ]] && grep -q 'The username <strong>no-such-user</strong> is not registered on this site' "$T/body"; then ok "wp-login.php: unknown user is 'not registered on this site' (200)"; else bad "wp-login.php unknown user ($ST)"; fi
# 6.8 prints the error box with wp_admin_notice() (class "notice notice-error", a <p>); 6.1 echoes
# a bare <div id="login_error">. Both keep id="login_error", which is what the doctor reads.
if [[ $WP_LINE == 6.8 ]]; then want_='<div id="login_error" class="notice notice-error"><p><strong>Error:</strong> The username'; else want_=$'<div id="login_error">\t<strong>Error:</strong> The username'; fi
if grep -qF "$want_" "$T/body"; then ok "wp-login.php: the error box of $WP_LINE"; else bad "wp-login.php: the error box is not 6.x's: $(grep -o 'id="login_error".\{0,60\}' "$T/body" | head -1)"; fi

echo
echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
