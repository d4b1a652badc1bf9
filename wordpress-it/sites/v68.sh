# WordPress 6.8 beside bookworm's 6.1: Debian trixie's `wordpress` package and its default theme,
# fetched with `apt-get download` (apt state of their own: the system's apt lists and packages
# are never touched) and unpacked with `dpkg-deb -x` into their own directory. The 6.8 sites
# mirror the 6.1 sites that carry a diagnosis, on ports 8600-8699, with the same users and
# secrets. Everything of theirs is kept apart from the 6.1 sites' files, so that writing those
# (a run of an up.sh without this script, too) leaves the 6.8 sites up: their keys
# (`site.v68.<site>.*`) are in .state/wp-it-v68.properties, their vhosts in Apache's
# sites-available/wp-it-v68.conf, their nginx servers in an nginx of their own.
#
# Sourced by up.sh: v68_up after the 6.1 Apache configuration is written, v68_finish (nginx and
# the self-check) after the 6.1 daemons are up.
# shellcheck shell=bash

V68_ROOT=/usr/share/wordpress-6.8               # core (and its theme), unpacked
V68_CONTENT=/var/lib/wordpress/wp-content-6.8   # WP_CONTENT_DIR of the 6.8 sites
V68_APT=/var/lib/wordpress/wp-it/apt-trixie     # apt lists, cache and .deb files for trixie
V68_SOURCE="deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main"
V68_PACKAGES=(wordpress wordpress-theme-twentytwentyfive)
V68_PROPS="$STATE_DIR/wp-it-v68.properties"
V68_APACHE_SITE=/etc/apache2/sites-available/wp-it-v68.conf
V68_NGINX_CONF=/etc/nginx/wp-it-v68.conf
V68_NGINX_PID=/run/nginx-wp-it-v68.pid

# The columns of SITES in lib.sh. Names are `v68-<the 6.1 site it mirrors>`: the vhosts pass them
# in WORDPRESS_CONFIG, which Debian's wp-config.php accepts only as [a-zA-Z0-9-]+. Ports: 86xx
# mirrors 80xx, 864x mirrors 844x. Left out: httpsdefault and upgrade (they need ports 443 and
# 80, which the 6.1 sites hold).
V68_SITES=(
  "v68-modphp:8601:http:local:modphp:wp:classic-places:apache"
  "v68-stripped:8602:http:local:fpm:fallback:-:apache"
  "v68-https:8643:https:production:modphp:wp:-:apache"
  "v68-production:8604:http:production:modphp:wp:-:apache"
  "v68-norewrite:8605:http:local:modphp:none:-:apache"
  "v68-jwt:8606:http:local:modphp:wp:jwt-test-auth:apache"
  "v68-earlyuser:8608:http:local:modphp:wp:early-user-lookup:apache"
  "v68-nginx:8609:http:local:fpm:nginx:-:nginx"
  "v68-nginxproxy:8610:http:local:modphp:wp:-:nginx-proxy"
  "v68-appoffuser:8611:http:local:modphp:wp:app-passwords-off-for-author:apache"
  "v68-appoffsite:8612:http:local:modphp:wp:app-passwords-off:apache"
  "v68-appoffhttps:8644:https:production:modphp:wp:app-passwords-off:apache"
  "v68-blockanon:8613:http:local:modphp:wp:block-anonymous-rest:apache"
  "v68-lostrewrite:8615:http:local:modphp:lost:-:apache"
  "v68-basicauth:8616:http:local:modphp:wp:-:apache-htpasswd"
  "v68-appoffuserearly:8617:http:local:modphp:wp:app-passwords-off-for-author+early-user-lookup:apache"
  "v68-gzip:8618:http:local:modphp:wp:-:apache-deflate"
)
V68_BACKEND_OFFSET=80 # the Apache backend of v68-nginxproxy listens on 8690, inside the range
V68_REDIRECTS=(
  "v68-redirect|8607|http://127.0.0.1:8601"
  "v68-redirectport|8614|https://127.0.0.1:8643"
)
for _row in "${V68_SITES[@]}"; do
  IFS=: read -r -a _f <<<"$_row"
  for _i in 1 2 3 4 5 6 7; do SF["${_f[0]}:$_i"]=${_f[$_i]}; done
done
unset _row _f _i

