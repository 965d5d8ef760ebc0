package io.eventlens.reference.messaging;

import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.PoisonEventException;
import io.eventlens.reference.tracing.MessagingSpans;
import io.eventlens.reference.tracing.Telemetry;
import io.eventlens.reference.tracing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one record, runs the handler inside a {@code process <topic>} span, and on failure
 * republishes the record to the next retry topic or, after the last attempt or for a poison record,
 * to the dead-letter topic with Spring Kafka's headers.
 */
public final class RecordProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(RecordProcessor.class);

    private final String group;
    private final EventHandler handler;
    private final RetryPolicy policy;
    private final Producer<String, byte[]> producer;
    private final Telemetry telemetry;

    public RecordProcessor(
            String group,
            EventHandler handler,
            RetryPolicy policy,
            Producer<String, byte[]> producer,
            Telemetry telemetry) {
        this.group = group;
        this.handler = handler;
        this.policy = policy;
        this.producer = producer;
        this.telemetry = telemetry;
    }

    void process(ConsumerRecord<String, byte[]> record) {
        Context parent = TraceHeaders.extract(telemetry.propagator(), record.headers());
        EventEnvelope event;
        try {
            event = EventCodec.decode(record.value());
        } catch (PoisonEventException e) {
            LOG.warn(
                    "{}: poison record at {}-{}@{} goes to the dead-letter topic: {}",
                    group,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            redirect(record, RetryPolicy.deadLetterTopic(group), e, DeadLetterHeaders.attempts(record.headers()));
            return;
        }
        Span span = MessagingSpans.process(
                telemetry.tracer(group),
                parent,
                "kafka",
                record.topic(),
                group,
                event.eventId(),
                event.correlationId());
        span.setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()));
        span.setAttribute("messaging.kafka.offset", record.offset());
        span.setAttribute("messaging.kafka.message.key", String.valueOf(record.key()));
        span.setAttribute("event.type", event.eventType());
        Scope scope = TraceHeaders.withCorrelation(parent.with(span), event.correlationId())
                .makeCurrent();
        try {
            handler.handle(event);
        } catch (Exception e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.toString());
            span.setAttribute("error.type", e.getClass().getName());
            fail(record, e);
        } finally {
            scope.close();
            span.end();
        }
    }

    private void fail(ConsumerRecord<String, byte[]> record, Exception error) {
        int attempts = DeadLetterHeaders.attempts(record.headers());
        if (attempts >= policy.maxAttempts()) {
            LOG.warn(
                    "{}: {}-{}@{} failed its last attempt ({}), dead-lettered: {}",
                    group,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    attempts,
                    error.toString());
            redirect(record, RetryPolicy.deadLetterTopic(group), error, attempts);
        } else {
            LOG.info(
                    "{}: {}-{}@{} failed attempt {}, retrying in {}: {}",
                    group,
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    attempts,
                    policy.delayBefore(attempts),
                    error.toString());
            redirect(record, RetryPolicy.retryTopic(group, attempts), error, attempts);
        }
    }

    private void redirect(ConsumerRecord<String, byte[]> record, String topic, Exception error, int attempts) {
        ProducerRecord<String, byte[]> copy =
                new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
        DeadLetterHeaders.Origin origin = DeadLetterHeaders.origin(record);
        if (topic.endsWith("-dlt")) {
            DeadLetterHeaders.deadLetter(copy.headers(), origin, group, error);
        } else {
            long due = System.currentTimeMillis() + policy.delayBefore(attempts).toMillis();
            DeadLetterHeaders.retry(copy.headers(), origin, attempts + 1, due);
        }
        try {
            producer.send(copy).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while moving a record to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot move a record to " + topic + ": " + e.getMessage(), e);
        }
    }
}
