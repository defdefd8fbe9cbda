package de.agency.integration.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;

/** The W3C {@code traceparent} of the current span, which events and HTTP answers carry on. */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    public static Optional<String> ofCurrentSpan() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? Optional.of("00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex())
                : Optional.empty();
    }
}
