package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * {@code cakupan serve} as a user runs it, in a process of its own on a free port: the province page,
 * a changed figure, a broken file and its error page, the fix, and the stop. The process is killed
 * whatever happens, and the test checks that it is gone.
 */
class ServeIT {

    private static final Path PROJECT = Fixtures.projectDir();
    /** Long enough for a rebuild on a busy machine (it takes about three seconds on an idle one). */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern ADDRESS = Pattern.compile("Pratinjau langsung di (http://127\\.0\\.0\\.1:\\d+/) ");

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void servesRebuildsShowsTheErrorsAndStops() throws Exception {
        Path data = Fixtures.copyTree(PROJECT.resolve("data"), temp.resolve("data"));
        Path out = temp.resolve("out");
        Path participants = data.resolve("kepesertaan.csv");
        List<String> lines = Files.readAllLines(participants, StandardCharsets.UTF_8);
        int kaur = lines.indexOf("17.04,2025-11,PU,10800");
        assertTrue(kaur > 0, "the sample has Kaur's wage earners of November 2025");

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx448m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", data.toString(), "--out", out.toString(),
                "--templates", PROJECT.resolve("report-templates").toString(), "--port", "0")
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove(Main.LANGUAGE_VARIABLE);
        // the output goes to a file: a pipe's last lines can be lost when the process ends (the JDK drains it)
        Path said = temp.resolve("out.txt");
        Process process = builder.start();
        try {
            String address = awaitOutput(said, ADDRESS.asPredicate(), process);
            Matcher m = ADDRESS.matcher(address);
            assertTrue(m.find(), address);
            URI site = URI.create(m.group(1));

            // the province page, as built, with the script that reloads it
            HttpResponse<String> page = get(site);
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertTrue(page.body().contains("<span class=\"card-value\">251.000</span>"), "the province's participants");
            assertTrue(page.body().contains("<script src=\"/__cakupan/reload.js\" data-cakupan-build="), "the reload script");
            assertTrue(page.body().contains("form-action 'none'; connect-src 'self'\">"), "the policy lets it listen");
            byte[] onDisk = Files.readAllBytes(out.resolve("site/index.html"));
            assertFalse(new String(onDisk, StandardCharsets.UTF_8).contains("__cakupan"), "never written to the disk");
            assertEquals(200, get(site.resolve("17.04-kaur.html")).statusCode());
            assertEquals(404, get(site.resolve("tidak-ada.html")).statusCode());
            checkTheServersManners(site);

            // the page listens; a changed figure reloads it
            String build = between(page.body(), "data-cakupan-build=\"", "\"");
            BlockingQueue<String> events = listen(site.resolve("/__cakupan/events?build=" + build));
            lines.set(kaur, "17.04,2025-11,PU,20800");
            Files.write(participants, lines, StandardCharsets.UTF_8);
            long changed = System.nanoTime();
            String rebuilt = awaitPage(site, body -> body.contains("<span class=\"card-value\">261.000</span>"));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - changed);
            assertTrue(rebuilt.contains("<span class=\"card-value\">261.000</span>"), "10,000 more in Kaur, after " + seconds + " s");
            assertEquals("event: reload", awaitLine(events, l -> l.startsWith("event:"), process), "the open page is told");

            // a broken file: every page is the error page, with the file and the line, and the output stays
            byte[] good = Files.readAllBytes(out.resolve("site/index.html"));
            lines.set(kaur, "17.04,2025-11,PU,20.800");
            Files.write(participants, lines, StandardCharsets.UTF_8);
            String error = "kesalahan: " + participants + ":" + (kaur + 1) + ": kolom peserta_aktif: &quot;20.800&quot; "
                    + "bukan bilangan bulat (tulis 20800)";
            String failed = awaitPage(site, body -> body.contains(error));
            assertTrue(failed.startsWith("<!DOCTYPE html>\n<html lang=\"id\">"), failed);
            assertTrue(failed.contains("<h1>Data belum dapat dibangun</h1>"), failed);
            assertTrue(failed.contains("1 kesalahan; tidak ada yang ditulis."), failed);
            HttpResponse<String> regency = get(site.resolve("en/17.04-kaur.html"));
            assertEquals(503, regency.statusCode());
            assertTrue(regency.body().contains(error), "every page, in every folder");
            assertEquals(200, get(site.resolve("assets/style.css")).statusCode(), "the other files are still served");
            assertArrayEquals(good, Files.readAllBytes(out.resolve("site/index.html")), "the last good output is on the disk");

            // fixed: the pages are back
            lines.set(kaur, "17.04,2025-11,PU,10800");
            Files.write(participants, lines, StandardCharsets.UTF_8);
            String back = awaitPage(site, body -> body.contains("<span class=\"card-value\">251.000</span>"));
            assertFalse(back.contains("kesalahan"), back);

