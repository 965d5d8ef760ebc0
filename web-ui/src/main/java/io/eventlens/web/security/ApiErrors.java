package io.eventlens.web.security;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 answers of the API as RFC 9457 problem bodies, written directly: a container error
 * page would pass through the UI's chain and turn into a redirect to the login page.
 */
final class ApiErrors {

    private ApiErrors() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"EventLens\"");
            write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "Send HTTP Basic credentials of the user viewer (read) or operator (read and change).");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                request.getMethod() + " " + request.getRequestURI()
                        + " needs the operator user; viewer may only read.");
    }

    /** Writes an {@code application/problem+json} answer. */
    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + new String(JsonStringEncoder.getInstance().quoteAsString(detail)) + "\"}");
    }
}
