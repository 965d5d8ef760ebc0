package io.eventlens.web.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issue #15 load (run by hand against a running EventLens, never in CI): {@code clients} clients for
 * {@code seconds}, each on its own kept-alive connection sending requests back to back as {@code viewer}
 * with HTTP Basic, to {@code GET /api/catalog} and {@code POST /api/governance/compat} (two small JSON
 * Schemas). In mode {@code alternate} every client alternates the two; in mode {@code split} half the
 * clients send only the one and half only the other. Prints requests/s, p50 and p99 per endpoint and in
 * all, and non-2xx answers by status. Arguments: {@code baseUrl clients seconds mode} (defaults
 * http://127.0.0.1:8080 50 30 alternate).
 *
 * <p>Each client is a plain blocking socket writing prepared request bytes and reading the answer
 * (Content-Length or chunked), like wrk: the client runs on the same two cores as the server, and
 * the JDK's {@code HttpClient} (a selector thread and futures per client) took about 40 % of the
 * machine's CPU here, which the server then did not get.
 */
public final class ApiLoadBenchmark {

    private static final String COMPAT = "{\"versions\": [{\"type\": \"object\", \"properties\": {\"id\":"
            + " {\"type\": \"string\"}}}, {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"},"
            + " \"total\": {\"type\": \"number\"}}, \"required\": [\"id\"]}]}";

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        boolean split = args.length > 3 && args[3].equals("split");
        new ApiLoadBenchmark().run(URI.create(base), clients, Duration.ofSeconds(seconds), split);
    }

    private record Request(String name, byte[] bytes) {}

    private void run(URI base, int clients, Duration duration, boolean split) throws InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
        String host = base.getHost() + ":" + base.getPort();
        Request catalog = new Request(
                "GET /api/catalog",
                ("GET /api/catalog HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + auth
                                + "\r\nAccept: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        byte[] body = COMPAT.getBytes(StandardCharsets.UTF_8);
        Request compat = new Request(
                "POST /api/governance/compat",
                ("POST /api/governance/compat HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + auth
                                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                                + body.length + "\r\n\r\n" + COMPAT)
                        .getBytes(StandardCharsets.UTF_8));
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            Request first = i % 2 == 0 ? catalog : compat;
            Request second = split ? first : (i % 2 == 0 ? compat : catalog);
            threads.submit(() -> client(base, first, second, end));
        }
        threads.shutdown();
        threads.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        System.out.println("mode " + (split ? "split" : "alternate") + ", " + clients + " clients, " + duration);
        report(duration);
    }

    private void client(URI base, Request first, Request second, long end) {
        Connection connection = null;
        boolean odd = false;
        while (System.nanoTime() < end) {
            Request request = odd ? second : first;
            odd = !odd;
            long start = System.nanoTime();
            int status;
            try {
                if (connection == null) {
                    connection = new Connection(base);
                }
                status = connection.exchange(request.bytes());
                if (!connection.keptAlive()) {
                    connection.close();
                    connection = null;
                }
            } catch (IOException e) {
                failures.computeIfAbsent(request.name() + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
                closeQuietly(connection);
                connection = null;
                continue;
            }
            if (status / 100 != 2) {
                failures.computeIfAbsent(request.name() + " " + status, k -> new AtomicLong())
                        .incrementAndGet();
                continue;
            }
            latencies
                    .computeIfAbsent(request.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - start);
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // the run is over for this connection either way
            }
        }
    }

    /** One kept-alive HTTP/1.1 connection: writes a request, reads one answer whole. */
    private static final class Connection implements Closeable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean keptAlive = true;

        Connection(URI base) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP/1.1 answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            keptAlive = true;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    keptAlive = false;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
                        size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                keptAlive = false;
            }
            return status;
        }

        boolean keptAlive() {
            return keptAlive;
        }

        private String line() throws IOException {
            var bytes = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }

        private void skip(long count) throws IOException {
            for (long left = count; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in the middle of a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private void report(Duration duration) {
        List<Long> all = new ArrayList<>();
        latencies.forEach((name, list) -> {
            all.addAll(list);
            System.out.println(line(name, list, duration));
        });
        System.out.println(line("all", all, duration));
        System.out.println("failed: " + failures);
    }

    private static String line(String name, List<Long> list, Duration duration) {
        List<Long> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        return String.format(
                "RESULT %-28s %7d ok = %7.1f req/s  p50 %7.1f ms  p99 %7.1f ms",
                name,
                sorted.size(),
                sorted.size() / (double) duration.toSeconds(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }
}