            // stopped as by Ctrl-C (the same shutdown): it says so and is gone
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
            String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
            String printed = new String(Files.readAllBytes(said), StandardCharsets.UTF_8);
            assertTrue(printed.endsWith("\nPratinjau dihentikan.\n"), printed + "\n" + err);
            assertTrue(err.contains("Build gagal; peramban menampilkan kesalahannya. Keluaran terakhir yang baik tetap utuh di "
                    + out + "."), err);
        } finally {
            process.destroyForcibly();
            boolean ended = process.waitFor(30, TimeUnit.SECONDS);
            assertTrue(ended && !process.isAlive(), "nothing is left running");
        }
        try (Stream<ProcessHandle> children = process.descendants()) {
            assertEquals(0, children.filter(ProcessHandle::isAlive).count());
        }
    }

    @Test
    void aBusyPortOrAForeignAddressIsSaidBeforeBuilding() throws IOException {
        String out = temp.resolve("out").toString();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var busy = Fixtures.cli("serve", "--data", PROJECT.resolve("data").toString(), "--out", out,
                    "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, busy.exitCode());
            assertEquals("cakupan serve: --host 127.0.0.1 --port " + taken.getLocalPort() + ": port itu sudah dipakai program "
                    + "lain; pilih port lain (misalnya --port 8001, atau --port 0 untuk port bebas mana pun)", busy.err().strip());
        }
        var foreign = Fixtures.cli("serve", "--out", out, "--host", "192.0.2.1", "--lang", "en");
        assertEquals(2, foreign.exitCode());
        assertEquals("cakupan serve: --host 192.0.2.1: not an address of this computer (such as 127.0.0.1, or 0.0.0.0 for "
                + "all of them)", foreign.err().strip());
        var port = Fixtures.cli("serve", "--port", "65536");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().startsWith("cakupan serve: Nilai tidak sah untuk --port: \"65536\" bukan nomor port (tulis angka 0 "
                + "sampai 65535, misalnya 8000)"), port.err());
        assertFalse(Files.exists(temp.resolve("out")), "nothing was built");
    }

    /** Methods, paths that try to leave the site, folders, HEAD. */
    private void checkTheServersManners(URI site) throws Exception {
        assertEquals(405, http.send(HttpRequest.newBuilder(site).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(site.resolve("pdf/17-bengkulu.pdf"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("application/pdf", head.headers().firstValue("Content-Type").orElse(""));
        assertEquals("", head.body());
        HttpResponse<String> folder = http.send(HttpRequest.newBuilder(site.resolve("en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, folder.statusCode());
        assertEquals("/en/", folder.headers().firstValue("Location").orElse(""));
        assertEquals("image/png", get(site.resolve("kartu/17-bengkulu.png")).headers().firstValue("Content-Type").orElse(""));
        // written on a socket: a client library would tidy the path away
        for (String path : List.of("/../data/README.txt", "/%2e%2e/data/README.txt", "/..%2f..%2fdata%2fREADME.txt",
                "/../../../../../../etc/passwd")) {
            String answer = raw(site, "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 404"), path + "\n" + answer);
            assertFalse(answer.contains("Data as of"), path);
        }
    }

    private static String raw(URI site, String request) throws IOException {
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The province page once it satisfies {@code test}, asked for again and again. */
    private String awaitPage(URI site, Predicate<String> test) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        String body = "";
        while (System.nanoTime() < end) {
            body = get(site).body();
            if (test.test(body)) {
                return body;
            }
            Thread.sleep(200);
        }
        return fail("the page did not change as expected within " + PATIENCE + "; it reads:\n" + body);
    }

    /** The lines of an event stream, as they come. */
    private BlockingQueue<String> listen(URI events) throws IOException, InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(events).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        Thread thread = new Thread(() -> response.body().forEach(lines::add), "serve-events");
        thread.setDaemon(true);
        thread.start();
        return lines;
    }

    /** The first line of the process's output that passes {@code test}, once it has been written. */
    private static String awaitOutput(Path output, Predicate<String> test, Process process) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            // read leniently: the process may be halfway through writing a character
            for (String line : new String(Files.readAllBytes(output), StandardCharsets.UTF_8).split("\n")) {
                if (test.test(line)) {
                    return line;
                }
            }
            Thread.sleep(200);
        }
        return fail("no such line within " + PATIENCE + " (process alive: " + process.isAlive() + "):\n"
                + new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
    }

    private static String awaitLine(BlockingQueue<String> lines, Predicate<String> test, Process process) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && test.test(line)) {
                return line;
            }
        }
        return fail("no such line within " + PATIENCE + " (process alive: " + process.isAlive() + ")");
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertTrue(start >= 0, before);
        int end = text.indexOf(after, start + before.length());
        return text.substring(start + before.length(), end);
    }
}
