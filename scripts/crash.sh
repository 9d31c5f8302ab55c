#!/usr/bin/env bash
# Crash tests (issue 12 §2): the packaged server is written to, killed with SIGKILL, restarted on the same files,
# and every acknowledged write must be there (DurabilityCrashIT; it also runs in ./mvnw verify).
#   scripts/crash.sh                 # the default embedded H2 (WRITE_DELAY=0)
#   scripts/crash.sh 'jdbc:h2:…'     # any other database URL, e.g. H2's former default to see it lose writes:
#   scripts/crash.sh 'jdbc:h2:file:./data/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
set -euo pipefail
cd "$(dirname "$0")/.."
URL=${1:-}
./mvnw -B -q -pl agora-adapters-rest -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=DurabilityCrashIT "-Dagora.crash.db-url=$URL"
grep -h 'Tests run' agora-adapters-rest/target/failsafe-reports/*.txt
