#!/usr/bin/env bash
# Gateway overhead benchmark: the same GET and POST straight to a downstream and through the gateway, on loopback,
# with 1 and 16 connections. Writes benchmarks/results/gateway.json and gateway.md (about 2 minutes
# with the build). Not part of ./mvnw verify.
# Tunables as system properties in BENCH_OPTS: -Dbench.concurrency=1,16 -Dbench.seconds=6 -Dbench.warmupSeconds=2
#   -Dbench.gatewayWarmupSeconds=8 -Dbench.maxRequests=400000 -Dbench.gatewayJvmArgs=...
set -euo pipefail
cd "$(dirname "$0")/.."
module=api-gateway
./mvnw -B -q -pl $module package -DskipTests
./mvnw -B -q -pl $module dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >/dev/null
classpath="$module/target/test-classes:$module/target/classes:$(cat $module/target/bench.classpath)"
exec java ${BENCH_OPTS:-} -cp "$classpath" io.kam.gateway.bench.GatewayBenchmark \
  "$module/target/quarkus-app/quarkus-run.jar" "benchmarks/results"
