package io.eventlens.web.security;

import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.startup.StartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The users {@code viewer} and {@code operator}, with the configured or (demo only) default passwords. */
final class Users {

    private static final Logger LOG = LoggerFactory.getLogger(Users.class);

    private Users() {}

    static UserDetailsService from(EventLensProperties properties) {
        EventLensProperties.Security security = properties.security();
        String viewer = security.viewerPassword();
        String operator = security.operatorPassword();
        if (properties.demo()) {
            if (blank(viewer) || blank(operator)) {
                LOG.warn(
                        "Demo mode: log in as viewer/{} or operator/{}. These passwords are for the embedded demo only;"
                                + " set eventlens.security.viewer-password and operator-password for anything else.",
                        blank(viewer) ? "viewer" : "(configured)",
                        blank(operator) ? "operator" : "(configured)");
            }
            viewer = blank(viewer) ? "viewer" : viewer;
            operator = blank(operator) ? "operator" : operator;
        } else {
            require("eventlens.security.viewer-password", viewer);
            require("eventlens.security.operator-password", operator);
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(
                User.withUsername("viewer")
                        .password(encoder.encode(viewer))
                        .roles(Roles.VIEWER)
                        .build(),
                User.withUsername("operator")
                        .password(encoder.encode(operator))
                        .roles(Roles.VIEWER, Roles.OPERATOR)
                        .build());
    }

    private static void require(String setting, String value) {
        if (blank(value)) {
            throw new StartupException(
                    setting,
                    "(not set)",
                    "a real Kafka is configured, so the demo passwords are not allowed",
                    "Set eventlens.security.viewer-password and eventlens.security.operator-password"
                            + " (e.g. as environment variables EVENTLENS_SECURITY_VIEWER_PASSWORD and"
                            + " EVENTLENS_SECURITY_OPERATOR_PASSWORD).",
                    null);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
