package io.eventlens.web.traces;

import io.eventlens.flow.trace.CorrelationAttributes;
import io.eventlens.flow.trace.CorrelationSearch;
import io.eventlens.flow.trace.IntakeLimits;
import io.eventlens.flow.trace.JaegerTraceSource;
import io.eventlens.flow.trace.OtlpDecoder;
import io.eventlens.flow.trace.RetentionPolicy;
import io.eventlens.flow.trace.SpanIntake;
import io.eventlens.flow.trace.SpanRetention;
import io.eventlens.flow.trace.SpanStore;
import io.eventlens.flow.trace.TempoTraceSource;
import io.eventlens.flow.trace.TraceSource;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.db.DatabaseStatus;
import io.eventlens.web.startup.StartupException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the span intake, the embedded store with its retention, and the trace source searched. */
@Configuration(proxyBeanMethods = false)
class TraceConfiguration {

    @Bean
    CorrelationAttributes correlationAttributes(EventLensProperties properties) {
        var names = properties.traces().correlationAttributes();
        return names.isEmpty() ? CorrelationAttributes.DEFAULT : new CorrelationAttributes(names);
    }

    @Bean
    SpanStore spanStore(DataSource dataSource, DatabaseStatus migrated) {
        return new SpanStore(dataSource, Clock.systemUTC());
    }

    @Bean
    OtlpDecoder otlpDecoder(CorrelationAttributes correlation) {
        return new OtlpDecoder(IntakeLimits.DEFAULT, correlation);
    }

    @Bean(destroyMethod = "close")
    SpanIntake spanIntake(SpanStore store, EventLensProperties properties) {
        return new SpanIntake(store, properties.otlp().queueCapacity());
    }

    @Bean(destroyMethod = "close")
    SpanRetention spanRetention(SpanStore store, EventLensProperties properties) {
        EventLensProperties.Retention retention = properties.traces().retention();
        return new SpanRetention(store, new RetentionPolicy(retention.maxAge(), retention.maxSpans()))
                .start(Duration.ofMinutes(1));
    }

    @Bean
    CorrelationSearch correlationSearch(
            SpanStore store, EventLensProperties properties, CorrelationAttributes correlation) {
        return new CorrelationSearch(traceSource(store, properties.traces(), correlation), correlation);
    }

    private static TraceSource traceSource(
            SpanStore store, EventLensProperties.Traces traces, CorrelationAttributes correlation) {
        switch (traces.source()) {
            case "embedded":
                return store;
            case "jaeger":
                return new JaegerTraceSource(
                        required(traces.jaegerUrl(), "eventlens.traces.jaeger-url", "http://jaeger:16686"),
                        correlation,
                        Clock.systemUTC(),
                        traces.lookback());
            case "tempo":
                return new TempoTraceSource(
                        required(traces.tempoUrl(), "eventlens.traces.tempo-url", "http://tempo:3200"),
                        correlation,
                        Clock.systemUTC(),
                        traces.lookback());
            default:
                throw new StartupException(
                        "eventlens.traces.source",
                        traces.source(),
                        "is not a trace source",
                        "Use embedded (the default), jaeger or tempo.",
                        null);
        }
    }

    private static URI required(URI url, String property, String example) {
        if (url == null) {
            throw new StartupException(
                    property, "", "is required by this trace source", "Set it, e.g. " + property + "=" + example, null);
        }
        return url;
    }
}
