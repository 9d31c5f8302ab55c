#!/usr/bin/env bash
# Runs the JMH benchmarks of agora-domain (test sources, package fr.agora.bench) on one core.
# Usage: scripts/bench-domain.sh [JMH regex] [extra JMH options...]
#   e.g. scripts/bench-domain.sh 'Invoice' -f 1 -wi 3 -i 5
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl agora-domain test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=agora-domain/target/test-classes:agora-domain/target/classes:$(cat agora-domain/target/bench.classpath)
regex=${1:-.}
shift || true
# taskset pins the forked benchmark JVMs to one core, as the figures are stated "on one core".
exec taskset -c 1 java -cp "$cp" org.openjdk.jmh.Main "$regex" "$@"
