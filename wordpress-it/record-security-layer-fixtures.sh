#!/usr/bin/env bash
# Records what a security layer in front of WordPress answers a credentialed REST client, into
# fixtures/security-layer/*.json (the format of fixtures/wordpress/, in their own folder because
# record-fixtures.sh replaces that one whole). The layer is a real nginx, started here for the
# recording only on a free loopback port, in front of the modphp site, configured the way hosts
# configure one: a rule that refuses REST writes from non-browser clients (a firewall's 403), and
# a limit on users/me per client address answered with 429 (a login lockout). Run up.sh first.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
[[ -r "$PROPS" ]] || die "no $PROPS: run up.sh first"

OUT="$(cd "$IT_DIR/.." && pwd)/fixtures/security-layer"
TMP=$(mktemp -d "$STATE_DIR/record-layer.XXXXXX")
BACKEND=$(prop site.modphp.url)
BACKEND=${BACKEND%/}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
NGINX_VERSION=$(nginx -v 2>&1 | sed -n 's|^nginx version: nginx/\([0-9.]*\).*|\1|p')

cat >"$TMP/nginx.conf" <<EOF
worker_processes 1;
pid $TMP/nginx.pid;
error_log $TMP/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $TMP;
  proxy_temp_path $TMP;
  limit_req_zone \$binary_remote_addr zone=lockout:1m rate=1r/m;
  server {
    listen 127.0.0.1:$PORT;
    location /wp-json/wp/v2/posts {
      if (\$http_user_agent !~* "mozilla") { return 403; }
      proxy_pass $BACKEND;
    }
    location /wp-json/wp/v2/users/me {
      limit_req zone=lockout nodelay;
      limit_req_status 429;
      proxy_pass $BACKEND;
    }
    location / { proxy_pass $BACKEND; }
  }
}
EOF
nginx -c "$TMP/nginx.conf"
trap 'kill "$(cat "$TMP/nginx.pid")" 2>/dev/null || true; rm -rf "$TMP"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

user=$(prop user.author.login)
basic=$(printf '%s:%s' "$user" "$(prop user.author.app_password)" | base64 -w0)

# record NAME METHOD PATH WHAT [curl args...]: one exchange with the author's Application Password
record() {
  local name=$1 method=$2 path=$3 what=$4
  shift 4
  curl -s -D "$TMP/headers" -o "$TMP/body" -X "$method" -A "wp-rest/0.1" \
    -H "Authorization: Basic $basic" -H "Accept: application/json" "$@" \
    "http://127.0.0.1:$PORT$path"
  jq -n --arg produced "nginx $NGINX_VERSION as a security layer in front of WordPress $(prop wordpress.version) (the modphp site): $what" \
    --arg method "$method" --arg path "$path" --rawfile body "$TMP/body" --rawfile head "$TMP/headers" '
    ($head | split("\r\n") | map(select(length > 0))) as $lines
    | {producedBy: $produced, site: "modphp behind nginx",
       request: {method: $method, path: $path, query: "", auth: "application-password",
                 headers: {"User-Agent": "wp-rest/0.1"}, body: null},
       response: {status: ($lines[0] | split(" ")[1] | tonumber),
                  headers: ($lines[1:] | map(capture("^(?<k>[^:]+): ?(?<v>.*)$"))
                            | map(select(.k | test("^(date|connection)$"; "i") | not))
                            | map({(.k): .v}) | add),
                  body: $body}}' >"$TMP/$name.json"
}

record firewall-403.posts.create.nginx POST /wp-json/wp/v2/posts \
  "POST /wp-json/wp/v2/posts with a valid Application Password, refused by a rule that blocks REST writes from non-browser user agents (return 403)" \
  -H "Content-Type: application/json" --data '{"title":"blocked"}'
curl -s -o /dev/null -H "Authorization: Basic $basic" "http://127.0.0.1:$PORT/wp-json/wp/v2/users/me"
record lockout-429.users-me.nginx GET /wp-json/wp/v2/users/me \
  "GET /wp-json/wp/v2/users/me with a valid Application Password, the second within a minute from one address, refused by limit_req (limit_req_status 429)"

for f in "$TMP"/*.json; do
  if grep -q -F "$(prop user.author.app_password)" "$f" || grep -q -F "$basic" "$f"; then
    die "$(basename "$f") holds the secret"
  fi
done
mkdir -p "$OUT"
cp "$TMP"/*.json "$OUT"/
chmod 644 "$OUT"/*.json
say "wrote $(ls "$TMP"/*.json | wc -l) files to fixtures/security-layer/"
