#!/usr/bin/env bash
# Brings up the real-WordPress integration-test sites on 127.0.0.1 (see README.md).
#
# Idempotent: the first run installs Debian packages, creates the databases, the
# users, the content and fresh random secrets; later runs keep what is there and
# just (re)start the daemons. Removing wordpress-it/.state forces a fresh install
# (new secrets, databases recreated). Must run as root.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

[[ $EUID -eq 0 ]] || die "run as root (installs packages, writes /etc/apache2 and /etc/wordpress)"
umask 022
START_TS=$(date +%s)

# ---------------------------------------------------------------- packages
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server mariadb-client
  apache2 libapache2-mod-php php-fpm php-mysql php-xml php-curl php-gd nginx
  openssl curl ca-certificates jq)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  mkdir -p "$LOG_DIR"
  # The packages' own services (nginx's default site on 0.0.0.0:80, ...) must not start: this
  # script starts the daemons itself, on 127.0.0.1 only. policy-rc.d is Debian's switch for it.
  policy_rc_d=/usr/sbin/policy-rc.d
  own_policy=0
  if [[ ! -e $policy_rc_d ]]; then
    printf '#!/bin/sh\n# wordpress-it/up.sh: no service starts while it installs packages\nexit 101\n' >"$policy_rc_d"
    chmod 755 "$policy_rc_d"; own_policy=1
  fi
  apt_ok=1
  { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$LOG_DIR/apt.log" 2>&1 || apt_ok=0
  ((own_policy == 0)) || rm -f "$policy_rc_d"
  ((apt_ok == 1)) || { tail -20 "$LOG_DIR/apt.log" >&2; die "apt-get failed (see wordpress-it/.state/logs/apt.log)"; }
else
  say "Debian packages already installed"
fi
PHP_VER=$(php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;')
[[ "$PHP_VER" == 8.2 ]] || say "note: PHP $PHP_VER (expected 8.2 on bookworm)"
FPM_BIN=/usr/sbin/php-fpm$PHP_VER
FPM_CONF=/etc/php/$PHP_VER/fpm/php-fpm.conf
FPM_SOCK=/run/php/php$PHP_VER-fpm.sock
FPM_PID=/run/php/php$PHP_VER-fpm.pid
WP_VERSION=$(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;')

# ---------------------------------------------------------------- state: reuse or fresh
mkdir -p "$STATE_DIR" "$LOG_DIR"
chmod 700 "$STATE_DIR"
MARKER="$WP_ETC/wpit-install-id"
MODE=fresh
if [[ -s "$PROPS" && -s "$MARKER" ]] && [[ "$(prop install.id || true)" == "$(cat "$MARKER")" ]]; then
  MODE=reuse
fi

randstr() { # randstr <length> [alphabet]
  php -r '$a = $argv[2]; $n = (int) $argv[1]; $s = "";
    for ($i = 0; $i < $n; $i++) { $s .= $a[random_int(0, strlen($a) - 1)]; } echo $s;' \
    "$1" "${2:-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789}"
}
login_password() {
  # 28 letters/digits plus 4 punctuation characters: deliberately NOT shaped like an
  # Application Password (24 letters/digits), as real login passwords usually are not.
  php -r '$al = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"; $sp = "!.-_~*";
    $c = []; for ($i = 0; $i < 28; $i++) { $c[] = $al[random_int(0, strlen($al) - 1)]; }
    for ($i = 0; $i < 4; $i++) { array_splice($c, random_int(1, count($c) - 1), 0, $sp[random_int(0, strlen($sp) - 1)]); }
    echo implode("", $c);'
}

ROLES=(admin author subscriber)
declare -A LOGIN=([admin]=itadmin [author]=itauthor [subscriber]=itsubscriber)
declare -A PASS APPPASS
if [[ $MODE == reuse ]]; then
  say "reusing existing install (state in wordpress-it/.state)"
  INSTALL_ID=$(prop install.id)
  for r in "${ROLES[@]}"; do
    PASS[$r]=$(prop "user.$r.password")
    APPPASS[$r]=$(prop "user.$r.app_password" | tr -d ' ')
  done
  JWT_SECRET=$(prop jwt.secret)
  STAGING_PASSWORD=$(prop site.basicauth.password || randstr 24)
else
  say "fresh install: generating new secrets"
  INSTALL_ID=$(randstr 16 0123456789abcdef)
  for r in "${ROLES[@]}"; do
    PASS[$r]=$(login_password)
    APPPASS[$r]=$(randstr 24)
  done
  JWT_SECRET=$(randstr 64)
  STAGING_PASSWORD=$(randstr 24)
  rm -f "$STATE_DIR"/https-*.pem "$STATE_DIR"/*.cookies "$STATE_DIR"/curl-* 2>/dev/null || true
fi

chunk() { echo "$1" | sed -E 's/(....)/\1 /g; s/ $//'; }

write_props() {
  local tmp="$PROPS.tmp" r
  ( umask 077
    {
      echo "# wp-rest integration-test sites, written by wordpress-it/up.sh. Contains secrets: never commit or print."
      echo "install.id=$INSTALL_ID"
      echo "wordpress.version=$WP_VERSION"
      echo "php.version=$PHP_VER"
      site_props "" ""
      local id=1
      for r in "${ROLES[@]}"; do
        echo "user.$r.id=$id"
        echo "user.$r.login=${LOGIN[$r]}"
        echo "user.$r.email=${LOGIN[$r]}@example.com"
        echo "user.$r.role=$( [[ $r == admin ]] && echo administrator || echo "$r")"
        echo "user.$r.password=${PASS[$r]}"
        echo "user.$r.app_password=$(chunk "${APPPASS[$r]}")"
        echo "user.$r.app_password_name=wp-rest-it"
        id=$((id + 1))
      done
      echo "jwt.secret=$JWT_SECRET"
      echo "posts.published=125"
    } >"$tmp"
  )
  chmod 600 "$tmp"
  mv -f "$tmp" "$PROPS"
}
write_props

# ---------------------------------------------------------------- MariaDB
mariadb_up() { mysqladmin --connect-timeout=2 ping >/dev/null 2>&1; }
record_started() { grep -qx "$1" "$STATE_DIR/started-daemons" 2>/dev/null || echo "$1" >>"$STATE_DIR/started-daemons"; }

cat >/etc/mysql/mariadb.conf.d/99-wp-it.cnf <<'EOF'
# Written by wordpress-it/up.sh: loopback only.
[mysqld]
bind-address = 127.0.0.1
skip-name-resolve
EOF
if mariadb_up; then
  say "MariaDB already running"
else
  say "starting MariaDB"
  install -d -m 0755 -o mysql -g root /run/mysqld
  if [[ ! -d /var/lib/mysql/mysql ]]; then
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql >"$LOG_DIR/mariadb-install.log" 2>&1
  fi
  setsid nohup mysqld_safe >"$LOG_DIR/mysqld_safe.log" 2>&1 </dev/null &
  for _ in $(seq 60); do mariadb_up && break; sleep 0.5; done
  mariadb_up || die "MariaDB did not start (see $LOG_DIR/mysqld_safe.log and /var/log/mysql)"
  record_started mariadb
fi

DB_PASSWORD_FILE="$WP_ETC/wpit-db-password"
if [[ $MODE == fresh ]]; then
  say "recreating databases"
  for s in $(site_names); do
    mysql -e "DROP DATABASE IF EXISTS wpit_$s; CREATE DATABASE wpit_$s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    rm -rf "${WP_CONTENT:?}/uploads/wp-it-$s"
  done
  ( umask 077; randstr 32 >"$DB_PASSWORD_FILE" )
fi
[[ -s "$DB_PASSWORD_FILE" ]] || ( umask 077; randstr 32 >"$DB_PASSWORD_FILE" )
DB_PASSWORD=$(cat "$DB_PASSWORD_FILE")
for s in $(site_names); do
  mysql -e "CREATE DATABASE IF NOT EXISTS wpit_$s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
done
# The password goes to the mysql client on stdin, never on a command line.
mysql <<EOF
CREATE USER IF NOT EXISTS 'wpit'@'localhost';
ALTER USER 'wpit'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`wpit\\_%\`.* TO 'wpit'@'localhost';
FLUSH PRIVILEGES;
EOF

# ---------------------------------------------------------------- WordPress config files
# Debian's /usr/share/wordpress/wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php
# when the web server sets WORDPRESS_CONFIG (each vhost does: SetEnv WORDPRESS_CONFIG wpit-<site>);
# the PHP CLI scripts set $_SERVER['WORDPRESS_CONFIG'] themselves.
for s in $(site_names); do
  cfg="$WP_ETC/config-wpit-$s.php"
  mu="$WP_IT_VAR/$s/mu-plugins"
  mkdir -p "$mu"
  find "$mu" -maxdepth 1 -type f -name '*.php' -delete
  plugin=${SF[$s:6]}
  if [[ "$plugin" != - ]]; then
    for p in ${plugin//+/ }; do install -m 0644 "$IT_DIR/mu-plugins/$p.php" "$mu/$p.php"; done
  fi
  if [[ $MODE == reuse && -s "$cfg" ]] && grep -q "'$INSTALL_ID'" "$cfg"; then
    continue
  fi
  url=$(site_url "$s"); url=${url%/}
  {
    echo "<?php"
    echo "// Written by wordpress-it/up.sh for the '$s' integration-test site. Do not edit."
    echo "define('WPIT_SITE', '$s');"
    echo "define('WPIT_INSTALL_ID', '$INSTALL_ID');"
    echo "define('DB_NAME', 'wpit_$s');"
    echo "define('DB_USER', 'wpit');"
    echo "define('DB_PASSWORD', trim(file_get_contents('$DB_PASSWORD_FILE')));"
    echo "define('DB_HOST', 'localhost');"
    echo "define('WP_HOME', '$url');"
    echo "define('WP_SITEURL', '$url');"
    echo "define('WP_ENVIRONMENT_TYPE', '${SF[$s:3]}');"
    for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$k', '$(randstr 64)');"
    done
    echo "define('WPMU_PLUGIN_DIR', '$mu');"
    echo "define('WPMU_PLUGIN_URL', '$url/wp-content/mu-plugins');"
    [[ "$plugin" != jwt-test-auth ]] || echo "define('JWT_AUTH_SECRET_KEY', trim(file_get_contents('$WP_ETC/wpit-jwt-secret')));"
    wp_config_quiet_tail
  } >"$cfg.tmp"
  install_wp_config "$cfg"
done
# the JWT secret and DB password files are readable by the web server only
( umask 027; printf '%s' "$JWT_SECRET" >"$WP_ETC/wpit-jwt-secret" )
chown root:www-data "$WP_ETC/wpit-jwt-secret" "$DB_PASSWORD_FILE"
chmod 0640 "$WP_ETC/wpit-jwt-secret" "$DB_PASSWORD_FILE"
echo "$INSTALL_ID" >"$MARKER"

# ---------------------------------------------------------------- TLS certificate
if [[ ! -s "$STATE_DIR/https-cert.pem" || ! -s "$STATE_DIR/https-key.pem" ]] \
   || ! openssl x509 -checkend 86400 -noout -in "$STATE_DIR/https-cert.pem" >/dev/null 2>&1; then
  say "generating a self-signed certificate for 127.0.0.1/localhost"
  ( umask 077
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -sha256 \
      -subj "/CN=127.0.0.1" \
      -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
      -addext "basicConstraints=critical,CA:TRUE" \
      -keyout "$STATE_DIR/https-key.pem" -out "$STATE_DIR/https-cert.pem" >/dev/null 2>&1 )
  chmod 644 "$STATE_DIR/https-cert.pem"
fi

# ---------------------------------------------------------------- Apache
say "writing Apache configuration"
APACHE_VAR_CERT_DIR=/etc/apache2/wp-it
# root-only but for the staging password file, which Apache's children (www-data) read per request
install -d -m 0710 -o root -g www-data "$APACHE_VAR_CERT_DIR"
install -m 0600 "$STATE_DIR/https-key.pem" "$APACHE_VAR_CERT_DIR/key.pem"
install -m 0644 "$STATE_DIR/https-cert.pem" "$APACHE_VAR_CERT_DIR/cert.pem"
mkdir -p "$WP_IT_VAR/redirect-root"
printf 'staging:%s\n' "$(printf '%s' "$STAGING_PASSWORD" | openssl passwd -apr1 -stdin)" >"$APACHE_VAR_CERT_DIR/htpasswd.tmp"
chown root:www-data "$APACHE_VAR_CERT_DIR/htpasswd.tmp"; chmod 0640 "$APACHE_VAR_CERT_DIR/htpasswd.tmp"
mv -f "$APACHE_VAR_CERT_DIR/htpasswd.tmp" "$APACHE_VAR_CERT_DIR/htpasswd"

cat >/etc/apache2/ports.conf <<'EOF'
# Rewritten by wordpress-it/up.sh: nothing listens on a public interface.
# The loopback Listen directives are in sites-available/wp-it.conf.
EOF

apache_port() { # the port of a site's Apache vhost: its own, or the backend's behind nginx
  if [[ ${SF[$1:7]} == nginx-proxy ]]; then echo $(( ${SF[$1:1]} + BACKEND_OFFSET )); else site_field "$1" 1; fi
}

vhost_common() { # vhost_common <site>
  local s=$1 rewrite
  rewrite=${SF[$s:5]}
  cat <<EOF
    ServerName 127.0.0.1
    DocumentRoot $WP_ROOT
    SetEnv WORDPRESS_CONFIG wpit-$s
    Alias /wp-content $WP_CONTENT
    ErrorLog $LOG_DIR/apache-$s-error.log
    CustomLog $LOG_DIR/apache-$s-access.log wpit_noquery
    <Directory $WP_CONTENT>
        Options FollowSymLinks
        AllowOverride None
        Require all granted
    </Directory>
    <Directory $WP_ROOT>
        Options FollowSymLinks
        AllowOverride None
        Require all granted
        DirectoryIndex index.php
EOF
  case "$rewrite" in
    wp) apache_wordpress_rules ;;
    fallback) cat <<'EOF'
        # Pretty permalinks without mod_rewrite and without copying the Authorization header
        FallbackResource /index.php
EOF
    ;;
    none) echo "        # no rewriting at all: /wp-json/ is the web server's 404" ;;
    lost) echo "        # no rewriting at all although WordPress has pretty permalinks: the /wp-json/ it advertises is the web server's 404" ;;
  esac
  echo "    </Directory>"
  if [[ ${SF[$s:7]} == apache-htpasswd ]]; then
    cat <<EOF
    # A staging password in front of the whole site, WordPress's REST API included
    <Location />
        AuthType Basic
        AuthName "Staging site"
        AuthUserFile $APACHE_VAR_CERT_DIR/htpasswd
        Require valid-user
    </Location>
EOF
  fi
  if [[ ${SF[$s:7]} == apache-deflate ]]; then
    cat <<'EOF'
    # JSON compressed for clients that ask for it (Accept-Encoding: gzip), as most hosts and CDNs
    # serve it; Debian's deflate.conf, on for every site, compresses HTML and text only.
    AddOutputFilterByType DEFLATE application/json
EOF
  fi
  if [[ ${SF[$s:4]} == fpm ]]; then
    apache_fpm_handler
  fi
}

{
  echo "# Written by wordpress-it/up.sh. Do not edit: re-run up.sh instead."
  echo "ServerName 127.0.0.1"
  echo "# Access logs without query strings: a nonce or password in a URL must not reach a log."
  echo 'LogFormat "%h %l %u %t \"%m %U %H\" %>s %O \"%{User-Agent}i\"" wpit_noquery'
  for s in $(site_names); do
    [[ ${SF[$s:7]} == nginx ]] || echo "Listen 127.0.0.1:$(apache_port "$s")"
  done
  for r in $(redirect_names); do echo "Listen 127.0.0.1:$(redirect_field "$r" 1)"; done
  for s in $(site_names); do
    [[ ${SF[$s:7]} != nginx ]] || continue
    echo
    echo "# site '$s': $(site_url "$s"), WP_ENVIRONMENT_TYPE=${SF[$s:3]}, PHP via ${SF[$s:4]}, rewrite: ${SF[$s:5]}"
    [[ ${SF[$s:7]} != nginx-proxy ]] || echo "# (the backend behind the nginx reverse proxy on port ${SF[$s:1]})"
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
    cat <<EOF

# site '$r': every request gets a 301 to the same path on $(redirect_field "$r" 2)
<VirtualHost 127.0.0.1:$(redirect_field "$r" 1)>
    ServerName 127.0.0.1
    DocumentRoot $WP_IT_VAR/redirect-root
    ErrorLog $LOG_DIR/apache-$r-error.log
    CustomLog $LOG_DIR/apache-$r-access.log wpit_noquery
    Redirect 301 / $(redirect_field "$r" 2)/
</VirtualHost>
EOF
  done
} >"$APACHE_SITE"
# WordPress 6.8 beside 6.1: fetch, databases, configs, vhosts, installs (v68_finish: nginx, checks)
source "$IT_DIR/sites/v68.sh" && v68_up

# a2enmod and friends are slow Perl scripts: only call them when something is to change.
APACHE_MODS=(mpm_prefork "php$PHP_VER" rewrite ssl proxy proxy_fcgi setenvif alias dir env headers filter deflate)
mods_missing=()
for m in "${APACHE_MODS[@]}"; do [[ -e /etc/apache2/mods-enabled/$m.load ]] || mods_missing+=("$m"); done
if [[ -e /etc/apache2/mods-enabled/mpm_event.load || -e /etc/apache2/mods-enabled/mpm_worker.load ]]; then
  a2dismod -q mpm_event mpm_worker >/dev/null 2>&1 || true
fi
((${#mods_missing[@]} == 0)) || a2enmod -q "${mods_missing[@]}" >/dev/null
if [[ -e /etc/apache2/sites-enabled/000-default.conf || -e /etc/apache2/sites-enabled/default-ssl.conf ]]; then
  a2dissite -q 000-default default-ssl >/dev/null 2>&1 || true
fi
[[ -e /etc/apache2/sites-enabled/wp-it.conf ]] || a2ensite -q wp-it >/dev/null
# A site script's vhost file (sites/*.sh) left by an earlier checkout may name log directories
# that are gone, and would fail this configuration test: disable it. The scripts rewrite and
# re-enable their own files when they run.
for f in /etc/apache2/sites-enabled/wp-it-*.conf; do
  [[ -e $f ]] || continue
  for dir in $(grep -oE '(ErrorLog|CustomLog) +"?/[^ "]+' "$f" | awk '{print $2}' | tr -d '"' | xargs -r -n1 dirname | sort -u); do
    [[ -d $dir ]] || { a2dissite -q "$(basename "$f" .conf)" >/dev/null; break; }
  done
done
apache2ctl configtest >"$LOG_DIR/apache-configtest.log" 2>&1 || { cat "$LOG_DIR/apache-configtest.log" >&2; die "Apache configuration test failed"; }

# ---------------------------------------------------------------- php-fpm
fpm_up() { [[ -s "$FPM_PID" ]] && kill -0 "$(cat "$FPM_PID")" 2>/dev/null; }
install -d -m 0755 /run/php
if fpm_up; then
  say "php-fpm already running"
else
  say "starting php-fpm"
  "$FPM_BIN" --fpm-config "$FPM_CONF" --pid "$FPM_PID"
  for _ in $(seq 40); do [[ -S "$FPM_SOCK" ]] && break; sleep 0.25; done
  [[ -S "$FPM_SOCK" ]] || die "php-fpm did not start"
  record_started php-fpm
fi

# ---------------------------------------------------------------- WordPress sites
export WPIT_PROPS="$PROPS"
# Each site has its own database and log: three installs at a time.
install_site() { # install_site <site>: prints the site's name when its install failed
  php -d display_errors=stderr -d error_reporting=E_ALL\&~E_DEPRECATED "$IT_DIR/php/install-site.php" "$1" \
    >>"$LOG_DIR/install-$1.log" 2>&1 || echo "$1"
}
export -f install_site
export IT_DIR LOG_DIR
say "sites: $(site_names | tr '\n' ' ')"
failed_sites=$(site_names | xargs -P 3 -I{} bash -c 'install_site "$@"' _ {})
for s in $failed_sites; do tail -20 "$LOG_DIR/install-$s.log" >&2; done
[[ -z "$failed_sites" ]] || die "installing site(s) $(echo $failed_sites) failed"

# ---------------------------------------------------------------- Apache start / reload
apache_pid() { local pidf=/var/run/apache2/apache2.pid; [[ -s $pidf ]] && kill -0 "$(cat $pidf)" 2>/dev/null && cat $pidf; }
if apache_pid >/dev/null; then
  say "reloading Apache"
  apache2ctl graceful
else
  say "starting Apache"
  install -d -m 0755 /var/run/apache2 /var/lock/apache2 /var/log/apache2
  apache2ctl start
  record_started apache2
fi
for _ in $(seq 40); do
  curl -s -o /dev/null --max-time 2 http://127.0.0.1:8081/ && break; sleep 0.25
done

# ---------------------------------------------------------------- nginx
# nginx runs from a configuration file of its own (not /etc/nginx/nginx.conf, whose default site
# listens on every interface): the php-fpm site, and the reverse proxy that drops Authorization.
nginx_server() { # nginx_server <site>
  local s=$1 port
  port=${SF[$s:1]}
  echo
  echo "    # site '$s': $(site_url "$s")"
  echo "    server {"
  echo "        listen 127.0.0.1:$port;"
  echo "        server_name 127.0.0.1;"
  echo "        access_log $LOG_DIR/nginx-$s-access.log wpit_noquery;"
  echo "        error_log $LOG_DIR/nginx-$s-error.log;"
  if [[ ${SF[$s:7]} == nginx ]]; then
    # Debian's fastcgi_params sets HTTP_HOST to $host, which has no port: on a port other than
    # 80/443 WordPress then redirects every page to itself (canonical URL).
    nginx_wordpress_php "$WP_ROOT" "$WP_CONTENT" "wpit-$s" '$host:$server_port'
  else
    nginx_proxy_location "127.0.0.1:$(apache_port "$s")" '            # The misconfiguration this site reproduces: the proxy drops the credentials.
            proxy_set_header Authorization "";'
  fi
  echo "    }"
}
{
  echo "# Written by wordpress-it/up.sh. Do not edit: re-run up.sh instead."
  echo "user www-data;"
  echo "worker_processes 1;"
  echo "pid $NGINX_PID;"
  echo "error_log $LOG_DIR/nginx-error.log;"
  echo "events { worker_connections 256; }"
  echo "http {"
  echo "    include /etc/nginx/mime.types;"
  echo "    default_type application/octet-stream;"
  echo "    client_body_temp_path $NGINX_TMP/body;"
  echo "    fastcgi_temp_path $NGINX_TMP/fastcgi;"
  echo "    proxy_temp_path $NGINX_TMP/proxy;"
  echo "    # Access logs without query strings: a nonce or password in a URL must not reach a log."
  echo "    log_format wpit_noquery '\$remote_addr [\$time_local] \"\$request_method \$uri \$server_protocol\" \$status \$body_bytes_sent \"\$http_user_agent\"';"
  for s in $(site_names); do
    if [[ ${SF[$s:7]} == nginx* ]]; then nginx_server "$s"; fi
  done
  echo "}"
} >"$NGINX_CONF.tmp"
mv -f "$NGINX_CONF.tmp" "$NGINX_CONF"
install -d -m 0755 -o www-data "$NGINX_TMP"
nginx -t -q -c "$NGINX_CONF" >"$LOG_DIR/nginx-configtest.log" 2>&1 || { cat "$LOG_DIR/nginx-configtest.log" >&2; die "nginx configuration test failed"; }
if [[ -s $NGINX_PID ]] && kill -0 "$(cat "$NGINX_PID")" 2>/dev/null; then
  say "reloading nginx"
  nginx -c "$NGINX_CONF" -s reload 2>>"$LOG_DIR/nginx-signal.log"
else
  say "starting nginx"
  nginx -c "$NGINX_CONF"
  record_started nginx
fi

# ---------------------------------------------------------------- more sites, each from a script of its own
source "$IT_DIR/sites/combi.sh"
source "$IT_DIR/sites/tls.sh" # HTTPS sites whose certificates TLS refuses, one reason each

# ---------------------------------------------------------------- quick self-check
fail=0
for s in $(site_names); do
  url=$(site_url "$s")
  [[ ${SF[$s:5]} == none || ${SF[$s:5]} == lost ]] && idx="${url}?rest_route=/" || idx="${url}wp-json/"
  # the site with the plugin that blocks anonymous REST refuses its index too
  # (and the site behind a staging password answers Apache's own 401)
  [[ ${SF[$s:6]} == block-anonymous-rest || ${SF[$s:7]} == apache-htpasswd ]] && want=401 || want=200
  code=000
  for _ in $(seq 20); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 --cacert "$STATE_DIR/https-cert.pem" "$idx" || true)
    [[ "$code" == 000 ]] || break; sleep 0.25
  done
  if [[ "$code" != "$want" ]]; then say "site $s: REST index answered $code"; fail=1; fi
done
for r in $(redirect_names); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(redirect_url "$r")wp-json/" || true)
  [[ "$code" == 301 ]] || { say "site $r answered $code"; fail=1; }
done
v68_finish || fail=1
((fail == 0)) || die "some sites do not answer as expected (logs in wordpress-it/.state/logs)"

say "WordPress $WP_VERSION up in $(( $(date +%s) - START_TS ))s; properties: wordpress-it/.state/wp-it.properties"
