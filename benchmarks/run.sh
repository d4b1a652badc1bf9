#!/usr/bin/env bash
# Runs the JMH benchmarks with the GC profiler and prints the ratio table: every benchmark at 1
# thread, the loopback ones (Resources, Diagnostics) also at 8; NetworkBenchmark's 200 concurrent
# calls are their own concurrency. Then the bytes on the wire and the threads the network
# benchmarks printed. About 10 minutes on 2 cores.
# Usage: benchmarks/run.sh [extra JMH options, e.g. a benchmark regex]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl benchmarks -am package
out=benchmarks/target
java -jar "$out/benchmarks.jar" -t 1 -prof gc -rf json -rff "$out/jmh-t1.json" "$@" | tee "$out/jmh-t1.log"
java -jar "$out/benchmarks.jar" -t 8 -e NetworkBenchmark -prof gc -rf json -rff "$out/jmh-t8.json" "$@" | tee "$out/jmh-t8.log"
java -cp "$out/benchmarks.jar" dev.wprest.benchmarks.RatioReport "$out/jmh-t1.json" "$out/jmh-t8.json"
grep -h '^wire:\|^threads:' "$out/jmh-t1.log" || true
