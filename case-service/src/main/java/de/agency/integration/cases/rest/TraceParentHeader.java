package de.agency.integration.cases.rest;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers every request with its W3C {@code traceparent}, so that a caller can follow the request into the events it
 * caused and their consumers (whose log lines carry the trace id).
 */
public class TraceParentHeader {

    static final String HEADER = "traceparent";

    @ServerResponseFilter
    public void addTraceParent(ContainerResponseContext response) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            response.getHeaders().putSingle(HEADER, "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                    + span.getTraceFlags().asHex());
        }
    }
}
