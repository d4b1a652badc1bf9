# The combinatorial harness: WordPress sites built from layers instead of one site per situation.
# Sourced by up.sh (after Apache, php-fpm and nginx are up), never run alone.
# shellcheck shell=bash
#
# A combination is  web server x what is in front x security/auth plugin x WordPress version;
# the credential a client sends is the fifth axis, chosen per request by the tests. Each
# combination is one port on 127.0.0.1 (8700-8899), yet there are few servers and one WordPress
# install per version:
#   - Apache (mod_php, and php-fpm without the Authorization copy) and nginx + php-fpm each serve
#     all of their direct ports plus one backend port;
#   - one nginx front server per front kind listens on all of its ports and proxies each port to
#     the backend of its web server (a map on $server_port);
#   - WordPress picks the plugin layer from the port in the Host header (combi/loader.php and the
#     port table this script writes), and its home URL follows the same Host header.
# wordpress-it/.state/wp-it-combi.properties gets one line per combination (combi.site.<port>=<version>|<server>|<front>|<plugin>),
# which the Java tests read; the expected diagnosis of each is derived from the layers there.

COMBI_START=$(date +%s)
COMBI_DIR="$IT_DIR/combi"
COMBI_NGINX_CONF=/etc/nginx/wp-it-combi.conf
COMBI_NGINX_PID=/run/nginx-wp-it-combi.pid
COMBI_APACHE_SITE=/etc/apache2/sites-available/wp-it-combi.conf
COMBI_HTPASSWD=/etc/nginx/wp-it-combi.htpasswd

# version|first port|site name for install-site.php|WordPress document root|wp-content directory.
# The backends are first port + 90 + server index. php/bootstrap.php loads 6.8's document root for
# "v68." sites (sites/v68.sh, sourced before this script, unpacks it): every layer below is
# version-independent.
COMBI_VERSIONS=("61|8700|combi61|$WP_ROOT|$WP_CONTENT"
  "68|8800|v68.combi|$V68_ROOT|$V68_CONTENT")
COMBI_SERVERS=(modphp fpm nginx)
# direct: nothing in front; proxy: an nginx reverse proxy configured right; proxy-noauth: one that
# drops Authorization (proxy_set_header Authorization ""); htpasswd: a staging password in the
# proxy (auth_basic); waf: a firewall rule that answers 403 to the users routes (user enumeration).
COMBI_FRONTS=(direct proxy proxy-noauth htpasswd waf)
# Plugin layers, each written from the plugin's own source (combi/layers/, mu-plugins/).
COMBI_PLUGINS=(none early-user-lookup disable-rest-api force-login aios-rest jwt-test-auth
  wordfence-no-app-passwords llar-lockout)
# Fronts that answer before WordPress on the route the doctor asks about get two plugin layers
# only: what is behind them does not change what the client sees there.
COMBI_OPAQUE_FRONTS=" htpasswd waf "
COMBI_OPAQUE_PLUGINS=(none jwt-test-auth)
# Fronts on ports of their own (8900-8949, every version), so that the ports above keep their
# combinations: a page cache and a rate limit, each as users set it up right and as they get it
# wrong. cache: nginx proxy_cache that passes requests with credentials by (Varnish's built-in VCL
# passes any request with Authorization; the WordPress fastcgi_cache recipes skip logged-in
# cookies); cache-shared: the same cache keyed without Authorization, keeping every answer, so a
# visitor's cached answer is served to requests with credentials; ratelimit / ratelimit-503:
# nginx limit_req past its rate, with limit_req_status 429 / nginx's default 503. Two plugin layers
# behind each: what the cache keeps differs only in the visitor's answer.
COMBI_LATE_FRONTS=(cache cache-shared ratelimit ratelimit-503)
COMBI_LATE_PLUGINS=(none disable-rest-api)
COMBI_LATE_BASE=8900
COMBI_CACHE_KEEP=1h # how long cache-shared keeps an answer: longer than a whole run

declare -A COMBI_BACKEND=() # <version>:<server> -> backend port
COMBI_ROWS=()               # port|version|server|front|plugin
for v in "${COMBI_VERSIONS[@]}"; do
  IFS='|' read -r ver base _site _root _content <<<"$v"
  idx=0
  for si in "${!COMBI_SERVERS[@]}"; do
    s=${COMBI_SERVERS[$si]}
    COMBI_BACKEND[$ver:$s]=$((base + 90 + si))
    for f in "${COMBI_FRONTS[@]}"; do
      if [[ $COMBI_OPAQUE_FRONTS == *" $f "* ]]; then plugins=("${COMBI_OPAQUE_PLUGINS[@]}"); else plugins=("${COMBI_PLUGINS[@]}"); fi
      for p in "${plugins[@]}"; do
        COMBI_ROWS+=("$((base + idx))|$ver|$s|$f|$p"); idx=$((idx + 1))
      done
    done
  done
  ((idx <= 90)) || die "combi: $idx combinations do not fit below the backend ports"
