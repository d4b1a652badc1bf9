# Shared definitions for the wordpress-it scripts. Sourced, not executed.
# shellcheck shell=bash

IT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE_DIR="$IT_DIR/.state"
PROPS="$STATE_DIR/wp-it.properties"
LOG_DIR="$STATE_DIR/logs"

WP_ROOT=/usr/share/wordpress
WP_CONTENT=/var/lib/wordpress/wp-content
WP_IT_VAR=/var/lib/wordpress/wp-it          # per-site mu-plugin dirs
WP_ETC=/etc/wordpress
APACHE_SITE=/etc/apache2/sites-available/wp-it.conf
FPM_SOCK=/run/php/php8.2-fpm.sock

# name:port:scheme:environment:php-handler:rewrite:mu-plugin
#   rewrite: wp       = WordPress's standard .htaccess rules (with the HTTP_AUTHORIZATION copy)
#            fallback = FallbackResource /index.php (no header copy)
#            none     = no rewriting at all, plain permalinks
SITES=(
  "modphp:8081:http:local:modphp:wp:-"
  "stripped:8082:http:local:fpm:fallback:-"
  "https:8443:https:production:modphp:wp:-"
  "production:8084:http:production:modphp:wp:-"
  "norewrite:8085:http:local:modphp:none:-"
  "jwt:8086:http:local:modphp:wp:jwt-test-auth"
  "earlyuser:8088:http:local:modphp:wp:early-user-lookup"
)
REDIRECT_PORT=8087
REDIRECT_TARGET="http://127.0.0.1:8081"

site_field() { # site_field <name> <index 1..6>
  local s
  local -a f
  for s in "${SITES[@]}"; do
    IFS=: read -r -a f <<<"$s"
    if [[ "${f[0]}" == "$1" ]]; then echo "${f[$2]}"; return 0; fi
  done
  return 1
}
site_names() { local s; for s in "${SITES[@]}"; do echo "${s%%:*}"; done; }
site_url() { # trailing slash
  local port scheme
  port="$(site_field "$1" 1)"; scheme="$(site_field "$1" 2)"
  echo "$scheme://127.0.0.1:$port/"
}

say() { printf '[wp-it] %s\n' "$*"; }
die() { printf '[wp-it] ERROR: %s\n' "$*" >&2; exit 1; }

prop() { # prop <key>  (value of a key in the state file)
  [[ -r "$PROPS" ]] || return 1
  local line
  line="$(grep -m1 "^$1=" "$PROPS" || true)"
  [[ -n "$line" ]] || return 1
  printf '%s' "${line#*=}"
}
