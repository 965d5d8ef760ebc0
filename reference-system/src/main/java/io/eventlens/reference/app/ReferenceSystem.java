package io.eventlens.reference.app;

import io.eventlens.reference.db.Database;
import io.eventlens.reference.email.EmailJobs;
import io.eventlens.reference.email.EmailSender;
import io.eventlens.reference.email.EmailWorker;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.fault.Faults;
import io.eventlens.reference.fault.FaultsRoute;
import io.eventlens.reference.fault.PoisonInjector;
import io.eventlens.reference.http.AdminToken;
import io.eventlens.reference.http.ApiServer;
import io.eventlens.reference.inventory.InventoryCommandHandler;
import io.eventlens.reference.inventory.InventoryService;
import io.eventlens.reference.messaging.KafkaClients;
import io.eventlens.reference.order.OrderOutcomeHandler;
import io.eventlens.reference.order.OrderService;
import io.eventlens.reference.order.OrderValidator;
import io.eventlens.reference.order.OrdersRoute;
import io.eventlens.reference.order.Products;
import io.eventlens.reference.order.SyncCheckout;
import io.eventlens.reference.payment.PaymentCommandHandler;
import io.eventlens.reference.payment.PaymentService;
import io.eventlens.reference.react.AnalyticsHandler;
import io.eventlens.reference.react.WarehouseHandler;
import io.eventlens.reference.saga.SagaOrchestrator;
import io.eventlens.reference.saga.SagaStore;
import io.eventlens.reference.shipping.ShippingCommandHandler;
import io.eventlens.reference.shipping.ShippingService;
import io.eventlens.reference.tracing.Telemetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/**
 * The reference order system in one process: the services {@link ReferenceConfig} names, each with
 * its own consumer group, tables and outbox relay, and the HTTP API when the order service runs.
 */