done
late=$COMBI_LATE_BASE
for v in "${COMBI_VERSIONS[@]}"; do
  ver=${v%%|*}
  for s in "${COMBI_SERVERS[@]}"; do
    for f in "${COMBI_LATE_FRONTS[@]}"; do
      for p in "${COMBI_LATE_PLUGINS[@]}"; do COMBI_ROWS+=("$late|$ver|$s|$f|$p"); late=$((late + 1)); done
    done
  done
done
((late <= 8950)) || die "combi: the late fronts need ports up to $late, beyond 8949"
combi_late_front() { [[ " ${COMBI_LATE_FRONTS[*]} " == *" $1 "* ]]; }
combi_ports() { # combi_ports <version> <server> <front>: the ports of that server/front pair
  local r port ver s f p
  for r in "${COMBI_ROWS[@]}"; do
    IFS='|' read -r port ver s f p <<<"$r"
    [[ $ver == "$1" && $s == "$2" && ( $3 == "*" || $f == "$3" ) ]] && echo "$port"
  done
}

say "combi: ${#COMBI_ROWS[@]} sites (server x front x plugin), WordPress ${COMBI_VERSIONS[*]%%|*}"

# ---------------------------------------------------------------- databases, config, mu-plugins
for v in "${COMBI_VERSIONS[@]}"; do
  IFS='|' read -r ver base site _root content <<<"$v"
  db=wpit_${site//[.-]/_}
  if [[ $MODE == fresh ]]; then mysql -e "DROP DATABASE IF EXISTS $db;"; rm -rf "${content:?}/uploads/wp-it-$site"; fi
  mysql -e "CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  mu="$WP_IT_VAR/$site/mu-plugins"
  mkdir -p "$mu/combi-layers"
  find "$mu" -name '*.php' -delete
  install -m 0644 "$COMBI_DIR/loader.php" "$mu/combi-loader.php"
  for p in "${COMBI_PLUGINS[@]}"; do
    [[ $p == none ]] && continue
    src="$COMBI_DIR/layers/$p.php"; [[ -e $src ]] || src="$IT_DIR/mu-plugins/$p.php"
    install -m 0644 "$src" "$mu/combi-layers/$p.php"
  done
  {
    echo "<?php // Written by wordpress-it/sites/combi.sh: port => plugin layer"
    echo "return array("
    for r in "${COMBI_ROWS[@]}"; do
      IFS='|' read -r port rver _s _f p <<<"$r"
      [[ $rver == "$ver" ]] && echo "  $port => '$p',"
    done
    echo ");"
  } >"$mu/combi-layers/ports.php"
  cfg="$WP_ETC/config-wpit-${site//./-}.php"
  # (rewritten, too, when it predates the ports of the late fronts)
  if ! { [[ $MODE == reuse && -s "$cfg" ]] && grep -q "'$INSTALL_ID'" "$cfg" && grep -q '8\[789\]' "$cfg"; }; then
    {
      echo "<?php"
      echo "// Written by wordpress-it/sites/combi.sh for the combinatorial sites of WordPress $ver. Do not edit."
      echo "define('WPIT_SITE', '$site');"
      echo "define('WPIT_INSTALL_ID', '$INSTALL_ID');"
      echo "define('DB_NAME', '$db');"
      echo "define('DB_USER', 'wpit');"
      echo "define('DB_PASSWORD', trim(file_get_contents('$DB_PASSWORD_FILE')));"
      echo "define('DB_HOST', 'localhost');"
      echo "// Every combination is a port of its own: the home URL is the one the request came in on."
      echo "\$wpit_host = isset(\$_SERVER['HTTP_HOST']) && preg_match('/^127\\.0\\.0\\.1:8[789][0-9][0-9]\$/', \$_SERVER['HTTP_HOST']) ? \$_SERVER['HTTP_HOST'] : '127.0.0.1:$((base + 90))';"
      echo "define('WP_HOME', 'http://' . \$wpit_host);"
      echo "define('WP_SITEURL', 'http://' . \$wpit_host);"
      echo "define('WP_ENVIRONMENT_TYPE', 'local');"
      # Debian's wp-config.php sets 6.1's content directory unless the config names one
      [[ $content == "$WP_CONTENT" ]] || echo "define('WP_CONTENT_DIR', '$content');"
      for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        echo "define('$k', '$(randstr 64)');"
      done
      echo "define('WPMU_PLUGIN_DIR', '$mu');"
      echo "define('WPMU_PLUGIN_URL', 'http://' . \$wpit_host . '/wp-content/mu-plugins');"
      echo "define('JWT_AUTH_SECRET_KEY', trim(file_get_contents('$WP_ETC/wpit-jwt-secret')));"
      wp_config_quiet_tail
    } >"$cfg.tmp"
    install_wp_config "$cfg"
  fi
  # install-site.php reads the site's URL from the state file: the backend of mod_php.
  { echo "site.$site.url=http://127.0.0.1:$((base + 90))/"; echo "site.$site.permalinks=pretty"; echo "site.$site.rest_prefix=wp-json/"; } >>"$PROPS"
  if [[ -n "$(install_site "$site")" ]]; then tail -20 "$LOG_DIR/install-$site.log" >&2; die "combi: installing $site failed"; fi
done

# ---------------------------------------------------------------- Apache: mod_php and php-fpm
combi_apache_vhost() { # combi_apache_vhost <version> <site> <root> <wp-content> <server>
  local ver=$1 site=$2 root=$3 content=$4 s=$5 addrs="" port
  for port in $(combi_ports "$ver" "$s" direct) "${COMBI_BACKEND[$ver:$s]}"; do addrs+=" 127.0.0.1:$port"; done
  echo
  echo "# WordPress $ver, web server layer '$s': its direct combinations and its backend port"
  echo "<VirtualHost$addrs>"
  cat <<EOF
    ServerName 127.0.0.1
    DocumentRoot $root
    SetEnv WORDPRESS_CONFIG wpit-${site//./-}
    Alias /wp-content $content
    ErrorLog $LOG_DIR/apache-combi$ver-$s-error.log
    CustomLog $LOG_DIR/apache-combi$ver-$s-access.log wpit_combi_noquery
    <Directory $content>
        Options FollowSymLinks
        AllowOverride None
        Require all granted
    </Directory>
    <Directory $root>
        Options FollowSymLinks
        AllowOverride None
        Require all granted
        DirectoryIndex index.php
EOF
  if [[ $s == modphp ]]; then
    apache_wordpress_rules
    echo "    </Directory>"
  else
    echo "        # Pretty permalinks without mod_rewrite and without copying the Authorization header"
    echo "        FallbackResource /index.php"
    echo "    </Directory>"
    apache_fpm_handler
  fi
  echo "</VirtualHost>"
}
{
  echo "# Written by wordpress-it/sites/combi.sh. Do not edit: re-run up.sh instead."
  echo 'LogFormat "%h %l %u %t \"%m %U %H\" %>s %O \"%{User-Agent}i\"" wpit_combi_noquery'
  for v in "${COMBI_VERSIONS[@]}"; do
    IFS='|' read -r ver _base site root content <<<"$v"
    for s in modphp fpm; do
      for port in $(combi_ports "$ver" "$s" direct) "${COMBI_BACKEND[$ver:$s]}"; do echo "Listen 127.0.0.1:$port"; done
      combi_apache_vhost "$ver" "$site" "$root" "$content" "$s"
    done
  done
} >"$COMBI_APACHE_SITE"
[[ -e /etc/apache2/sites-enabled/wp-it-combi.conf ]] || a2ensite -q wp-it-combi >/dev/null
apache2ctl configtest >"$LOG_DIR/apache-combi-configtest.log" 2>&1 || { cat "$LOG_DIR/apache-combi-configtest.log" >&2; die "combi: Apache configuration test failed"; }
apache2ctl graceful

# ---------------------------------------------------------------- nginx: php-fpm server and the fronts
printf 'staging:%s\n' "$(printf '%s' "$STAGING_PASSWORD" | openssl passwd -apr1 -stdin)" >"$COMBI_HTPASSWD.tmp"
chown root:www-data "$COMBI_HTPASSWD.tmp"; chmod 0640 "$COMBI_HTPASSWD.tmp"; mv -f "$COMBI_HTPASSWD.tmp" "$COMBI_HTPASSWD"
combi_listen() { local port; for port in "$@"; do echo "        listen 127.0.0.1:$port;"; done; }
combi_late_http() { # the http-level parts of the late fronts: the cache's storage, the rate limit's zone
  cat <<EOF
    # the page cache of the fronts cache and cache-shared; every port is a site of its own (Host has it)
    proxy_cache_path $NGINX_TMP/combi-cache levels=1:2 keys_zone=combi_cache:4m max_size=64m inactive=$COMBI_CACHE_KEEP;
    proxy_cache_key "\$scheme\$request_method\$http_host\$request_uri";
    map \$http_authorization \$combi_has_authorization { "" 0; default 1; }
    map \$http_cookie \$combi_logged_in_cookie { ~wordpress_logged_in_ 1; default 0; }
    # the rate limit of the fronts ratelimit and ratelimit-503: one request a minute per site and
    # Authorization header, so a client is past it from its second request (a host's limit a
    # client has already run into)
    limit_req_zone "\$server_port \$http_authorization" zone=combi_rate:1m rate=1r/m;
EOF
}
combi_late_front_location() { # combi_late_front_location <front>: the location of a late front's server
  case $1 in
    cache) nginx_proxy_location '$combi_backend' '            # done right: what comes with credentials never meets the cache
            proxy_cache combi_cache;
            proxy_cache_valid 200 301 302 404 10m;
            proxy_cache_bypass $combi_has_authorization $combi_logged_in_cookie;
            proxy_no_cache $combi_has_authorization $combi_logged_in_cookie;
            add_header X-Cache-Status $upstream_cache_status always;' ;;
    cache-shared) nginx_proxy_location '$combi_backend' "            # the mistake: keyed without Authorization and keeping every status, so a visitor's
            # answer is served to the requests with credentials that follow (WordPress's no-cache
            # headers on a logged-in user's answer still keep that one out of the cache)
            proxy_cache combi_cache;
            proxy_cache_valid any $COMBI_CACHE_KEEP;
            add_header X-Cache-Status \$upstream_cache_status always;" ;;
    ratelimit) nginx_proxy_location '$combi_backend' '            limit_req zone=combi_rate;
            limit_req_status 429;' ;;
    ratelimit-503) nginx_proxy_location '$combi_backend' "            # nginx's default limit_req_status: 503
            limit_req zone=combi_rate;" ;;
  esac
}
{
  echo "# Written by wordpress-it/sites/combi.sh. Do not edit: re-run up.sh instead."
  echo "user www-data;"
  echo "worker_processes 1;"
  echo "pid $COMBI_NGINX_PID;"
  echo "error_log $LOG_DIR/nginx-combi-error.log;"
  echo "events { worker_connections 512; }"
  echo "http {"
  echo "    include /etc/nginx/mime.types;"
  echo "    default_type application/octet-stream;"
  echo "    client_body_temp_path $NGINX_TMP/combi-body;"
  echo "    fastcgi_temp_path $NGINX_TMP/combi-fastcgi;"
  echo "    proxy_temp_path $NGINX_TMP/combi-proxy;"
  echo "    log_format wpit_noquery '\$remote_addr [\$time_local] \"\$request_method \$uri \$server_protocol\" \$status \$body_bytes_sent \"\$http_user_agent\"';"
  echo "    access_log $LOG_DIR/nginx-combi-access.log wpit_noquery;"
  combi_late_http
  echo "    # which backend (web server layer) each front port proxies to"
  echo "    map \$server_port \$combi_backend {"
  for r in "${COMBI_ROWS[@]}"; do
    IFS='|' read -r port ver s f _p <<<"$r"
    [[ $f == direct ]] || echo "        $port 127.0.0.1:${COMBI_BACKEND[$ver:$s]};"
  done
  echo "    }"
  for v in "${COMBI_VERSIONS[@]}"; do
    IFS='|' read -r ver _base site root content <<<"$v"
    echo "    # WordPress $ver, web server layer 'nginx' (php-fpm): its direct combinations and its backend"
    echo "    server {"
    echo "        server_name 127.0.0.1;"
    # shellcheck disable=SC2046
    combi_listen $(combi_ports "$ver" nginx direct) "${COMBI_BACKEND[$ver:nginx]}"
    # the Host the client (or the front) sent, port included: it names the combination
    nginx_wordpress_php "$root" "$content" "wpit-${site//./-}" '$http_host'
    echo "    }"
    for f in proxy proxy-noauth htpasswd waf "${COMBI_LATE_FRONTS[@]}"; do
      echo "    # WordPress $ver, front layer '$f'"
      echo "    server {"
      echo "        server_name 127.0.0.1;"
      # shellcheck disable=SC2046
      combi_listen $(for s in "${COMBI_SERVERS[@]}"; do combi_ports "$ver" "$s" "$f"; done)
      case $f in
        proxy) nginx_proxy_location '$combi_backend' ;;
        proxy-noauth) nginx_proxy_location '$combi_backend' '            # the mistake: the proxy drops the credentials
            proxy_set_header Authorization "";' ;;
        htpasswd)
          echo '        # a staging password on the whole site, in the proxy'
          echo '        auth_basic "Staging site";'
          echo "        auth_basic_user_file $COMBI_HTPASSWD;"
          nginx_proxy_location '$combi_backend' ;;
        waf)
          echo '        # a firewall rule against user enumeration: the users routes get the server'"'"'s own 403 page'
          echo '        location ~* ^/wp-json/wp/v2/users { return 403; }'
          echo '        if ($arg_rest_route ~* "^(/|%2F)wp(/|%2F)v2(/|%2F)users") { return 403; }'
          nginx_proxy_location '$combi_backend' ;;
        *) combi_late_front_location "$f" ;;
      esac
      echo "    }"
    done
  done
  echo "}"
} >"$COMBI_NGINX_CONF.tmp"
mv -f "$COMBI_NGINX_CONF.tmp" "$COMBI_NGINX_CONF"
nginx -t -q -c "$COMBI_NGINX_CONF" >"$LOG_DIR/nginx-combi-configtest.log" 2>&1 || { cat "$LOG_DIR/nginx-combi-configtest.log" >&2; die "combi: nginx configuration test failed"; }
if [[ -s $COMBI_NGINX_PID ]] && kill -0 "$(cat "$COMBI_NGINX_PID")" 2>/dev/null; then
  nginx -c "$COMBI_NGINX_CONF" -s reload
