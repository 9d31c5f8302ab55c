#!/usr/bin/env bash
# Start-up to ready with the embedded database (issue 2 §7: ≤ 10 s): process launch → first 200 on /api/v1/health,
# on a fresh H2 file each time (so Flyway migrates and the référentiel is published: the first-run path).
# Three ways of running the same build, RUNS times each, interleaved:
#   fat-jar   java -jar agora-adapters-rest/target/agora.jar (nested jars)
#   extracted the layout of `java -Djarmode=tools -jar agora.jar extract` (Spring Boot's production recommendation)
#   cds       the extracted layout with a class-data-sharing archive made by a training run (-Dspring.context.exit=onRefresh)
# Usage: scripts/bench-startup.sh [--no-build]   (RUNS=3 PORT=18093 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18093}
if [ "${1:-}" = "--no-build" ]; then shift; else ./mvnw -B -q -DskipTests package; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=agora-adapters-rest/target/agora.jar
java -Djarmode=tools -jar "$jar" extract --destination "$work/ext" >/dev/null
db() { echo "jdbc:h2:file:$(mktemp -d -p "$work")/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; }
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$work/ext/agora.jar" \
  --server.port="$PORT" --spring.datasource.url="$(db)" >"$work/train.log" 2>&1 || true

ready_ms() { # command... → prints ms from launch to the first 200 on /api/v1/health
  local start pid
  start=$(date +%s%N)
  "$@" --server.port="$PORT" --spring.datasource.url="$(db)" --logging.level.root=WARN >"$work/run.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1; do sleep 0.02; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "$(date -u +%FT%TZ) $(nproc) cores; uptime:$(uptime)"
for i in $(seq 1 "$RUNS"); do
  echo "run $i: fat-jar $(ready_ms java -jar "$jar") ms," \
       "extracted $(ready_ms java -jar "$work/ext/agora.jar") ms," \
       "cds $(ready_ms java -XX:SharedArchiveFile="$work/app.jsa" -jar "$work/ext/agora.jar") ms"
done
