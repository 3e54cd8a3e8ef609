package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** Two builds of the same data give the same bytes in every file, so a published site can be diffed and audited. */
class ReproducibleOutputIT {

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
