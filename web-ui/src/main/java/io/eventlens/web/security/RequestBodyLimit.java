package io.eventlens.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies of the web API: a form encoding is refused (415: a document sent as a form would be read as
 * form fields, not as the document), a declared length above the limit is refused before it is read
 * (413), and a body of unknown length stops being read at the limit ({@link BodyTooLargeException}).
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    static final String SETTING = "eventlens.limits.max-request-body";

    private final long limit;

    RequestBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            ApiErrors.write(
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Media Type",
                    "Content-Type " + request.getContentType() + " on " + request.getRequestURI()
                            + " is a form encoding: send the body as it is, with Content-Type application/json or"
                            + " application/yaml (curl: -H 'Content-Type: application/yaml' --data-binary @doc.yaml)");
            return;
        }
        if (request.getContentLengthLong() > limit) {
            ApiErrors.write(
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Content Too Large",
                    message(request.getContentLengthLong() + " bytes"));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request) : request, response);
    }

    String message(String size) {
        return "the request body has " + size + ": allowed at most " + limit + " bytes (" + SETTING + ")";
    }

    /** Thrown while reading a body of unknown length past the limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(String message) {
            super(message);
        }
    }

    private final class Capped extends HttpServletRequestWrapper {

        Capped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws BodyTooLargeException {
                    read += n;
                    if (read > limit) {
                        throw new BodyTooLargeException(message("more than " + limit + " bytes"));
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
