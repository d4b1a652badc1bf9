#!/usr/bin/env bash
# Runs the JMH benchmarks at 1 and 8 threads with the GC profiler and prints the ratio table.
# Usage: benchmarks/run.sh [extra JMH options, e.g. a benchmark regex]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl benchmarks -am package
out=benchmarks/target
for t in 1 8; do
  java -jar "$out/benchmarks.jar" -t "$t" -prof gc -rf json -rff "$out/jmh-t$t.json" "$@"
done
java -cp "$out/benchmarks.jar" dev.wprest.benchmarks.RatioReport "$out/jmh-t1.json" "$out/jmh-t8.json"
