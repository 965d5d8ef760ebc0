package io.eventlens.reference.app;

import io.eventlens.reference.db.Database;
import io.eventlens.reference.email.EmailWorker;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.fault.Faults;
import io.eventlens.reference.messaging.EventConsumer;
import io.eventlens.reference.messaging.EventHandler;
import io.eventlens.reference.messaging.KafkaClients;
import io.eventlens.reference.messaging.RecordProcessor;
import io.eventlens.reference.messaging.RetryPolicy;
import io.eventlens.reference.messaging.TopicSetup;
import io.eventlens.reference.outbox.Inbox;
import io.eventlens.reference.outbox.Outbox;
import io.eventlens.reference.outbox.OutboxRelay;
import io.eventlens.reference.tracing.Telemetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the background loops (consumer groups, outbox relays, email workers) and stops them. */
final class Runner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);

    private final ReferenceConfig config;
    private final KafkaClients clients;
    private final Database database;
    private final Producer<String, byte[]> producer;
    private final Telemetry telemetry;
    private final Faults faults;
    private final RetryPolicy policy;
    private final List<Runnable> stops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    Runner(
            ReferenceConfig config,
            KafkaClients clients,
            Database database,
            Producer<String, byte[]> producer,
            Telemetry telemetry,
            Faults faults) {
        this.config = config;
        this.clients = clients;
        this.database = database;
        this.producer = producer;
        this.telemetry = telemetry;
        this.faults = faults;
        this.policy = new RetryPolicy(RetryPolicy.DEFAULT_BACKOFFS, config.retryScale, config.maxAttempts);
    }

    void createTopics() {
        TopicSetup.ensure(clients, config.names.of(Topics.ALL), config.partitions);
    }

    /** A service's outbox, with its relay running. */
    Outbox outbox(String table) {
        Outbox outbox = new Outbox(table, telemetry.propagator(), config.names);
        OutboxRelay relay = new OutboxRelay(database, outbox, producer, telemetry, faults);
        start(table + "-relay", relay, relay::stop);
        return outbox;
    }

    /** The inbox of the service whose tables start with {@code table} ({@code payment_processed}, ...). */
    Inbox inbox(String table, String source) {
        return new Inbox(database, table + "_processed", outbox(table + "_outbox"), source, Clock.systemUTC());
    }

    /** Runs {@code handler} as consumer group {@code group} over the base {@code topics} and its retry topics. */
    void consume(String group, List<String> topics, EventHandler handler) {
        String name = config.names.of(group);
        List<String> chain = new ArrayList<>();
        for (int retry = 1; retry <= policy.retryTopics(); retry++) {
            chain.add(RetryPolicy.retryTopic(name, retry));
        }
        chain.add(RetryPolicy.deadLetterTopic(name));
        TopicSetup.ensure(clients, chain, config.partitions);
        RecordProcessor processor = new RecordProcessor(name, handler, policy, producer, telemetry);
        EventConsumer consumer =
                new EventConsumer(clients.consumer(name, name), name, config.names.of(topics), policy, processor);
        start(name, consumer, consumer::stop);
    }

    void emailWorker(EmailWorker worker) {
        start("email-worker", worker, worker::stop);
    }

    private void start(String name, Runnable loop, Runnable stop) {
        Thread thread = new Thread(
                () -> {
                    try {
                        loop.run();
                    } catch (RuntimeException e) {
                        LOG.error("{} stopped on an error", name, e);
                    }
                },
                config.names.of(name));
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
        stops.add(stop);
    }

    @Override
    public void close() {
        stops.forEach(Runnable::run);
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
