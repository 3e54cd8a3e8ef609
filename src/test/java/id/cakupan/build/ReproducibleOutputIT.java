package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** Two builds of the same data give the same bytes in every file, so a published site can be diffed and audited. */
class ReproducibleOutputIT {

    static final Path JAR = Fixtures.projectDir().resolve("target/cakupan.jar");

    @Test
    void twoBuildsOfTheSampleDataAreIdentical(@TempDir Path temp) throws Exception {
        String data = Fixtures.projectDir().resolve("data").toString();
        for (String out : new String[] {"first", "second"}) {
            var run = Fixtures.cli("build", "--data", data, "--out", temp.resolve(out).toString());
            assertEquals(0, run.exitCode(), run.err());
        }
        Map<String, String> first = hashes(temp.resolve("first"));
        Map<String, String> second = hashes(temp.resolve("second"));
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith(".pdf")));
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith(".html")));
        assertTrue(first.keySet().stream().anyMatch(f -> f.endsWith(".csv")));
        assertEquals(first, second);
    }

    /**
     * The program as officials run it, in a child process with the given environment and JVM options:
     * the time zone and language of the machine are read when the JVM starts, so they cannot be set
     * in this test's own JVM.
     */
    private static void buildInProcess(Path data, Path out, Map<String, String> environment, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx448m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString(), "build", "--quiet", "--data", data.toString(), "--out",
                out.toString(), "--templates", Fixtures.projectDir().resolve("report-templates").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build ends");
        assertEquals(0, process.exitValue(), () -> out + ": " + log(out));
    }

    private static String log(Path out) {
        try {
            return Files.readString(out.resolveSibling(out.getFileName() + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Built in WIB, WITA and WIT, with a JVM zone set apart from the system's, and with a default
     * language that writes other digits (Thai with its Buddhist calendar, Arabic): every file, the
     * PDFs included, is the same bytes as a build in UTC, and the PDFs are dated with the data's
     * as-of date in Jakarta time, not with the clock.
     */
    @Test
    void theSameBytesInEveryIndonesianTimeZoneAndAnyDefaultLanguage(@TempDir Path temp) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged program is needed: " + JAR);
        Path data = Fixtures.projectDir().resolve("data");
        buildInProcess(data, temp.resolve("utc"), Map.of("TZ", "UTC"));
        Map<String, String> reference = hashes(temp.resolve("utc"));
        long pdfs = reference.keySet().stream().filter(f -> f.endsWith(".pdf")).count();
        assertTrue(pdfs > 1 && reference.size() > pdfs, "PDFs and other files: " + reference.keySet());
        String date = pdfDate(temp.resolve("utc/pdf/17-bengkulu.pdf"));
        assertEquals("/CreationDate (D:20251130000000+07'00')", date, "the as-of date, 30 November 2025 WIB");

        Map<String, Map<String, String>> builds = new LinkedHashMap<>();
        builds.put("wib", Map.of("TZ", "Asia/Jakarta"));
        builds.put("wita", Map.of("TZ", "Asia/Makassar"));
        builds.put("wit", Map.of("TZ", "Asia/Jayapura"));
        for (var build : builds.entrySet()) {
            buildInProcess(data, temp.resolve(build.getKey()), build.getValue());
        }
        buildInProcess(data, temp.resolve("thai"), Map.of("TZ", "Asia/Jayapura"), "-Duser.timezone=Pacific/Kiritimati",
                "-Duser.language=th", "-Duser.country=TH", "-Duser.variant=TH");
        buildInProcess(data, temp.resolve("arabic"), Map.of("TZ", "Asia/Makassar"), "-Duser.language=ar",
                "-Duser.country=SA");
        for (String build : List.of("wib", "wita", "wit", "thai", "arabic")) {
            Map<String, String> hashes = hashes(temp.resolve(build));
            assertEquals(reference.keySet(), hashes.keySet(), build + ": the same files");
            List<String> differing = reference.keySet().stream()
                    .filter(f -> !reference.get(f).equals(hashes.get(f))).toList();
            assertEquals(List.of(), differing, build + ": files that differ from the build in UTC");
        }
    }

    /** With {@code SOURCE_DATE_EPOCH} the PDFs carry that moment, the same in every time zone. */
    @Test
    void sourceDateEpochGivesTheSameBytesInEveryTimeZone(@TempDir Path temp) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged program is needed: " + JAR);
        Path data = Fixtures.validFixture(temp.resolve("data"));
        // 11 December 2025, 14:05:09 WIB
        buildInProcess(data, temp.resolve("utc"), Map.of("TZ", "UTC", "SOURCE_DATE_EPOCH", "1765436709"));
        buildInProcess(data, temp.resolve("wit"), Map.of("TZ", "Asia/Jayapura", "SOURCE_DATE_EPOCH", "1765436709"));
        assertEquals(hashes(temp.resolve("utc")), hashes(temp.resolve("wit")));
        assertEquals("/CreationDate (D:20251211140509+07'00')", pdfDate(temp.resolve("utc/pdf/17-bengkulu.pdf")));
    }

    private static String pdfDate(Path pdf) throws IOException {
        var matcher = Pattern.compile("/CreationDate \\([^)]*\\)")
                .matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        return matcher.find() ? matcher.group() : "no creation date";
    }

    private static Map<String, String> hashes(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }
}
