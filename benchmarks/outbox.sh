#!/usr/bin/env bash
# Outbox throughput and commit-to-consumer lag next to Kafka's own latency, on real PostgreSQL and Kafka.
# Writes benchmarks/results/outbox.json and outbox.md. Options as system properties, e.g.
#   benchmarks/outbox.sh -Dkam.bench.events=50000 -Dkam.bench.pace=500
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl kafka-broker,test-support,platform -am
./mvnw -B -pl platform verify -Dtest=OutboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat benchmarks/results/outbox.md
