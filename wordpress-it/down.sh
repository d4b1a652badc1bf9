#!/usr/bin/env bash
# Stops the daemons that up.sh started (listed in .state/started-daemons). Daemons that
# were already running before up.sh are left alone. Keeps databases and state: the next
# up.sh reuses them.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
[[ $EUID -eq 0 ]] || die "run as root"

LIST="$STATE_DIR/started-daemons"
if [[ ! -s "$LIST" ]]; then
  say "nothing to stop (no daemons recorded as started by up.sh)"
  exit 0
fi

wait_gone() { # wait_gone <pid> <name>
  for _ in $(seq 80); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.25; done
  say "$2 (pid $1) still running"
}

while read -r d; do
  case "$d" in
    apache2)
      pidf=/var/run/apache2/apache2.pid
      if [[ -s $pidf ]] && kill -0 "$(cat $pidf)" 2>/dev/null; then
        pid=$(cat $pidf); say "stopping Apache"; apache2ctl stop; wait_gone "$pid" Apache
      fi ;;
    nginx)
      if [[ -s $NGINX_PID ]] && kill -0 "$(cat "$NGINX_PID")" 2>/dev/null; then
        pid=$(cat "$NGINX_PID"); say "stopping nginx"; nginx -c "$NGINX_CONF" -s quit; wait_gone "$pid" nginx
      fi ;;
    nginx-combi)
      pidf=/run/nginx-wp-it-combi.pid
      if [[ -s $pidf ]] && kill -0 "$(cat $pidf)" 2>/dev/null; then
        pid=$(cat $pidf); say "stopping the combinatorial nginx"; nginx -c /etc/nginx/wp-it-combi.conf -s quit; wait_gone "$pid" nginx
      fi ;;
    nginx-v68) # the WordPress 6.8 sites' nginx (sites/v68.sh)
      pidf=/run/nginx-wp-it-v68.pid
      if [[ -s $pidf ]] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
        pid=$(cat "$pidf"); say "stopping nginx (6.8 sites)"; nginx -c /etc/nginx/wp-it-v68.conf -s quit; wait_gone "$pid" nginx
      fi ;;
    nginx-tls) # the TLS test sites' nginx (sites/tls.sh)
      pidf=/run/nginx-wp-it-tls.pid
      if [[ -s $pidf ]] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
        pid=$(cat "$pidf"); say "stopping nginx (TLS test sites)"; nginx -c /etc/nginx/wp-it-tls.conf -s quit; wait_gone "$pid" nginx
      fi ;;
    php-fpm)
      for pidf in /run/php/php*-fpm.pid; do
        [[ -s $pidf ]] && kill -0 "$(cat "$pidf")" 2>/dev/null || continue
        pid=$(cat "$pidf"); say "stopping php-fpm"; kill -QUIT "$pid"; wait_gone "$pid" php-fpm
      done ;;
    mariadb)
      if mysqladmin --connect-timeout=2 ping >/dev/null 2>&1; then
        say "stopping MariaDB"; mysqladmin shutdown
      fi ;;
  esac
done < <(tac "$LIST")
rm -f "$LIST"
say "stopped"
