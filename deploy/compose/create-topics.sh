#!/usr/bin/env bash
# Creates every topic the services use with the project's partitions and retention (docs/operations.md, section 4),
# before any service starts, so that no topic gets the broker's default partition count. Run once by the
# kafka-topics service of docker-compose.yml (in the broker's image); a topic that exists is left as it is.
set -euo pipefail
bootstrap="${1:-kafka:9092}"
# topic partitions retention.ms (-1: unlimited; 90 days; 30 days)
while read -r topic partitions retention; do
  [[ -z "$topic" ]] && continue
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor 1 --config "retention.ms=$retention"
done <<'TOPICS'
supply-status 12 -1
products 12 -1
maldistribution 6 7776000000
allocation 6 7776000000
notices 6 7776000000
status-confirmations 6 7776000000
supply-status-dlq-wholesaler-allocation 1 2592000000
supply-status-dlq-notification 1 2592000000
products-dlq-notification 1 2592000000
maldistribution-dlq-notification 1 2592000000
allocation-dlq-notification 1 2592000000
status-confirmations-dlq-notification 1 2592000000
TOPICS
