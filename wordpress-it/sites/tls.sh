# HTTPS sites whose certificates TLS must refuse, each for one reason: the client and the doctor
# are tested on naming that reason (expired, issued for another host, signed by an unknown CA).
# Sourced by up.sh after its daemons are up, never run alone.
# shellcheck shell=bash
#
# A test CA of its own signs the certificates; the tests pass its certificate (tls.ca.cert) as
# the one to trust, so that each refusal is for the one reason the site was built with:
#   8445 expired:    for 127.0.0.1, valid 2024-01-01 to 2024-02-01 (made with `openssl ca
#                    -startdate/-enddate`: OpenSSL 3.0's x509 cannot date a certificate in the past)
#   8446 wronghost:  valid, but for wrong-host.example.test only
#   8447 untrusted:  for 127.0.0.1, signed by a second CA that no test trusts
#   8448 control:    for 127.0.0.1, valid: TLS accepts it when the test CA is trusted
#   8449 h2front:    not a refusal: an HTTP/2 front (nginx) for the https WordPress site on 8443
# One nginx of its own (configuration and pid apart from the other nginx servers) serves them; a
# connection that passes TLS gets a fixed 404 text: nothing behind these sites is WordPress.

TLS_DIR="$(cd "$STATE_DIR" && pwd -P)/tls" # the real directory: other checkouts read these paths
TLS_PROPS="$STATE_DIR/wp-it-tls.properties"
TLS_NGINX_CONF=/etc/nginx/wp-it-tls.conf
TLS_NGINX_PID=/run/nginx-wp-it-tls.pid
# name|port|certificate's hosts (subjectAltName)|signing CA|validity (days, or start:end)
TLS_SITES=(
  "expired|8445|IP:127.0.0.1,DNS:localhost|ca|20240101000000Z:20240201000000Z"
  "wronghost|8446|DNS:wrong-host.example.test|ca|3650"
  "untrusted|8447|IP:127.0.0.1,DNS:localhost|other-ca|3650"
  "control|8448|IP:127.0.0.1,DNS:localhost|ca|3650"
)

tls_ca() { # tls_ca <name> <common name>: a self-signed CA, made once
  [[ -s "$TLS_DIR/$1.pem" ]] && return 0
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 -sha256 \
    -subj "/CN=$2" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$TLS_DIR/$1-key.pem" -out "$TLS_DIR/$1.pem" >/dev/null 2>&1
}

tls_site_cert() { # tls_site_cert <name> <hosts> <ca> <validity>: key, certificate and chain, made once
  local name=$1 hosts=$2 ca=$3 validity=$4 db="$TLS_DIR/$1-ca-db"
  [[ -s "$TLS_DIR/$name-chain.pem" ]] && return 0
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 \
    -subj "/CN=${hosts%%,*}" -keyout "$TLS_DIR/$name-key.pem" -out "$TLS_DIR/$name.csr" >/dev/null 2>&1
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$hosts" \
    >"$TLS_DIR/$name.ext"
  if [[ $validity == *:* ]]; then
    # `openssl ca` takes any start and end date; it needs a small database of its own
    rm -rf "$db"; mkdir -p "$db/new"; : >"$db/index.txt"; echo 1000 >"$db/serial"
    cat >"$db/ca.cnf" <<CNF
[ca]
default_ca = site
[site]
database = $db/index.txt
new_certs_dir = $db/new
serial = $db/serial
default_md = sha256
policy = anything
unique_subject = no
[anything]
commonName = supplied
CNF
    openssl ca -batch -notext -config "$db/ca.cnf" -cert "$TLS_DIR/$ca.pem" -keyfile "$TLS_DIR/$ca-key.pem" \
      -startdate "${validity%%:*}" -enddate "${validity##*:}" -extfile "$TLS_DIR/$name.ext" \
      -in "$TLS_DIR/$name.csr" -out "$TLS_DIR/$name.pem" >"$LOG_DIR/tls-$name-ca.log" 2>&1
  else
    openssl x509 -req -sha256 -days "$validity" -CA "$TLS_DIR/$ca.pem" -CAkey "$TLS_DIR/$ca-key.pem" \
      -CAcreateserial -extfile "$TLS_DIR/$name.ext" -in "$TLS_DIR/$name.csr" -out "$TLS_DIR/$name.pem" \
      >/dev/null 2>&1
  fi
  cat "$TLS_DIR/$name.pem" "$TLS_DIR/$ca.pem" >"$TLS_DIR/$name-chain.pem"
}

