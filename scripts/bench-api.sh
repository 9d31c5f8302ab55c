#!/usr/bin/env bash
# Load-tests the API against its own trivial baseline, in one run of one server.
#   scripts/bench-api.sh [--no-build] NAME=PATH[@LUA] ...
# e.g. scripts/bench-api.sh competency=/api/v1/referentiels/agora-2020/competencies/2.2.4
#      scripts/bench-api.sh invoice=/api/v1/invoices/compute@scripts/wrk/invoice-compute.lua
# The baseline GET /api/v1/health is measured first and last (the machine is noisy: two cores, shared);
# each target is reported as a ratio to the mean of the two baseline runs.
# Server and load generator share the machine: the server is pinned to core 0, wrk to core 1.
# Requires wrk (apt-get install -y wrk). Only loopback traffic.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP=${WARMUP:-10s}
if [ "${1:-}" = "--no-build" ]; then shift; else ./mvnw -B -q -DskipTests package; fi
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }

data=$(mktemp -d)
start=$(date +%s%N)
taskset -c 0 java -XX:+ExitOnOutOfMemoryError -Xms512m -Xmx512m -jar agora-adapters-rest/target/agora.jar --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$data/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --logging.level.root=WARN > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.05
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start-up to ready (process launch → first 200 on /api/v1/health): ${ready} ms"

run() { # name path lua duration → prints "name rps p99"
  local name=$1 path=$2 lua=${3:-} d=${4:-$DURATION} out
  if [ -n "$lua" ]; then
    out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$d" --latency -s "$lua" "http://127.0.0.1:$PORT$path")
  else
    out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$d" --latency "http://127.0.0.1:$PORT$path")
  fi
  local rps p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "$name $rps $p99 ${non2xx:-0}"
}

# Warm-up (JIT) on every endpoint, not recorded.
run warmup /api/v1/health "" "$WARMUP" >/dev/null
for t in "$@"; do
  spec=${t#*=}; path=${spec%@*}; lua=""; [ "$spec" != "$path" ] && lua=${spec#*@}
  run warmup "$path" "$lua" "$WARMUP" >/dev/null
done

printf '%-14s %12s %10s %8s %8s\n' endpoint req/s p99 non-2xx ratio
b1=$(run health /api/v1/health)
results=()
for t in "$@"; do
  name=${t%%=*}; spec=${t#*=}; path=${spec%@*}; lua=""; [ "$spec" != "$path" ] && lua=${spec#*@}
  results+=("$(run "$name" "$path" "$lua")")
done
b2=$(run health /api/v1/health)
base=$(echo "$b1 $b2" | awk '{print ($2+$6)/2}')
for line in "$b1" "${results[@]}" "$b2"; do
  echo "$line" | awk -v base="$base" '{printf "%-14s %12s %10s %8s %8.2f\n", $1, $2, $3, $4, $2/base}'
done
echo "baseline = mean of the two health runs = $base req/s; wrk -t1 -c$CONNECTIONS -d$DURATION; server on core 0, wrk on core 1"
