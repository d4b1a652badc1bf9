#!/usr/bin/env bash
# Runs the JMH benchmarks with the GC profiler and prints the ratio table: every benchmark at 1
# thread, the loopback ones (Resources, Diagnostics) also at 8; NetworkBenchmark's 200 concurrent
# calls are their own concurrency. Then the bytes on the wire and the threads the network
# benchmarks printed. About 10 minutes on 2 cores.
#
# Timings are only worth reading on a quiet machine: the run records the load average before and
# after, and refuses to start when the 1-minute load is above the number of cores (other builds,
# another benchmark). BENCH_ALLOW_BUSY=1 runs anyway, and every table it prints then says
# "UNDER LOAD" (the allocation and byte figures stay meaningful; the times do not).
# Usage: benchmarks/run.sh [extra JMH options, e.g. a benchmark regex]
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target
cores=$(nproc)
load() { cut -d' ' -f1-3 /proc/loadavg; }
busy() { awk -v c="$cores" '{ exit !($1 > c) }' /proc/loadavg; }
before=$(load)
echo "load average before: $before ($cores cores)"
under_load=""
if busy; then
  if [[ ${BENCH_ALLOW_BUSY:-} != 1 ]]; then
    echo "refusing to run: the 1-minute load average (of $before) is above $cores cores, so the" >&2
    echo "times would measure the other work. Wait for a quiet machine, or set BENCH_ALLOW_BUSY=1" >&2
    echo "to record figures marked UNDER LOAD." >&2
    exit 3
  fi
  under_load="UNDER LOAD (load average $before on $cores cores): the times are not comparable"
  echo "!!!!! $under_load !!!!!" >&2
fi
mvn -B -q -DskipTests -pl benchmarks -am package
java -jar "$out/benchmarks.jar" -t 1 -prof gc -rf json -rff "$out/jmh-t1.json" "$@" | tee "$out/jmh-t1.log"
java -jar "$out/benchmarks.jar" -t 8 -e NetworkBenchmark -e TlsPagingBenchmark -prof gc -rf json -rff "$out/jmh-t8.json" "$@" | tee "$out/jmh-t8.log"
after=$(load)
busy && under_load="${under_load:-UNDER LOAD (load average $after on $cores cores at the end): the times are not comparable}"
{
  echo "load average before: $before, after: $after ($cores cores)"
  [[ -z $under_load ]] || echo "**$under_load**"
  java -cp "$out/benchmarks.jar" dev.wprest.benchmarks.RatioReport "$out/jmh-t1.json" "$out/jmh-t8.json"
  grep -h '^wire:\|^threads:' "$out/jmh-t1.log" || true
} | tee "$out/report.md"
[[ -z $under_load ]] || echo "!!!!! $under_load !!!!!" >&2
