#!/usr/bin/env bash
# Builds this consumer against the installed wp-rest artifacts (mvn install of wp-rest first) and
# runs it against a real WordPress: with the right Application Password it must sign in and list
# posts; with a wrong one it must exit 1 with a diagnosis. Each on the class path and on the module
# path (where module-info.java requires only the client and the diagnostics).
# Usage: WP_BASE_URL=... WP_USER=... WP_APP_PASSWORD=... run.sh [extra mvn arguments]
set -euo pipefail
cd "$(dirname "$0")"
: "${WP_BASE_URL:?}" "${WP_USER:?}" "${WP_APP_PASSWORD:?}"

mvn -B -q "$@" clean package
deps=$(cat target/runtime-path.txt)
jar=target/wp-rest-consumer-1.0.0.jar
declare -A launch=(
  [class-path]="java -cp $jar:$deps com.example.consumer.FirstProgram"
  [module-path]="java -p $jar:$deps -m com.example.consumer/com.example.consumer.FirstProgram"
)

passed=0 failed=0
for mode in "${!launch[@]}"; do
  # shellcheck disable=SC2086 # the launch line is split on purpose
  # No SLF4J notice either: the consumer ships a binding (slf4j-simple), as the README advises.
  if out=$(${launch[$mode]} 2>&1) && grep -q "^Signed in as " <<<"$out" \
    && ! grep -q "SLF4J" <<<"$out"; then
    echo "ok   $mode: signed in and listed posts"; passed=$((passed + 1))
  else
    echo "FAIL $mode: expected to sign in"; echo "$out"; failed=$((failed + 1))
  fi
  set +e
  out=$(WP_APP_PASSWORD="wrong wrong wrong wrong wrong wrong" ${launch[$mode]} 2>&1)
  status=$?
  set -e
  if [ "$status" = 1 ] && grep -q "WPD-401-" <<<"$out"; then
    echo "ok   $mode: a wrong password is explained ($(grep -o 'WPD-401-[A-Z-]*' <<<"$out" | head -1))"
    passed=$((passed + 1))
  else
    echo "FAIL $mode: expected exit 1 and a WPD-401 diagnosis, got $status"; echo "$out"
    failed=$((failed + 1))
  fi
done
echo "consumer: $passed passed, $failed failed"
[ "$failed" = 0 ]
