#!/usr/bin/env bash
# Times the whole local pipeline for a six-shot creation: plan, six frames, six clips,
# soundtrack and voiceover. Prints the seconds of each step and of the whole.
# Usage: adapters-ai/bench/local-pipeline.sh [folder to keep the generated files in]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

mvn -B -q -o -pl adapters-ai -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
classpath="adapters-ai/target/test-classes:adapters-ai/target/classes"
classpath="$classpath:$(cat adapters-ai/target/bench.classpath)"

"$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp "$classpath" \
    live.mymovie.adapters.ai.local.LocalPipelineBenchmark "$@"
