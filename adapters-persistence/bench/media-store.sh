#!/bin/sh
# Measures store+read throughput of the plain and the encrypted media store in one run and
# prints both figures and their ratio. Arguments: total MB (default 200), rounds (default 3).
set -eu
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
classpath_file="$(pwd)/adapters-persistence/target/bench.classpath"
mvn -B -q -o -pl adapters-persistence -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
classpath="adapters-persistence/target/test-classes:adapters-persistence/target/classes"
classpath="$classpath:$(cat "$classpath_file")"
exec "$JAVA_HOME/bin/java" -cp "$classpath" \
    live.mymovie.adapters.persistence.MediaStoreBenchmark "${1:-200}" "${2:-3}"
