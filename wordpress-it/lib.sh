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
NGINX_CONF=/etc/nginx/wp-it.conf            # nginx runs from this file only
NGINX_PID=/run/nginx-wp-it.pid
NGINX_TMP=/var/lib/wordpress/wp-it/nginx-tmp

# name:port:scheme:environment:php-handler:rewrite:mu-plugins:server
#   mu-plugins: file names in mu-plugins/ without .php, joined by +, or -
#   rewrite: wp       = WordPress's standard .htaccess rules (with the HTTP_AUTHORIZATION copy)
#            fallback = FallbackResource /index.php (no header copy)
#            none     = no rewriting at all, plain permalinks
#            lost     = no rewriting at all, but pretty permalinks in WordPress (rules lost in a
#                       server move or an ignored .htaccess): the advertised /wp-json/ is a 404
#            nginx    = nginx's try_files $uri $uri/ /index.php?$args (WordPress's nginx recipe)
#   server:  apache      = an Apache vhost on the port
#            apache-htpasswd = the same, the whole site behind Apache's own Basic auth (a staging password)
#            apache-deflate  = the same, with mod_deflate compressing JSON for clients that ask for it
#            nginx       = an nginx server on the port, PHP through php-fpm
#            nginx-proxy = an nginx reverse proxy on the port in front of an Apache vhost on
#                          127.0.0.1:<port + BACKEND_OFFSET>
SITES=(
  "modphp:8081:http:local:modphp:wp:classic-places:apache"
  "stripped:8082:http:local:fpm:fallback:-:apache"
  "https:8443:https:production:modphp:wp:-:apache"
  "production:8084:http:production:modphp:wp:-:apache"
  "norewrite:8085:http:local:modphp:none:-:apache"
  "jwt:8086:http:local:modphp:wp:jwt-test-auth:apache"
  "earlyuser:8088:http:local:modphp:wp:early-user-lookup:apache"
  "nginx:8089:http:local:fpm:nginx:-:nginx"
  "nginxproxy:8090:http:local:modphp:wp:-:nginx-proxy"
  "appoffuser:8091:http:local:modphp:wp:app-passwords-off-for-author:apache"
  "appoffsite:8092:http:local:modphp:wp:app-passwords-off:apache"
  "appoffhttps:8444:https:production:modphp:wp:app-passwords-off:apache"
  "blockanon:8093:http:local:modphp:wp:block-anonymous-rest:apache"
  "lostrewrite:8095:http:local:modphp:lost:-:apache"
  "basicauth:8096:http:local:modphp:wp:-:apache-htpasswd"
  "appoffuserearly:8097:http:local:modphp:wp:app-passwords-off-for-author+early-user-lookup:apache"
  "httpsdefault:443:https:production:modphp:wp:-:apache"
  "gzip:8098:http:local:modphp:wp:-:apache-deflate"
)
BACKEND_OFFSET=10000

# Vhosts that answer every request with a 301 to the same path elsewhere: name|port|target
REDIRECTS=(
  "redirect|8087|http://127.0.0.1:8081"
  "redirectport|8094|https://127.0.0.1:8443"
  "upgrade|80|https://127.0.0.1"
)
REDIRECT_PORT=8087
REDIRECT_TARGET="http://127.0.0.1:8081"

# The same table as SF[<name>:<index>], read once: scripts look fields up without forking.
declare -A SF=()
for _row in "${SITES[@]}"; do
  IFS=: read -r -a _f <<<"$_row"
  for _i in 1 2 3 4 5 6 7; do SF["${_f[0]}:$_i"]=${_f[$_i]}; done
done
unset _row _f _i

site_field() { # site_field <name> <index 1..7>
  local s
  local -a f
  for s in "${SITES[@]}"; do
    IFS=: read -r -a f <<<"$s"
    if [[ "${f[0]}" == "$1" ]]; then echo "${f[$2]}"; return 0; fi
  done
  return 1
}
site_names() { local s; for s in "${SITES[@]}"; do echo "${s%%:*}"; done; }
site_url() { # trailing slash; no port where it is the scheme's default
  local port scheme
  port=${SF[$1:1]}; scheme=${SF[$1:2]}
  origin_url "$scheme" "$port"
}
origin_url() { # origin_url <scheme> <port>: with a trailing slash
  if [[ "$1:$2" == http:80 || "$1:$2" == https:443 ]]; then echo "$1://127.0.0.1/"; else echo "$1://127.0.0.1:$2/"; fi
}
redirect_names() { local r; for r in "${REDIRECTS[@]}"; do echo "${r%%|*}"; done; }
redirect_field() { # redirect_field <name> <1=port|2=target>
  local r
  local -a f
  for r in "${REDIRECTS[@]}"; do
    IFS='|' read -r -a f <<<"$r"
    if [[ "${f[0]}" == "$1" ]]; then echo "${f[$2]}"; return 0; fi
  done
  return 1
}
redirect_url() { origin_url http "$(redirect_field "$1" 1)"; }

