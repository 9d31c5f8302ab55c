#!/usr/bin/env bash
# The long fuzzing run (issue 12, "Proof"): the OpenAPI-driven fuzzer of OpenApiFuzzApiTest with N requests
# (default 12 000) against a real server on the test profile; the report is written to
# agora-adapters-rest/target/fuzz-report.txt and its figures go to RELIABILITY.md.
#   scripts/fuzz.sh [REQUESTS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-12000}
SEED=${2:-20261206}
./mvnw -B -q -pl agora-adapters-rest -am verify -Dtest=OpenApiFuzzApiTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dagora.fuzz.requests="$REQUESTS" -Dagora.fuzz.seed="$SEED"
cat agora-adapters-rest/target/fuzz-report.txt | head -8