tls_up() {
  local row name port hosts ca validity fail=0 code
  install -d -m 0700 "$TLS_DIR"
  tls_ca ca "wp-it TLS test CA" || die "making the TLS test CA failed"
  tls_ca other-ca "wp-it untrusted CA" || die "making the second TLS test CA failed"
  {
    echo "# Written by wordpress-it/up.sh (sites/tls.sh). Do not edit: re-run up.sh instead."
    echo "user www-data;"
    echo "worker_processes 1;"
    echo "pid $TLS_NGINX_PID;"
    echo "error_log $LOG_DIR/nginx-tls-error.log;"
    echo "events { worker_connections 64; }"
    echo "http {"
    echo "    client_body_temp_path $NGINX_TMP/tls-body;"
    echo "    proxy_temp_path $NGINX_TMP/tls-proxy;"
    echo "    access_log off;"
  } >"$TLS_NGINX_CONF.tmp"
  for row in "${TLS_SITES[@]}"; do
    IFS='|' read -r name port hosts ca validity <<<"$row"
    tls_site_cert "$name" "$hosts" "$ca" "$validity" || die "making the certificate of TLS site $name failed"
    cat >>"$TLS_NGINX_CONF.tmp" <<CONF
    server {
        listen 127.0.0.1:$port ssl;
        ssl_certificate $TLS_DIR/$name-chain.pem;
        ssl_certificate_key $TLS_DIR/$name-key.pem;
        location / { return 404 "TLS test site '$name': nothing here\n"; }
    }
CONF
  done
  # 8449: an HTTP/2 front for the https WordPress site (8443), which speaks only HTTP/1.1 (Apache
  # with mod_php runs prefork, where mod_http2 does not). WordPress's Link headers name 8443, so
  # the front drops them (a walk pages by number); its log names each request's connection, so a
  # test can count the connections a walk used.
  cat >>"$TLS_NGINX_CONF.tmp" <<CONF
    log_format h2front '\$connection \$server_protocol "\$request" \$status "\$http_user_agent"';
    server {
        listen 127.0.0.1:8449 ssl http2;
        ssl_certificate $(cd "$STATE_DIR" && pwd -P)/https-cert.pem;
        ssl_certificate_key $(cd "$STATE_DIR" && pwd -P)/https-key.pem;
        access_log $LOG_DIR/nginx-h2front-access.log h2front;
        location / {
            proxy_pass https://127.0.0.1:8443;
            proxy_set_header Host 127.0.0.1:8443;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_hide_header Link;
        }
    }
CONF
  echo "}" >>"$TLS_NGINX_CONF.tmp"
  mv -f "$TLS_NGINX_CONF.tmp" "$TLS_NGINX_CONF"
  {
    echo "# Written by wordpress-it/up.sh (sites/tls.sh): HTTPS sites whose certificate TLS refuses"
    echo "tls.ca.cert=$TLS_DIR/ca.pem"
    for row in "${TLS_SITES[@]}"; do
      IFS='|' read -r name port _ _ _ <<<"$row"
      echo "tls.$name.url=https://127.0.0.1:$port/"
    done
    echo "h2front.url=https://127.0.0.1:8449/wp-json/"
    echo "h2front.log=$LOG_DIR/nginx-h2front-access.log"
    echo "tls.expired.not_after=$(date -u -d "$(openssl x509 -noout -enddate -in "$TLS_DIR/expired.pem" | cut -d= -f2)" +%Y-%m-%dT%H:%M:%SZ)"
  } >"$TLS_PROPS.tmp"
  mv -f "$TLS_PROPS.tmp" "$TLS_PROPS"
  install -d -m 0755 -o www-data "$NGINX_TMP"
  nginx -t -q -c "$TLS_NGINX_CONF" >"$LOG_DIR/nginx-tls-configtest.log" 2>&1 || { cat "$LOG_DIR/nginx-tls-configtest.log" >&2; die "nginx (TLS sites) configuration test failed"; }
  if [[ -s $TLS_NGINX_PID ]] && kill -0 "$(cat "$TLS_NGINX_PID")" 2>/dev/null; then
    nginx -c "$TLS_NGINX_CONF" -s reload 2>>"$LOG_DIR/nginx-signal.log"
  else
    # without the descriptors this shell holds open (the lock of `flock ... up.sh`)
    ( for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; ((fd > 2)) && eval "exec $fd>&-"; done 2>/dev/null
      exec nginx -c "$TLS_NGINX_CONF" )
    record_started nginx-tls
  fi
  # self-check: curl, trusting the test CA, accepts the control site and refuses the others
  for _ in $(seq 20); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 --cacert "$TLS_DIR/ca.pem" https://127.0.0.1:8448/ || true)
    [[ $code == 000 ]] || break; sleep 0.25
  done
  [[ $code == 404 ]] || { say "TLS site control answered $code"; fail=1; }
  for port in 8445 8446 8447; do
    curl -s -o /dev/null --max-time 5 --cacert "$TLS_DIR/ca.pem" "https://127.0.0.1:$port/" \
      && { say "TLS site on $port was accepted"; fail=1; }
  done
  ((fail == 0)) || die "the TLS test sites do not behave as built (logs in wordpress-it/.state/logs)"
  # A reload (an earlier install's nginx, with another https certificate) takes a moment to reach
  # new connections: until then the old certificate fails the check.
  for _ in $(seq 40); do
    code=$(curl -s -o /dev/null -w '%{http_version} %{http_code}' --max-time 10 --http2 \
      --cacert "$STATE_DIR/https-cert.pem" https://127.0.0.1:8449/wp-json/ || true)
    [[ $code == "2 200" ]] && break; sleep 0.25
  done
  [[ $code == "2 200" ]] || die "the HTTP/2 front on 8449 answered '$code', not HTTP/2 200"
  say "TLS test sites up on 8445-8448 (expired, wrong host, unknown CA, control), HTTP/2 front on 8449"
}
tls_up
