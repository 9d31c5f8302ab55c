#!/usr/bin/env bash
# Runs the JMH benchmarks of the PFMP grid figures (issue #14), agora-adapters-rest test sources, fr.agora.bench.grid:
# the 35-student booklet as PDF and the coverage heatmaps as SVG, each with the JSON of the same data as a same-run
# baseline. Pinned to one core like scripts/bench-domain.sh.
# Usage: scripts/bench-grid.sh [JMH regex] [extra JMH options...]   e.g. scripts/bench-grid.sh Heatmap -i 10
set -euo pipefail
cd "$(dirname "$0")/.."
regex="fr\\.agora\\.bench\\.grid\\..*${1:-}"
shift || true
m=agora-adapters-rest
./mvnw -B -q -pl $m -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$m/target/test-classes:$m/target/classes:$(cat $m/target/bench.classpath)
echo "== grid: $(date -u +%FT%TZ); uptime:$(uptime)"
taskset -c 1 java -cp "$cp" org.openjdk.jmh.Main "$regex" "$@"
