#!/bin/sh
# As Apache Kafka's script of the same name: the API versions the broker answers (the container's healthcheck).
exec java -Xmx64m -cp '/opt/kafka/libs/*' org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
