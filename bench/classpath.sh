#!/usr/bin/env bash
# Shared by the benchmark scripts: a JDK 21+, a built tree and bootstrap's test class path.
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME

test_classpath() {
    mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench-classpath.txt >&2
    echo "bootstrap/target/test-classes:bootstrap/target/classes:$(cat \
        bootstrap/target/bench-classpath.txt)"
}
