package io.eventlens.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.eventlens.web.config.EventLensProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains: {@code /api/**} and {@code /actuator/**} with HTTP Basic for automation (GET for
 * viewers, anything else for operators; health open to probes), and the Vaadin UI with its login
 * page for people.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The OTLP intake checks its own bearer token ({@code eventlens.otlp.token}, see the traces
     * package): senders are programs, so no session, no CSRF token and no login redirect here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain otlpFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v1/traces")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, UserDetailsService users, EventLensProperties properties)
            throws Exception {
        Hardening.api(http, users, properties.limits().maxRequestBody().toBytes());
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        // the answer of heavy work started on the pool (authorized when the request came in)
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**", "/actuator/**")
                        .hasRole(Roles.VIEWER)
                        // a check reads and stores nothing: viewers (and CI jobs) may run it
                        .requestMatchers(HttpMethod.POST, "/api/governance/check", "/api/governance/compat")
                        .hasRole(Roles.VIEWER)
                        .anyRequest()
                        .hasRole(Roles.OPERATOR))
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrors.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiErrors.unauthorized())
                        .accessDeniedHandler(ApiErrors.forbidden()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http) throws Exception {
        Hardening.ui(http);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/webjars/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * No observation around each security filter: even with
     * {@code management.observations.enable.spring.security} off, Spring Security wraps every filter of
     * every chain in a decorator that builds a no-op observation per filter per request (its frames were
     * on a few per cent of the request threads' samples under the load benchmark). Requests are still
     * observed once, by Spring MVC's own server observation.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    UserDetailsService userDetailsService(EventLensProperties properties) {
        return Users.from(properties);
    }
}