site_props() { # site_props <key prefix> <name prefix>: the state file's lines of SITES and REDIRECTS
  # (site.<key prefix><name without the name prefix>.*); the 6.8 sites run it with their tables
  local s k
  for s in $(site_names); do
    k=$1${s#"$2"}
    echo "site.$k.url=$(site_url "$s")"
    echo "site.$k.environment=${SF[$s:3]}"
    echo "site.$k.php=${SF[$s:4]}"
    echo "site.$k.server=${SF[$s:7]}"
    case ${SF[$s:5]} in none | lost) echo "site.$k.rest_prefix=?rest_route=/" ;; *) echo "site.$k.rest_prefix=wp-json/" ;; esac
    [[ ${SF[$s:5]} == none ]] && echo "site.$k.permalinks=plain" || echo "site.$k.permalinks=pretty"
  done
  echo "site.$1https.cert=$STATE_DIR/https-cert.pem"
  echo "site.$1basicauth.user=staging"
  echo "site.$1basicauth.password=$STAGING_PASSWORD"
  for s in $(redirect_names); do
    k=$1${s#"$2"}
    echo "site.$k.url=$(redirect_url "$s")"
    echo "site.$k.target=$(redirect_field "$s" 2)/"
  done
}

say() { printf '[wp-it] %s\n' "$*"; }
die() { printf '[wp-it] ERROR: %s\n' "$*" >&2; exit 1; }

prop() { # prop <key>  (value of a key in the state file, or in a site set's wp-it-*.properties)
  [[ -r "$PROPS" ]] || return 1
  local line
  line="$(cat "$PROPS" "$STATE_DIR"/wp-it-*.properties 2>/dev/null | grep -m1 "^$1=" || true)"
  [[ -n "$line" ]] || return 1
  printf '%s' "${line#*=}"
}

nginx_wordpress_php() { # nginx_wordpress_php <document root> <wp-content> <WORDPRESS_CONFIG> <HTTP_HOST value>
  # WordPress's nginx recipe for a server block: pretty permalinks through index.php, PHP by php-fpm.
  cat <<EOF
        root $1;
        index index.php;
        location /wp-content/ { alias $2/; }
        location / { try_files \$uri \$uri/ /index.php?\$args; }
        location ~ \.php\$ {
            try_files \$uri =404;
            include fastcgi_params;
            fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
            fastcgi_param WORDPRESS_CONFIG $3;
            fastcgi_param HTTP_HOST $4;
            # nginx passes every request header, Authorization included, as HTTP_* params.
            fastcgi_pass unix:$FPM_SOCK;
        }
EOF
}
nginx_proxy_location() { # nginx_proxy_location <host:port or $variable> [more directives]
  cat <<EOF
        location / {
            proxy_pass http://$1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
${2:-}
        }
EOF
}
apache_wordpress_rules() { # the rewrite rules of WordPress's generated .htaccess, inside a <Directory>
  cat <<'EOF'
        # WordPress's own generated .htaccess rules (WordPress >= 5.6), incl. the Authorization copy
        RewriteEngine On
        RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
        RewriteBase /
        RewriteRule ^index\.php$ - [L]
        RewriteCond %{REQUEST_FILENAME} !-f
        RewriteCond %{REQUEST_FILENAME} !-d
        RewriteRule . /index.php [L]
EOF
}
apache_fpm_handler() { # PHP through php-fpm in one vhost
  cat <<EOF
    # PHP through php-fpm (mod_proxy_fcgi) in this vhost only; no CGIPassAuth, so Apache
    # does not pass the Authorization header to PHP.
    <FilesMatch ".+\.ph(?:ar|p|tml)\$">
        SetHandler "proxy:unix:$FPM_SOCK|fcgi://localhost"
    </FilesMatch>
EOF
}
wp_config_quiet_tail() { # the last lines of every site's config file
  echo "// Quiet, offline test sites: no cron, no calls to wordpress.org (loopback requests still work)."
  echo "define('DISABLE_WP_CRON', true);"
  echo "define('WP_HTTP_BLOCK_EXTERNAL', true);"
  echo "define('AUTOMATIC_UPDATER_DISABLED', true);"
  echo "\$table_prefix = 'wp_';"
}
install_wp_config() { # install_wp_config <file>: moves <file>.tmp into place, readable by the web server only
  chown root:www-data "$1.tmp"; chmod 0640 "$1.tmp"; mv -f "$1.tmp" "$1"
}
