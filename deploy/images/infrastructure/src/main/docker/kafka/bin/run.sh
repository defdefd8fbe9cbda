#!/bin/sh
# Writes the broker's settings from the KAFKA_* variables (KAFKA_LOG_DIRS defaults to /var/lib/kafka/data), formats the
# storage on first start, then runs the broker in the foreground.
set -eu
config=/opt/kafka/config/server.properties
: > "$config"
env | grep '^KAFKA_' | grep -v '^KAFKA_HEAP_OPTS=\|^KAFKA_OPTS=' | while IFS='=' read -r name value; do
    setting=$(printf '%s' "${name#KAFKA_}" | tr 'A-Z_' 'a-z.')
    printf '%s=%s\n' "$setting" "$value" >> "$config"
done
grep -q '^log.dirs=' "$config" || echo 'log.dirs=/var/lib/kafka/data' >> "$config"
log_dirs=$(sed -n 's/^log.dirs=//p' "$config")
if [ ! -f "$log_dirs/meta.properties" ]; then
    java -cp '/opt/kafka/libs/*' kafka.tools.StorageTool format --config "$config" \
        --cluster-id "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}" --ignore-formatted
fi
exec java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} ${KAFKA_OPTS:-} \
    -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties -cp '/opt/kafka/libs/*' kafka.Kafka "$config"
