#!/usr/bin/env bash
# Load runs (issue 12, "Proof"): wrk against the packaged server on a durable H2 file (WRITE_DELAY=0), with the demo
# school (35 students, ≈ 1 300 evaluations): GET /health (the ceiling), a student's coverage, the cohort heatmap, and
# a write (POST one evaluation). p50/p99 per endpoint and its throughput as a ratio to health's in the same run (mean
# of the first and last health runs), and the server's RSS before the load and after each endpoint, with the minutes
# of load so far: the soak of issue 12 is `DURATION=150s scripts/load.sh` (4 × 150 s = 10 minutes, then health again).
#   scripts/load.sh [--no-build]     env: PORT, DURATION (per endpoint, default 30s), WARMUP (per warm-up, default
#   15s), CONNECTIONS (default 16)
# Requires wrk (apt-get install -y wrk). Server pinned to core 0, wrk to core 1 (the machine has 2 shared cores).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
CONNECTIONS=${CONNECTIONS:-16}
if [ "${1:-}" = "--no-build" ]; then shift; else ./mvnw -B -q -DskipTests package; fi
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d)
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:h2:file:$work/data/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
  exec taskset -c 0 java -XX:+ExitOnOutOfMemoryError -Xmx512m -jar "$OLDPWD/agora-adapters-rest/target/agora.jar" \
  --server.port="$PORT" --spring.profiles.active=demo --logging.level.root=WARN --logging.level.fr.agora=INFO > "$work/server.log" 2>&1 ) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1200); do
  grep -q "TEACHER " "$work/server.log" 2>/dev/null && curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.1
done
teacher=$(grep -o 'TEACHER  *agk_[^ ]*' "$work/server.log" | awk '{print $2}' | head -1)
cohort=$(grep -o 'cohorts/[0-9a-f-]*/coverage' "$work/server.log" | head -1 | cut -d/ -f2)
student=$(grep -o 'students/[0-9a-f-]*/coverage' "$work/server.log" | head -1 | cut -d/ -f2)
school=/api/v1/establishments/0750001A
# a valid evaluation to write again and again: the student's first one, as the server returned it
sample=$(curl -fs -H "Authorization: Bearer $teacher" "http://127.0.0.1:$PORT$school/students/$student/evaluations" \
  | python3 -c 'import json,sys; e=json.load(sys.stdin)[0]; print(json.dumps({k:e[k] for k in ("studentId","competency","period","date","level") if k in e}))')
cat > "$work/write.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $teacher"
wrk.body = [[$sample]]
LUA
cat > "$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $teacher"
LUA

rss() { awk '/VmRSS/ {print $2}' /proc/$(pgrep -P $server java || echo $server)/status 2>/dev/null || echo "?"; }
results="$work/results"
start=0
run() { # name path lua [duration]
  local out
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${4:-$DURATION}" --latency -s "$3" "http://127.0.0.1:$PORT$2")
  echo "$out" | awk -v name="$1" -v rss="$(rss)" -v min="$(( (SECONDS - start) / 60 )).$(( (SECONDS - start) % 60 * 10 / 60 ))" '
    /Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "%-16s %10s %10s %10s %8s %12s %8s\n", name, rps, p50, p99, (bad==""?0:bad), rss, min}' | tee -a "$results"
}
echo "" > "$work/none.lua"
echo "RSS after start-up: $(rss) kB"
run warmup /api/v1/health "$work/none.lua" "$WARMUP" >/dev/null
run warmup "$school/students/$student/coverage" "$work/auth.lua" "$WARMUP" >/dev/null
: > "$results"
echo "RSS after the warm-ups ($WARMUP each), before the load: $(rss) kB"
printf '%-16s %10s %10s %10s %8s %12s %8s\n' endpoint req/s p50 p99 non-2xx "RSS kB after" "min"
start=$SECONDS
run health /api/v1/health "$work/none.lua"
run student-coverage "$school/students/$student/coverage" "$work/auth.lua"
run cohort-coverage "$school/cohorts/$cohort/coverage" "$work/auth.lua"
run record-eval "$school/evaluations" "$work/write.lua"
run health /api/v1/health "$work/none.lua"
awk '$1=="health" {h+=$2; n++} {name[NR]=$1; rps[NR]=$2} END {h/=n; for (i=1;i<=NR;i++) if (name[i]!="health") printf "ratio to health: %-16s %.2f\n", name[i], rps[i]/h}' "$results"
echo "RSS after the run: $(rss) kB; wrk -t1 -c$CONNECTIONS -d$DURATION per endpoint; server -Xmx512m on core 0, wrk on core 1"
echo "evaluations stored: $(curl -fs -H "Authorization: Bearer $teacher" "http://127.0.0.1:$PORT$school/students/$student/evaluations" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"
