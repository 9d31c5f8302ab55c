#!/usr/bin/env bash
# The tutor page's first paint in headless Chromium (Navigation Timing + Paint Timing), measured by
# TutorPageBrowserTest on the embedded default (H2 in memory, random port): one cold view after start-up, five warm
# reloads, and the 410 page as the same-run baseline. Needs Debian's chromium + chromium-driver and tools/a11y (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f agora-adapters-rest/target/tutor-page-timing.txt
./mvnw -q -B -pl agora-adapters-rest -am verify -Dtest=TutorPageBrowserTest -Dsurefire.failIfNoSpecifiedTests=false
cat agora-adapters-rest/target/tutor-page-timing.txt
