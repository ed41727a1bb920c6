#!/usr/bin/env bash
# Starts the whole KAM system on this machine with no Docker: a real PostgreSQL (one database per
# service) and a real Kafka broker, both keeping their data in deploy/local/.data, then every service
# module that exists. Waits until everything is ready and prints where it is. Stop with down.sh.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUN="$HERE/.run"
DATA="$HERE/.data"
PG_PORT="${KAM_PG_PORT:-15432}"
KAFKA_PORT="${KAM_KAFKA_PORT:-19092}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mkdir -p "$RUN/logs" "$DATA"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

if alive "$RUN/infra.pid"; then
  echo "KAM is already running (deploy/local/.run/infra.pid); run deploy/local/down.sh first." >&2
  exit 1
fi

# The services that exist in this checkout
declare -a NAMES MODULES PORTS DBS
while read -r name module port db; do
  case "$name" in ''|\#*) continue ;; esac
  [ -f "$ROOT/$module/pom.xml" ] || continue
  NAMES+=("$name"); MODULES+=("$module"); PORTS+=("$port"); DBS+=("$db")
done < "$HERE/services.conf"

# Build what is missing
need_build=0
[ -s "$ROOT/test-support/target/launcher.classpath" ] || need_build=1
for module in "${MODULES[@]}"; do
  [ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ] || need_build=1
done
if [ "$need_build" = 1 ]; then
  echo "Building (first run, or a module is not built yet)..."
  (cd "$ROOT" && ./mvnw -B -q install -DskipTests)
fi

# Local token keys: the gateway signs with the private key, every service verifies with the public one
if [ ! -f "$RUN/jwt/privateKey.pem" ]; then
  "$JAVA" "$HERE/tools/LocalTool.java" keygen "$RUN/jwt"
fi

databases=$(printf '%s\n' "${DBS[@]}" | grep -v '^-$' | paste -sd, -)
classpath="$(cat "$ROOT/test-support/target/launcher.classpath"):$(ls "$ROOT"/test-support/target/kam-test-support-*.jar | head -1)"
echo "Starting PostgreSQL (port $PG_PORT) and Kafka (port $KAFKA_PORT)..."
nohup "$JAVA" -Xmx128m -Djava.io.tmpdir="$RUN" -cp "$classpath" io.kam.testsupport.LocalInfraMain \
  --data "$DATA" --run "$RUN" --pg-port "$PG_PORT" --kafka-port "$KAFKA_PORT" --databases "$databases" \
  > "$RUN/logs/infra.log" 2>&1 < /dev/null &
echo $! > "$RUN/infra.pid"
for _ in $(seq 1 240); do
  [ -f "$RUN/infra.ready" ] && break
  alive "$RUN/infra.pid" || { echo "infrastructure failed to start; see $RUN/logs/infra.log" >&2; tail -20 "$RUN/logs/infra.log" >&2; exit 1; }
  sleep 0.5
done
[ -f "$RUN/infra.ready" ] || { echo "infrastructure not ready after 120 s; see $RUN/logs/infra.log" >&2; exit 1; }

for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}"; module="${MODULES[$i]}"; port="${PORTS[$i]}"; db="${DBS[$i]}"
  env_args=(
    "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT"
    "KAM_JWT_PUBLIC_KEY=file:$RUN/jwt/publicKey.pem"
    "KAM_JWT_PRIVATE_KEY=file:$RUN/jwt/privateKey.pem"
    "QUARKUS_HTTP_PORT=$port"
  )
  if [ "$db" != "-" ]; then
    env_args+=("KAM_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/$db" "KAM_DB_USER=postgres" "KAM_DB_PASSWORD=postgres")
  fi
  profile=prod
  [ "$name" = gateway ] && profile=local
  env "${env_args[@]}" nohup "$JAVA" -Xms64m -Xmx256m -XX:+UseSerialGC -Dquarkus.profile="$profile" \
    -jar "$ROOT/$module/target/quarkus-app/quarkus-run.jar" > "$RUN/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
done

failed=0
for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}"; port="${PORTS[$i]}"
  if "$JAVA" "$HERE/tools/LocalTool.java" wait-http "http://127.0.0.1:$port/q/health/ready" 180 "$(cat "$RUN/$name.pid")"; then
    printf '  %-11s ready   http://127.0.0.1:%s   (log: deploy/local/.run/logs/%s.log)\n' "$name" "$port" "$name"
  else
    printf '  %-11s FAILED  see deploy/local/.run/logs/%s.log\n' "$name" "$name"; failed=1
  fi
done

cat <<INFO

KAM is running.
  Gateway      http://127.0.0.1:8080/api/v1/...
  Swagger UI   http://127.0.0.1:8080/q/swagger-ui   (merged OpenAPI: http://127.0.0.1:8080/q/openapi)
  PostgreSQL   127.0.0.1:$PG_PORT  user postgres / postgres, databases: $databases   (data: deploy/local/.data)
  Kafka        127.0.0.1:$KAFKA_PORT

Local users (password kam-demo for all):
  rep.sh rep HQ/EAST/SH · rep.hz rep HQ/EAST/HZ · supervisor.sh supervisor HQ/EAST/SH · manager.sh manager HQ/EAST/SH
  supervisor.east supervisor HQ/EAST · manager.east manager HQ/EAST · supervisor.north supervisor HQ/NORTH
  manager.hq manager HQ · director director HQ · vp vp HQ · gm gm HQ · staff.ka ka-staff HQ
  dept.aftersales, dept.quality, dept.finance department HQ · archivist archivist HQ · erp integration HQ · admin admin HQ

Get a token:
  curl -s -X POST http://127.0.0.1:8080/api/v1/auth/token -H 'Content-Type: application/json' \\
       -d '{"username":"rep.sh","password":"kam-demo"}'
Stop everything with deploy/local/down.sh (data is kept).
INFO
exit $failed
