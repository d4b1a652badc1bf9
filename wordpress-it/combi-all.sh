#!/usr/bin/env bash
# Runs the doctor on every combination of the combinatorial harness (wordpress-it/sites/combi.sh)
# and prints the derived-vs-actual summary for the tuning and the held-out half; the per-combination
# rows are in wp-rest-diagnostics/target/combi/combi-report.tsv. CI runs a fixed sample of them
# instead (CombinatorialDoctorIT without -Dcombi.all). Needs the harness up (wordpress-it/up.sh).
#   COMBI_THREADS=4 bash wordpress-it/combi-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
status=0
mvn -B -q verify -DskipITs=false -Dspotless.check.skip=true -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl wp-rest-diagnostics -am \
  -Dit.test=CombinatorialDoctorIT -Dcombi.all=true -Dcombi.threads="${COMBI_THREADS:-4}" \
  >/dev/null 2>&1 || status=$?
summary=wp-rest-diagnostics/target/combi/combi-summary.md
[[ -s $summary ]] || { echo "no summary written: see wp-rest-diagnostics/target/failsafe-reports" >&2; exit 1; }
cat "$summary"
echo
echo "Rows: wp-rest-diagnostics/target/combi/combi-report.tsv; whole run $(( $(date +%s) - start )) s."
((status == 0)) || echo "The run failed its hard checks (false CONFIRMED, invariants, secrets): see wp-rest-diagnostics/target/failsafe-reports" >&2
exit "$status"
