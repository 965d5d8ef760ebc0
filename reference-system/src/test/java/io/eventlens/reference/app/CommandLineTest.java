package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void options_set_the_configuration_and_the_faults() {
        CommandLine line = new CommandLine(new String[] {
            "--http-port=0",
            "--kafka=127.0.0.1:9",
            "--services=order,saga",
            "--payment-decline-rate=0.25",
            "--email-delay-ms=50",
            "--warehouse-down=true",
            "--retry-scale=0.1",
            "--name-prefix=t42-"
        });

        ReferenceConfig config = ReferenceMain.configure(line, null);

        assertThat(config.httpPort).isZero();
        assertThat(config.bootstrapServers).isEqualTo("127.0.0.1:9");
        assertThat(config.services).isEqualTo(EnumSet.of(Service.ORDER, Service.SAGA));
        assertThat(config.retryScale).isEqualTo(0.1);
        assertThat(config.names.of("orders")).isEqualTo("t42-orders");
        assertThat(config.faults().paymentDeclineRate()).isEqualTo(0.25);
        assertThat(config.faults().emailDelay()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.faults().warehouseDown()).isTrue();
    }

    @Test
    void a_misspelt_option_names_itself_and_the_allowed_ones() {
        assertThatThrownBy(() -> new CommandLine(new String[] {"--http-prot=1"}))
                .hasMessageStartingWith(
                        "unknown option --http-prot: allowed [admin-token, duplicate-delivery-rate, email-delay-ms,");
    }

    @Test
    void bad_values_are_named() {
        assertThatThrownBy(() -> new CommandLine(new String[] {"--services=order,billing"}).services())
                .hasMessage("--services: unknown service \"billing\": allowed all or [order, saga, payment, inventory, "
                        + "shipping, email, warehouse, analytics]");
        assertThatThrownBy(() -> new CommandLine(new String[] {"--load-duration=60"}).duration("load-duration", null))
                .hasMessage("--load-duration=60 is not an ISO-8601 duration such as PT60S");
        assertThatThrownBy(
                        () -> ReferenceMain.configure(new CommandLine(new String[] {"--payment-decline-rate=2"}), null))
                .hasMessage("paymentDeclineRate 2.0 is out of range: allowed 0.0 to 1.0");
        assertThatThrownBy(() -> ReferenceMain.configure(new CommandLine(new String[] {"--name-prefix=a b"}), null))
                .hasMessage("name prefix \"a b\" is not allowed: use letters, digits, '.', '_' or '-'");
    }
}