v68_key() { echo "v68.${1#v68-}"; } # v68-modphp -> v68.modphp (state keys, PHP scripts)
v68_db() { echo "wpit_v68_${1#v68-}"; }

# Runs one of up.sh's generators with the 6.8 table and paths in place of 6.1's (dynamic scope).
v68_with() {
  local -a SITES=("${V68_SITES[@]}") REDIRECTS=("${V68_REDIRECTS[@]}")
  local WP_ROOT=$V68_ROOT WP_CONTENT=$V68_CONTENT BACKEND_OFFSET=$V68_BACKEND_OFFSET
  "$@"
}

v68_fetch() { # downloads and unpacks the packages unless this version is already unpacked
  if [[ -s $V68_ROOT/wp-includes/version.php && -d $V68_ROOT/wp-content/themes/twentytwentyfive ]]; then
    return 0
  fi
  say "fetching WordPress 6.8 from Debian trixie: ${V68_PACKAGES[*]}"
  mkdir -p "$V68_APT/lists/partial" "$V68_APT/cache/archives/partial" "$V68_APT/debs"
  echo "$V68_SOURCE" >"$V68_APT/sources.list"
  local -a apt_opts=(-q -o "Dir::Etc::sourcelist=$V68_APT/sources.list" -o Dir::Etc::sourceparts=-
    -o "Dir::State::Lists=$V68_APT/lists" -o "Dir::Cache=$V68_APT/cache" -o APT::Sandbox::User=root)
  rm -f "$V68_APT"/debs/*.deb
  { apt-get "${apt_opts[@]}" update &&
    (cd "$V68_APT/debs" && apt-get "${apt_opts[@]}" download "${V68_PACKAGES[@]}"); } \
    >"$LOG_DIR/apt-v68.log" 2>&1 || { tail -20 "$LOG_DIR/apt-v68.log" >&2; die "apt-get download for 6.8 failed"; }
  local tmp deb
  tmp=$(mktemp -d /usr/share/.wordpress-6.8.XXXXXX)
  for deb in "$V68_APT"/debs/*.deb; do dpkg-deb -x "$deb" "$tmp"; done
  # Same depth as /usr/share/wordpress: the package's relative links (../../../php/getid3, ...) hold.
  rm -rf "$V68_ROOT"
  mv "$tmp/usr/share/wordpress" "$V68_ROOT"
  rm -rf "$tmp"
}

v68_props() { # writes the 6.8 sites' state file (read with the main one: lib.sh prop, bootstrap.php)
  local tmp="$V68_PROPS.tmp"
  ( umask 077
    {
      echo "# WordPress 6.8 sites, written by wordpress-it/up.sh (sites/v68.sh). Contains secrets: never commit or print."
      echo "wordpress.v68.version=$V68_VERSION"
      echo "wordpress.v68.root=$V68_ROOT"
      v68_with site_props v68. v68-
    } >"$tmp"
  )
  chmod 600 "$tmp"
  mv -f "$tmp" "$V68_PROPS"
}

v68_config() { # v68_config <site>: the site's wp-config (kept on a re-run, like 6.1's)
  local s=$1 cfg="$WP_ETC/config-wpit-$1.php" mu="$WP_IT_VAR/$1/mu-plugins" plugin url k
  plugin=${SF[$s:6]}
  mkdir -p "$mu"
  find "$mu" -maxdepth 1 -type f -name '*.php' -delete
  if [[ "$plugin" != - ]]; then
    for k in ${plugin//+/ }; do install -m 0644 "$IT_DIR/mu-plugins/$k.php" "$mu/$k.php"; done
  fi
  if [[ $MODE == reuse && -s "$cfg" ]] && grep -q "'$INSTALL_ID'" "$cfg"; then return 0; fi
  url=$(site_url "$s"); url=${url%/}
  {
    echo "<?php"
    echo "// Written by wordpress-it/up.sh (sites/v68.sh) for the WordPress 6.8 site '$(v68_key "$s")'. Do not edit."
    echo "define('WPIT_SITE', '$(v68_key "$s")');"
    echo "define('WPIT_INSTALL_ID', '$INSTALL_ID');"
    echo "define('DB_NAME', '$(v68_db "$s")');"
    echo "define('DB_USER', 'wpit');"
    echo "define('DB_PASSWORD', trim(file_get_contents('$DB_PASSWORD_FILE')));"
    echo "define('DB_HOST', 'localhost');"
    echo "define('WP_HOME', '$url');"
    echo "define('WP_SITEURL', '$url');"
    echo "define('WP_CONTENT_DIR', '$V68_CONTENT');"
    echo "define('WP_ENVIRONMENT_TYPE', '${SF[$s:3]}');"
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$k', '$(randstr 64)');"
    done
    echo "define('WPMU_PLUGIN_DIR', '$mu');"
    echo "define('WPMU_PLUGIN_URL', '$url/wp-content/mu-plugins');"
    [[ "$plugin" != jwt-test-auth ]] || echo "define('JWT_AUTH_SECRET_KEY', trim(file_get_contents('$WP_ETC/wpit-jwt-secret')));"
    echo "define('DISABLE_WP_CRON', true);"
    echo "define('WP_HTTP_BLOCK_EXTERNAL', true);"
    echo "define('AUTOMATIC_UPDATER_DISABLED', true);"
    echo "\$table_prefix = 'wp_';"
  } >"$cfg.tmp"
  chown root:www-data "$cfg.tmp"; chmod 0640 "$cfg.tmp"; mv -f "$cfg.tmp" "$cfg"
}

v68_apache() { # the 6.8 vhosts, in an Apache site of their own
  local s r
  {
    echo "# Written by wordpress-it/up.sh (sites/v68.sh): WordPress $V68_VERSION. Do not edit."
    for s in $(site_names); do
      [[ ${SF[$s:7]} == nginx ]] || echo "Listen 127.0.0.1:$(apache_port "$s")"
    done
    for r in $(redirect_names); do echo "Listen 127.0.0.1:$(redirect_field "$r" 1)"; done
    for s in $(site_names); do
      [[ ${SF[$s:7]} != nginx ]] || continue
      echo
      echo "# site '$(v68_key "$s")': $(site_url "$s"), WordPress $V68_VERSION, rewrite: ${SF[$s:5]}"
      echo "<VirtualHost 127.0.0.1:$(apache_port "$s")>"
      vhost_common "$s"
      if [[ ${SF[$s:2]} == https ]]; then
        echo "    SSLEngine on"
        echo "    SSLCertificateFile $APACHE_VAR_CERT_DIR/cert.pem"
        echo "    SSLCertificateKeyFile $APACHE_VAR_CERT_DIR/key.pem"
      fi
      echo "</VirtualHost>"
    done
    for r in $(redirect_names); do
      echo
      echo "<VirtualHost 127.0.0.1:$(redirect_field "$r" 1)>"
      echo "    ServerName 127.0.0.1"
      echo "    DocumentRoot $WP_IT_VAR/redirect-root"
      echo "    ErrorLog $LOG_DIR/apache-$r-error.log"
      echo "    CustomLog $LOG_DIR/apache-$r-access.log wpit_noquery"
      echo "    Redirect 301 / $(redirect_field "$r" 2)/"
      echo "</VirtualHost>"
    done
  } >"$V68_APACHE_SITE.tmp"
  mv -f "$V68_APACHE_SITE.tmp" "$V68_APACHE_SITE"
  [[ -e /etc/apache2/sites-enabled/wp-it-v68.conf ]] || a2ensite -q wp-it-v68 >/dev/null
}

v68_install() { # installs (or checks) the 6.8 sites with the same PHP script as 6.1's
  local failed s
  failed=$(for s in $(v68_with site_names); do v68_key "$s"; done | WPIT_PROPS="$PROPS" xargs -P 3 -I{} sh -c \
    'php -d display_errors=stderr -d "error_reporting=E_ALL&~E_DEPRECATED" "$0/php/install-site.php" "$1" \
       >>"$2/install-$1.log" 2>&1 || echo "$1"' "$IT_DIR" {} "$LOG_DIR")
  for s in $failed; do tail -20 "$LOG_DIR/install-$s.log" >&2; done
  [[ -z "$failed" ]] || die "installing WordPress 6.8 site(s) $(echo $failed) failed"
}

# Hook: after up.sh has written the state file, the databases' user and the 6.1 Apache file.
v68_up() {
  local s
  v68_fetch
  V68_VERSION=$(php -r 'include $argv[1]; echo $wp_version;' "$V68_ROOT/wp-includes/version.php")
  [[ $V68_VERSION == 6.8.* ]] || die "trixie's wordpress is $V68_VERSION, not 6.8.x"
  install -d -o www-data -g www-data "$V68_CONTENT" "$V68_CONTENT/plugins" "$V68_CONTENT/themes" "$V68_CONTENT/uploads"
  ln -sfn "$V68_ROOT/wp-content/themes/twentytwentyfive" "$V68_CONTENT/themes/twentytwentyfive"
  v68_props
  for s in $(v68_with site_names); do
    if [[ $MODE == fresh ]]; then
      mysql -e "DROP DATABASE IF EXISTS $(v68_db "$s");"
      rm -rf "${V68_CONTENT:?}/uploads/wp-it-$(v68_key "$s")"
    fi
    mysql -e "CREATE DATABASE IF NOT EXISTS $(v68_db "$s") CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    v68_config "$s"
  done
  v68_with v68_apache
  say "WordPress $V68_VERSION sites: $(v68_with site_names | tr '\n' ' ')"
  v68_install
}

v68_nginx() { # the 6.8 nginx sites, from an nginx of their own (its own configuration and pid)
  local s
  {
    echo "# Written by wordpress-it/up.sh (sites/v68.sh). Do not edit: re-run up.sh instead."
    echo "user www-data;"
    echo "worker_processes 1;"
    echo "pid $V68_NGINX_PID;"
    echo "error_log $LOG_DIR/nginx-v68-error.log;"
    echo "events { worker_connections 256; }"
    echo "http {"
    echo "    include /etc/nginx/mime.types;"
    echo "    default_type application/octet-stream;"
    echo "    client_body_temp_path $NGINX_TMP/v68-body;"
    echo "    fastcgi_temp_path $NGINX_TMP/v68-fastcgi;"
    echo "    proxy_temp_path $NGINX_TMP/v68-proxy;"
    echo "    log_format wpit_noquery '\$remote_addr [\$time_local] \"\$request_method \$uri \$server_protocol\" \$status \$body_bytes_sent \"\$http_user_agent\"';"
    for s in $(site_names); do
      if [[ ${SF[$s:7]} == nginx* ]]; then nginx_server "$s"; fi
    done
    echo "}"
  } >"$V68_NGINX_CONF.tmp"
  mv -f "$V68_NGINX_CONF.tmp" "$V68_NGINX_CONF"
  nginx -t -q -c "$V68_NGINX_CONF" >"$LOG_DIR/nginx-v68-configtest.log" 2>&1 || { cat "$LOG_DIR/nginx-v68-configtest.log" >&2; die "nginx (6.8) configuration test failed"; }
  if [[ -s $V68_NGINX_PID ]] && kill -0 "$(cat "$V68_NGINX_PID")" 2>/dev/null; then
    nginx -c "$V68_NGINX_CONF" -s reload 2>>"$LOG_DIR/nginx-signal.log"
  else
    # without the descriptors this shell holds open: a daemon that inherits the lock of
    # `flock ... up.sh` would hold it for as long as it runs
    ( for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; ((fd > 2)) && eval "exec $fd>&-"; done 2>/dev/null
      exec nginx -c "$V68_NGINX_CONF" )
    record_started nginx-v68
  fi
}

# Hook: after up.sh has started or reloaded its daemons. Non-zero when a 6.8 site does not
# answer as expected.
v68_finish() {
  v68_with v68_nginx
  v68_self_check
}

v68_self_check() {
  local s r url idx want code fail=0
  for s in $(v68_with site_names); do
    url=$(site_url "$s")
    [[ ${SF[$s:5]} == none || ${SF[$s:5]} == lost ]] && idx="${url}?rest_route=/" || idx="${url}wp-json/"
    [[ ${SF[$s:6]} == block-anonymous-rest || ${SF[$s:7]} == apache-htpasswd ]] && want=401 || want=200
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 --retry 5 --retry-connrefused --retry-delay 1 \
      --cacert "$STATE_DIR/https-cert.pem" "$idx" || true)
    [[ "$code" == "$want" ]] || { say "site $(v68_key "$s"): REST index answered $code"; fail=1; }
  done
  for r in $(v68_with redirect_names); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(v68_with redirect_url "$r")wp-json/" || true)
    [[ "$code" == 301 ]] || { say "site $(v68_key "$r") answered $code"; fail=1; }
  done
  ((fail == 0)) && say "WordPress $V68_VERSION: $(v68_with site_names | wc -l) sites answer"
  return $fail
}
