#!/usr/bin/env bash
# The same GET and POST straight to screening-service and through api-gateway (both built jars, real
# PostgreSQL and Kafka). Writes benchmarks/results/gateway-real-service.json and .md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B -pl system-tests verify -Dtest=GatewayRealServiceBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat benchmarks/results/gateway-real-service.md
