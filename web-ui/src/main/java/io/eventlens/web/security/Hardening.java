package io.eventlens.web.security;

import java.time.Clock;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** What both security chains add: headers, and per chain the filters of issue #15. */
final class Hardening {

    /** Vaadin's client runs inline bootstrap scripts and generated functions, and inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private Hardening() {}

    static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }

    /** Basic credentials verified once and throttled; bodies capped at {@code maxBody} bytes. */
    static void api(HttpSecurity http, UserDetailsService users, long maxBody) throws Exception {
        headers(http);
        http.addFilterBefore(
                        new BasicAuthGuard(
                                new ProviderManager(new DaoAuthenticationProvider(users)), Clock.systemUTC()),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new RequestBodyLimit(maxBody), BasicAuthenticationFilter.class);
    }

    /** Log-ins only from EventLens's own pages. */
    static void ui(HttpSecurity http) throws Exception {
        headers(http);
        http.addFilterBefore(new SameOriginLogin(), UsernamePasswordAuthenticationFilter.class);
    }
}