else
  # Without the descriptors up.sh inherited (the flock on /tmp/wp-it-up.lock among them): a
  # daemon keeping that lock open would block every later up.sh.
  ( for fd in /proc/$BASHPID/fd/*; do n=${fd##*/}; ((n > 2)) && eval "exec $n>&-" 2>/dev/null; done
    exec nginx -c "$COMBI_NGINX_CONF" )
  record_started nginx-combi
fi

# ---------------------------------------------------------------- state file and a quick self-check
# Files of their own: up.sh rewrites wp-it.properties on every run, also from checkouts without
# this script. The late fronts are listed apart, so that a test that knows only the first fronts
# still finds exactly the sites it knows in wp-it-combi.properties.
combi_props() { # combi_props <file> <late: yes|no>
  local r port ver s f p
  {
    echo "# The combinatorial sites, written by wordpress-it/sites/combi.sh: port=version|server|front|plugin"
    echo "combi.versions=$(for v in "${COMBI_VERSIONS[@]}"; do printf '%s ' "${v%%|*}"; done | sed 's/ $//')"
    for r in "${COMBI_ROWS[@]}"; do
      IFS='|' read -r port ver s f p <<<"$r"
      if combi_late_front "$f"; then [[ $2 == yes ]] || continue; else [[ $2 == no ]] || continue; fi
      echo "combi.site.$port=$ver|$s|$f|$p"
    done
  } >"$1.tmp"
  mv -f "$1.tmp" "$1"
}
combi_props "$STATE_DIR/wp-it-combi.properties" no
combi_props "$STATE_DIR/wp-it-combi-fronts.properties" yes
combi_fail=0
for r in "${COMBI_ROWS[@]}"; do
  IFS='|' read -r port _ver _s f p <<<"$r"
  case "$f:$p" in
    htpasswd:*) want=401 ;;
    *:disable-rest-api | *:force-login) want=401 ;;
    *:aios-rest) want=500 ;;
    *) want=200 ;;
  esac
  # past the rate limit (one request a minute) when the site was asked within the last minute
  case $f in ratelimit) want="$want|429" ;; ratelimit-503) want="$want|503" ;; esac
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -H 'Accept: application/json' "http://127.0.0.1:$port/wp-json/" || true)
  [[ "|$want|" == *"|$code|"* ]] || { say "combi: site on port $port ($r) answered its index with $code, expected $want"; combi_fail=1; }
done
((combi_fail == 0)) || die "combi: some sites do not answer as expected (logs in wordpress-it/.state/logs)"
say "combi: ${#COMBI_ROWS[@]} sites up in $(( $(date +%s) - COMBI_START ))s"
