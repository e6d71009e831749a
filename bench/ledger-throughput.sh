#!/usr/bin/env bash
# Charge-and-enqueue throughput next to PostgreSQL's plain single-row update rate, in one
# run against the PostgreSQL on 127.0.0.1:5432 (a database of its own, dropped afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
"$JAVA_HOME/bin/java" -cp "$(test_classpath)" \
    live.mymovie.bootstrap.bench.LedgerThroughputBenchmark
