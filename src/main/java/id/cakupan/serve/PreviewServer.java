package id.cakupan.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.cakupan.text.Catalogue;

/**
 * Serves the site folder of the output as it is on the disk, with a few lines of script added to
 * every page on the way out (never written to the disk) that reload it when a build ends; told of
 * each build's end by {@link #built}. While the last build failed, every page is an error page with
 * that build's messages instead, so that no one reads stale figures; the other files (style sheet,
 * images, downloads) are still the last good ones. Only GET and HEAD.
 */
public final class PreviewServer implements AutoCloseable {

    /** The address of the reload events; the pages' script connects to it. */
    public static final String EVENTS = "/__cakupan/events";
    static final String SCRIPT = "/__cakupan/reload.js";
    /** Clients that may listen for reloads at once; more get 503 (their pages simply do not reload). */
    private static final int MAX_LISTENERS = 32;
    private static final long HEARTBEAT_MILLIS = 15_000;
    private static final Pattern CSP = Pattern.compile(
            "(<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body>", Pattern.CASE_INSENSITIVE);
    private static final String RELOAD_SCRIPT = """
            // cakupan serve: reloads this page when a build has ended. Added while serving only.
            (function () {
              var tag = document.querySelector('script[data-cakupan-build]');
              var build = tag ? tag.getAttribute('data-cakupan-build') : '';
              var events = new EventSource('{events}?build=' + encodeURIComponent(build));
              events.addEventListener('reload', function () {
                events.close();
                location.reload();
              });
            })();
            """.replace("{events}", EVENTS);

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path site;
    private final Path outDir;
    private final Catalogue words;
    private final String instance;
    private final AtomicInteger listeners = new AtomicInteger();
    private final Object builds = new Object();
    private int generation;
    private List<String> failure = List.of();
    private boolean closed;

    /**
     * @param site   the site folder that the output's builds write ({@code OUT/site}); need not exist yet
     * @param outDir the output folder, as the error page names it
     */
    public PreviewServer(InetSocketAddress address, Path site, Path outDir, Catalogue words) throws IOException {
        this.site = site.toAbsolutePath();
        this.outDir = outDir;
        this.words = words;
        this.instance = Long.toString(System.currentTimeMillis(), 36);
        this.server = HttpServer.create(address, 0);
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "cakupan-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    public PreviewServer start() {
        server.start();
        return this;
    }

    /** The address it listens at (the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * A build ended: with no problems, the pages on the disk are current; else these lines say why it
     * failed. Either way the open pages reload.
     */
    public void built(List<String> problems) {
        synchronized (builds) {
            failure = List.copyOf(problems);
            generation++;
            builds.notifyAll();
        }
    }

    /** The name of the current build that a page carries, to learn on connecting whether it missed one. */
    String currentBuild() {
        synchronized (builds) {
            return instance + "-" + generation;
        }
    }

    private List<String> failure() {
        synchronized (builds) {
            return failure;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (!head && !"GET".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            if (EVENTS.equals(path) && !head) {
                events(exchange, uri.getRawQuery());
                return;
            }
            if (SCRIPT.equals(path)) {
                send(exchange, 200, "text/javascript; charset=utf-8", RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            serveFile(exchange, path, head);
        } catch (IOException e) {
            // the browser went away while being answered: nothing to tell anyone
        }
    }

    private void serveFile(HttpExchange exchange, String path, boolean head) throws IOException {
        if (SiteFiles.isFolderWithoutSlash(site, path)) {
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
            return;
        }
        Optional<Path> file = SiteFiles.resolve(site, path);
        List<String> problems = failure();
        boolean page = file.map(SiteFiles::isPage).orElse(path.endsWith("/") || path.endsWith(".html"));
        if (page && !problems.isEmpty()) {
            byte[] body = Pages.failure(words, problems, outDir, tag()).getBytes(StandardCharsets.UTF_8);
            send(exchange, 503, "text/html; charset=utf-8", body, head);
            return;
        }
        if (file.isEmpty()) {
            byte[] body = Pages.notFound(words, path, tag()).getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, "text/html; charset=utf-8", body, head);
            return;
        }
        String type = SiteFiles.contentType(file.get());
        if (page) {
            String html = Files.readString(file.get(), StandardCharsets.UTF_8);
            send(exchange, 200, type, inject(html, tag()).getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        long length = Files.size(file.get());
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, length == 0 ? -1 : length);
        try (InputStream in = Files.newInputStream(file.get()); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The script element that a served page gets before its {@code </body>}. */
    private String tag() {
        return "<script src=\"" + SCRIPT + "\" data-cakupan-build=\"" + currentBuild() + "\" defer></script>";
    }

    /**
     * A page as served: the reload script before its last {@code </body>} (at the end when it has none),
     * and, since the script listens with an EventSource, {@code connect-src 'self'} in the page's
     * Content-Security-Policy when the page has one that does not say where it may connect.
     */
    static String inject(String html, String tag) {
        Matcher csp = CSP.matcher(html);
        String page = html;
        if (csp.find() && !csp.group(2).contains("connect-src")) {
            page = html.substring(0, csp.end(2)) + "; connect-src 'self'" + html.substring(csp.end(2));
        }
        Matcher body = BODY_END.matcher(page);
        int at = -1;
        while (body.find()) {
            at = body.start();
        }
        return at < 0 ? page + tag + "\n" : page.substring(0, at) + tag + "\n" + page.substring(at);
    }

    /**
     * Server-Sent Events: a {@code reload} event when a build ends (at once when the page's build is not
     * the current one), a comment line now and then to notice a browser that went away.
     */
    private void events(HttpExchange exchange, String query) throws IOException {
        if (listeners.incrementAndGet() > MAX_LISTENERS) {
            listeners.decrementAndGet();
            send(exchange, 503, "text/plain; charset=utf-8", "503\n".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            String pageBuild = query != null && query.startsWith("build=") ? query.substring("build=".length()) : "";
            write(out, "retry: 1000\n\n");
            String seen = pageBuild;
            while (true) {
                String current;
                synchronized (builds) {
                    if (!closed && seen.equals(instance + "-" + generation)) {
                        builds.wait(HEARTBEAT_MILLIS);
                    }
                    if (closed) {
                        return;
                    }
                    current = instance + "-" + generation;
                }
                // written outside the lock: a slow browser must not hold up the end of a build
                if (seen.equals(current)) {
                    write(out, ": " + current + "\n\n");
                } else {
                    seen = current;
                    write(out, "event: reload\ndata: " + current + "\n\n");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.decrementAndGet();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Stops listening, ends the open event streams and waits briefly for the answers in progress. */
    @Override
    public void close() {
        synchronized (builds) {
            closed = true;
            builds.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
