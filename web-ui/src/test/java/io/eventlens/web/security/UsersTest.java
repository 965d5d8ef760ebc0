package io.eventlens.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.startup.StartupException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class UsersTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void the_demo_gives_each_user_its_own_name_as_password() {
        UserDetailsService users = Users.from(properties(null, null, null));

        assertThat(matches(users.loadUserByUsername("viewer"), "viewer")).isTrue();
        assertThat(matches(users.loadUserByUsername("operator"), "operator")).isTrue();
    }

    @Test
    void an_operator_is_also_a_viewer_and_a_viewer_is_only_a_viewer() {
        UserDetailsService users = Users.from(properties(null, null, null));

        assertThat(users.loadUserByUsername("viewer").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_VIEWER");
        assertThat(users.loadUserByUsername("operator").getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_OPERATOR");
    }

    @Test
    void configured_passwords_replace_the_demo_ones() {
        UserDetailsService users = Users.from(properties(null, "v-secret", "o-secret"));

        assertThat(matches(users.loadUserByUsername("viewer"), "v-secret")).isTrue();
        assertThat(matches(users.loadUserByUsername("viewer"), "viewer")).isFalse();
        assertThat(matches(users.loadUserByUsername("operator"), "o-secret")).isTrue();
    }

    @Test
    void a_real_kafka_without_passwords_refuses_to_start_naming_the_setting() {
        assertThatThrownBy(() -> Users.from(properties("broker:9092", null, "o-secret")))
                .isInstanceOf(StartupException.class)
                .hasMessage("eventlens.security.viewer-password=(not set): a real Kafka is configured,"
                        + " so the demo passwords are not allowed");
        assertThatThrownBy(() -> Users.from(properties("broker:9092", "v-secret", " ")))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("eventlens.security.operator-password=(not set)");
    }

    @Test
    void a_real_kafka_with_both_passwords_starts() {
        UserDetailsService users = Users.from(properties("broker:9092", "v-secret", "o-secret"));

        assertThat(matches(users.loadUserByUsername("operator"), "o-secret")).isTrue();
    }

    private boolean matches(UserDetails user, String password) {
        return encoder.matches(password, user.getPassword());
    }

    private static EventLensProperties properties(String bootstrap, String viewer, String operator) {
        return new EventLensProperties(
                Path.of("data"),
                new EventLensProperties.Kafka(
                        bootstrap, Map.of(), Duration.ofSeconds(1), new EventLensProperties.Embedded(0, 0)),
                new EventLensProperties.Redis(""),
                new EventLensProperties.Security(viewer, operator),
                new EventLensProperties.CatalogSources(null, null));
    }
}
