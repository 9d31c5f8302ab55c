#!/usr/bin/env bash
# Same-run A/B ratio of the paie benchmark between a baseline tree and this tree (PayslipAbProbe): both builds in one
# JVM, measured in alternating slices. Usage: scripts/bench-paie-ab.sh <baseline tree> [rounds]
#   e.g. git archive <commit> | tar -x -C /tmp/paie-base && scripts/bench-paie-ab.sh /tmp/paie-base 30
# The baseline tree is built here (test-compile); it must contain fr.agora.bench.paie.PayslipBenchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
base=$(cd "$1" && pwd)
(cd "$base" && ./mvnw -B -q -pl agora-domain test-compile)
./mvnw -B -q -pl agora-domain test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec taskset -c 1 java -cp agora-domain/target/test-classes fr.agora.bench.paie.PayslipAbProbe \
  "$base" "$(pwd)" agora-domain/target/bench.classpath "${2:-30}"
