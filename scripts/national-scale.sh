#!/usr/bin/env bash
# National scale on PostgreSQL (issue 12, "Proof"): 78 000 students in 1 000 schools and ≈ 50 million evaluations,
# the project's Flyway migrations, then per-student coverage, 35-student cohort coverage and a SIECLE import of 3 000
# students measured through the project's services and JDBC stores (fr.agora.bench.evaluation.NationalScale).
# Results: RELIABILITY.md §6.
#
# Usage: scripts/national-scale.sh [all|build|start|load|migrate|generate|cold|measure|explain|stop|clean]
#   all (default) = build, start (load settings), migrate, generate, restart (serving settings), evict the database
#   files from the OS page cache, measure, stop. The data directory is kept until `clean` (it is ~26 GB).
#   A re-measurement on the kept data: `cold` (restart with the serving settings, evict) then `measure`;
#   `explain` prints the plans of the two coverage reads for a random student and cohort. `start` starts the server
#   with the serving settings, `load` with the loading settings (for `migrate` and `generate` run by hand).
# Environment: SCALE_PGDATA (default /work/scale-pg, outside the repository), SCALE_PGPORT (55432),
#   STUDENTS (78000), SCHOOLS (1000), MEAN_EVALS (641: 78 000 × 641 ≈ 50 M), SAMPLES (2000 students), COHORTS (400).
# PostgreSQL: the machine's server binaries (pg_ctl/initdb on the PATH, 15 here; psql); run as the `postgres` user
# when the script runs as root (the server refuses root). Locale C, UTF-8.
set -euo pipefail
cd "$(dirname "$0")/.."
PGDATA=${SCALE_PGDATA:-/work/scale-pg}
PORT=${SCALE_PGPORT:-55432}
STUDENTS=${STUDENTS:-78000}
SCHOOLS=${SCHOOLS:-1000}
MEAN_EVALS=${MEAN_EVALS:-641}
SAMPLES=${SAMPLES:-2000}
COHORTS=${COHORTS:-400}
URL="jdbc:postgresql://localhost:$PORT/agora"
m=agora-adapters-persistence

as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { psql -X -h localhost -p "$PORT" -U postgres -d agora "$@"; }
say() { echo "== $*: $(date -u +%FT%TZ); load:$(cut -d' ' -f1-3 /proc/loadavg)"; }

# Settings of a modest dedicated server (2 GB of shared buffers, SSD costs). Loading adds wal_level = minimal so that
# rows written into a table truncated in the same transaction, and index builds, skip the WAL.
SERVING="-c shared_buffers=2GB -c effective_cache_size=8GB -c random_page_cost=1.1 -c maintenance_work_mem=1GB -c max_wal_size=4GB -c checkpoint_timeout=30min -c max_parallel_maintenance_workers=1"
LOADING="$SERVING -c wal_level=minimal -c max_wal_senders=0 -c autovacuum=off"

build() {
  say build
  ./mvnw -B -q -pl $m -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
}

start() { # $1: server options
  if [[ ! -f $PGDATA/PG_VERSION ]]; then
    mkdir -p "$PGDATA"
    [[ $(id -u) == 0 ]] && chown postgres "$PGDATA"
    as_pg initdb -D "$PGDATA" -U postgres --auth=trust --locale=C --encoding=UTF8 >/dev/null
  fi
  as_pg pg_ctl -D "$PGDATA" -l "$PGDATA/server.log" -w -t 600 -o "-p $PORT -k /tmp -c listen_addresses=localhost $1" start >/dev/null
  psql -X -h localhost -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'agora'" | grep -q 1 \
    || psql -X -h localhost -p "$PORT" -U postgres -d postgres -c "CREATE DATABASE agora" >/dev/null
}

stop() { [[ -f $PGDATA/postmaster.pid ]] && as_pg pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null || true; }

driver() { java -Xms1g -Xmx1g -Dagora.scale.pgdata="$PGDATA" -cp "$m/target/test-classes:$m/target/classes:$(cat $m/target/bench.classpath)" fr.agora.bench.evaluation.NationalScale "$@"; }

# Drop the database's files (only those) from the OS page cache, so the first pass reads from disk.
evict() {
  python3 - "$PGDATA" <<'EOF'
import os, sys
n = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        try:
            fd = os.open(os.path.join(root, f), os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED); n += 1
        finally:
            os.close(fd)
print(f"evicted {n} files of {sys.argv[1]} from the page cache")
EOF
}

generate() {
  say "generate $STUDENTS students, $SCHOOLS schools, $MEAN_EVALS evaluations per student on average"
  local t0=$SECONDS
  sql -v students="$STUDENTS" -v schools="$SCHOOLS" -v mean_evals="$MEAN_EVALS" -f scripts/national-scale/generate.sql
  echo "generation took $((SECONDS - t0)) s; data directory: $(du -sh "$PGDATA" | cut -f1)"
}

measure() {
  say measure
  sql -tAc "SELECT 'database ' || pg_size_pretty(pg_database_size('agora')) || ', eval_evaluation ' || pg_size_pretty(pg_total_relation_size('eval_evaluation'))"
  driver measure "$URL" "$SAMPLES" "$COHORTS"
}

case ${1:-all} in
  build) build ;;
  start) start "$SERVING" ;;
  migrate) driver migrate "$URL" ;;
  generate) generate ;;
  measure) measure ;;
  explain) sql -f scripts/national-scale/explain.sql ;;
  cold) stop; start "$SERVING"; evict ;;
  stop) stop ;;
  clean) stop; rm -rf "$PGDATA" ;;
  load) start "$LOADING" ;;
  all)
    build
    stop
    start "$LOADING"
    say migrate
    driver migrate "$URL"
    generate
    stop
    start "$SERVING"
    evict
    measure
    stop
    say done ;;
  *) echo "usage: $0 [all|build|start|load|migrate|generate|cold|measure|explain|stop|clean]" >&2; exit 2 ;;
esac
