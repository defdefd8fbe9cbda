package de.agency.integration.cases.rest;

import de.agency.integration.outbox.TraceParent;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers every request with its W3C {@code traceparent}, so that a caller can follow the request into the events it
 * caused and their consumers (whose log lines carry the trace id).
 */
public class TraceParentHeader {

    @ServerResponseFilter
    public void addTraceParent(ContainerResponseContext response) {
        TraceParent.ofCurrentSpan().ifPresent(value -> response.getHeaders().putSingle(TraceParent.HEADER, value));
    }
}
