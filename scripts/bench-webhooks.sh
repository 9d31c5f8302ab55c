#!/usr/bin/env bash
# The webhook delivery-latency figure (issue 17): 100 events/s recorded over HTTP, delivered by the scheduled dispatcher
# to a local receiver; p50/p90/p99 with same-run baselines (the API's own answer time, a direct POST to the receiver).
#   scripts/bench-webhooks.sh [seconds] [rate] [batch]   (defaults 30 s, 100 events/s, 10 evaluations per request)
# Writes agora-adapters-rest/target/webhook-latency.txt. The machine is shared and noisy: read the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl agora-adapters-rest -am verify -Dtest=WebhookLatencyBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.seconds="${1:-30}" -Dbench.rate="${2:-100}" -Dbench.batch="${3:-10}" -DargLine="-Dbench.seconds=${1:-30} -Dbench.rate=${2:-100} -Dbench.batch=${3:-10}"
cat agora-adapters-rest/target/webhook-latency.txt
