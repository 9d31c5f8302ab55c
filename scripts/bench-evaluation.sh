#!/usr/bin/env bash
# Runs the JMH benchmarks of the evaluation figures (issue #3):
#   domain      — agora-domain test sources, fr.agora.bench.evaluation: the in-memory share of cohort coverage
#                 (pinned to one core, like scripts/bench-domain.sh);
#   persistence — agora-adapters-persistence test sources, fr.agora.bench.evaluation: cohort coverage p99 on H2 and on
#                 embedded PostgreSQL (schools of 100 and 10 000 students) and bulk append vs a raw JDBC batch.
#                 Not pinned: the embedded PostgreSQL server is a child process and would share the JVM's core.
# Usage: scripts/bench-evaluation.sh [domain|persistence|all] [JMH regex] [extra JMH options...]
#   e.g. scripts/bench-evaluation.sh persistence CohortCoverageDb -p database=POSTGRESQL
#        scripts/bench-evaluation.sh all            (warm-up, iterations and forks: see each class's annotations)
set -euo pipefail
cd "$(dirname "$0")/.."
part=${1:-all}
shift || true
# only the evaluation benchmarks of each module: the regex narrows within fr.agora.bench.evaluation
regex="fr\\.agora\\.bench\\.evaluation\\..*${1:-}"
shift || true

./mvnw -B -q -pl agora-adapters-persistence -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

if [[ $part == domain || $part == all ]]; then
  cp=agora-domain/target/test-classes:agora-domain/target/classes:$(cat agora-domain/target/bench.classpath)
  echo "== domain: $(date -u +%FT%TZ); uptime:$(uptime)"
  taskset -c 1 java -cp "$cp" org.openjdk.jmh.Main "$regex" "$@"
fi
if [[ $part == persistence || $part == all ]]; then
  m=agora-adapters-persistence
  cp=$m/target/test-classes:$m/target/classes:$(cat $m/target/bench.classpath)
  echo "== persistence: $(date -u +%FT%TZ); uptime:$(uptime)"
  java -cp "$cp" org.openjdk.jmh.Main "$regex" "$@"
fi