public final class ReferenceSystem implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceSystem.class);

    private final ReferenceConfig config;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private Database database;
    private ApiServer api;
    private String adminToken;
    private PoisonInjector poison;

    private ReferenceSystem(ReferenceConfig config) {
        this.config = config;
    }

    /** Starts every configured service; on failure stops what had started and throws. */
    public static ReferenceSystem start(ReferenceConfig config) {
        ReferenceSystem system = new ReferenceSystem(config);
        try {
            system.startServices();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    private void startServices() {
        Clock clock = Clock.systemUTC();
        Faults faults = config.faults;
        Telemetry telemetry = config.spanExporter != null
                ? Telemetry.exportingTo(config.spanExporter)
                : Telemetry.otlp(config.otlpEndpoint);
        resources.add(telemetry);
        database = Database.open(config.jdbcUrl, config.jdbcUser, config.jdbcPassword, config.schema, 16);
        resources.add(database);
        KafkaClients clients = KafkaClients.at(config.bootstrapServers);
        KafkaProducer<String, byte[]> producer = clients.producer(config.names.of("reference-system"));
        resources.add(producer);
        RedisClient redis = RedisClient.create(config.redisHost, config.redisPort);
        resources.add(redis);
        RedisClient reader = RedisClient.create(config.redisHost, config.redisPort);
        resources.add(reader);
        Runner runner = new Runner(config, clients, database, producer, telemetry, faults);
        resources.add(runner);
        runner.createTopics();

        Domain domain = Domain.of(database, faults, clock);
        startCommandHandlers(runner, domain, clock);
        startReactions(runner, domain, redis, reader, telemetry);
        poison = new PoisonInjector(producer, redis, config.names);
        if (on(Service.ORDER)) {
            startOrderService(runner, domain, telemetry, clock);
        }
        LOG.info(
                "Reference system started: services {}, Kafka {}, spans to {}",
                config.services,
                config.bootstrapServers,
                config.spanExporter != null ? "a test exporter" : config.otlpEndpoint);
    }

    private void startCommandHandlers(Runner runner, Domain domain, Clock clock) {
        if (on(Service.PAYMENT)) {
            runner.consume(
                    PaymentCommandHandler.GROUP,
                    List.of(Topics.PAYMENT_COMMANDS),
                    new PaymentCommandHandler(runner.inbox("payment", PaymentCommandHandler.GROUP), domain.payments()));
        }
        if (on(Service.INVENTORY)) {
            runner.consume(
                    InventoryCommandHandler.GROUP,
                    List.of(Topics.INVENTORY_COMMANDS),
                    new InventoryCommandHandler(
                            runner.inbox("inventory", InventoryCommandHandler.GROUP), domain.inventory()));
        }
        if (on(Service.SHIPPING)) {
            runner.consume(
                    ShippingCommandHandler.GROUP,
                    List.of(Topics.SHIPPING_COMMANDS),
                    new ShippingCommandHandler(
                            runner.inbox("shipping", ShippingCommandHandler.GROUP), domain.shipping(), clock));
        }
        if (on(Service.SAGA)) {
            runner.consume(
                    SagaOrchestrator.GROUP,
                    SagaOrchestrator.TOPICS,
                    new SagaOrchestrator(runner.inbox("saga", SagaOrchestrator.GROUP), domain.sagas(), clock));
        }
    }

    /** The choreography: short reactions to order events, each its own consumer group. */
    private void startReactions(
            Runner runner, Domain domain, RedisClient redis, RedisClient reader, Telemetry telemetry) {
        if (on(Service.WAREHOUSE)) {
            runner.consume(WarehouseHandler.GROUP, List.of(Topics.ORDERS), domain.warehouse());
        }
        if (on(Service.ANALYTICS)) {
            runner.consume(AnalyticsHandler.GROUP, List.of(Topics.ORDERS), new AnalyticsHandler(database));
        }
        if (on(Service.EMAIL)) {
            runner.consume(EmailJobs.GROUP, List.of(Topics.ORDERS), new EmailJobs(redis, config.names, telemetry));
            runner.emailWorker(new EmailWorker(
                    reader,
                    redis,
                    config.names,
                    domain.email(),
                    telemetry,
                    config.emailSenders,
                    config.emailMaxDeliveries,
                    config.emailReclaimAfter));
        }
    }

    private void startOrderService(Runner runner, Domain domain, Telemetry telemetry, Clock clock) {
        OrderService orders = new OrderService(
                database,
                runner.outbox("order_outbox"),
                new SyncCheckout(
                        database,
                        domain.payments(),
                        domain.inventory(),
                        domain.shipping(),
                        domain.email(),
                        domain.warehouse(),
                        clock),
                clock);
        runner.consume(OrderOutcomeHandler.GROUP, List.of(Topics.ORDERS), new OrderOutcomeHandler(database, orders));
        adminToken = config.adminToken == null ? AdminToken.random() : config.adminToken;
        AdminToken admin = new AdminToken(adminToken);
        api = new ApiServer(config.httpHost, config.httpPort, config.httpThreads, telemetry.tracer("http"))
                .route("/orders", new OrdersRoute(new OrderValidator(Products.load(database)), orders, domain.sagas()))
                .route("/admin/faults", admin.guard(new FaultsRoute(config.faults)))
                .route("/admin/poison", admin.guard(new PoisonRoute(poison)))
                .start();
        if (config.adminToken == null) {
            LOG.info("Admin routes need Authorization: Bearer {} (set your own with --admin-token)", adminToken);
        }
        resources.add(api);
    }

    /** The services' domain logic, shared by their consumers and by the synchronous checkout. */
    private record Domain(
            PaymentService payments,
            InventoryService inventory,
            ShippingService shipping,
            WarehouseHandler warehouse,
            EmailSender email,
            SagaStore sagas) {

        static Domain of(Database database, Faults faults, Clock clock) {
            return new Domain(
                    new PaymentService(faults),
                    new InventoryService(faults),
                    new ShippingService(faults),
                    new WarehouseHandler(database, faults, clock),
                    new EmailSender(database, faults, clock),
                    new SagaStore(database));
        }
    }

    /** True when Redis at {@code host:port} answers a PING; the email service needs it. */
    public static boolean redisAnswers(String host, int port) {
        try (RedisClient redis = RedisClient.create(host, port)) {
            return "PONG".equals(redis.ping());
        } catch (RuntimeException e) {
            LOG.warn("Redis at {}:{} does not answer: {}", host, port, e.toString());
            return false;
        }
    }

    private boolean on(Service service) {
        return config.services.contains(service);
    }

    /** The API's port (useful when configured as 0), or -1 when the order service is not running. */
    public int port() {
        return api == null ? -1 : api.port();
    }

    public String baseUrl() {
        return "http://" + config.httpHost + ":" + port();
    }

    /** The bearer token of the admin routes (configured, or made at start), or null without the order service. */
    public String adminToken() {
        return adminToken;
    }

    public Database database() {
        return database;
    }

    public Faults faults() {
        return config.faults;
    }

    /** Publishes {@code count} malformed records to {@code topic} (a base name such as {@code orders}). */
    public int injectPoison(String topic, int count) {
        return poison.inject(topic, count);
    }

    /** Stops the services, newest first: the API, consumers and relays, then the clients. */
    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", resources.get(i).getClass().getSimpleName(), e.toString(), e);
            }
        }
        resources.clear();
    }
}
