package io.eventlens.reference.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real embedded KRaft broker per test JVM, on free ports, and stops it when the JVM's
 * tests are done. Use it with {@code @ExtendWith(KafkaBrokerExtension.class)}; test methods and
 * constructors may take an {@link EmbeddedKafkaBroker} parameter, or call {@link #bootstrapServers()}.
 *
 * <p>Tests share the broker, so each test owns its names (random topics and groups).
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    private static volatile EmbeddedKafkaBroker shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return broker(context);
    }

    /** The running shared broker's address; start it first through the extension. */
    public static String bootstrapServers() {
        EmbeddedKafkaBroker broker = shared;
        if (broker == null) {
            throw new IllegalStateException("no broker yet: add @ExtendWith(KafkaBrokerExtension.class)");
        }
        return broker.bootstrapServers();
    }

    private static EmbeddedKafkaBroker broker(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(BrokerResource.class, key -> new BrokerResource(), BrokerResource.class)
                .broker;
    }

    /** Closed by JUnit when the root context closes, that is when the JVM's tests are done. */
    private static final class BrokerResource implements ExtensionContext.Store.CloseableResource {

        private final Path dir;
        private final EmbeddedKafkaBroker broker;

        BrokerResource() {
            try {
                dir = Files.createTempDirectory("eventlens-test-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker = new EmbeddedKafkaBroker(dir, 0, 0).start();
            shared = broker;
        }

        @Override
        public void close() throws IOException {
            shared = null;
            broker.close();
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
