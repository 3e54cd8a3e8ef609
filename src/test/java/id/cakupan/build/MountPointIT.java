package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.cakupan.Fixtures;

/**
 * A mount point as {@code --out} cannot be renamed, so it is refused before any work, with the advice
 * to choose a folder inside it, which works. The mounts are made in a mount namespace of the test's
 * own ({@code unshare -m}, as root); where that is not allowed the test is skipped, except in CI.
 */
class MountPointIT {

    static final Path PROJECT = Fixtures.projectDir();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mount -t tmpfs cakupan-test \"$1\"", "mount --bind \"$1\" \"$1\""})
    void aMountPointIsRefusedBeforeAnyWorkAndAFolderInsideItWorks(String mount) throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Path point = Files.createDirectories(temp.resolve("usb stick"));
        List<String> cli = List.of("java", "-XX:TieredStopAtLevel=1", "-jar", PROJECT.resolve("target/cakupan.jar").toString(),
                "build", "--data", data.toString(), "--templates", PROJECT.resolve("report-templates").toString(), "--quiet",
                "--out");
        String script = mount + " || exit 99\n"
                + quoted(cli) + " \"$1\"; echo \"refused=$?\"\n"
                + "ls -A \"$1\"; echo listed\n"
                + quoted(TinyBuild.command(data.toString())) + " \"$1/output\" 2025-11; echo \"inside=$?\"\n"
                + "ls -A \"$1\" \"$1/output\"\n";
        Process process = new ProcessBuilder("unshare", "-m", "sh", "-c", script, "sh", point.toString())
                .redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        if (process.exitValue() == 99 || said.contains("unshare: ")) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "in CI, mounting must work: " + said);
            Assumptions.abort("cannot mount here (" + said.strip() + ")");
        }
        assertTrue(said.startsWith("cakupan build: --out " + point + " adalah titik kait (mount point) yang tidak dapat "
                + "diganti utuh; pilih folder di dalamnya, misalnya " + point.resolve("output") + "\nrefused=2\nlisted\n"),
                said);
        assertTrue(said.contains("inside=0\n"), said);
        assertTrue(said.endsWith(":\noutput\n\n" + point.resolve("output") + ":\n" + OutputFolder.MARKER + "\ndata\npdf\nsite\n"),
                "a folder inside the mount point holds the output, nothing is left beside it: " + said);
        assertEquals(List.of("data", "usb stick"), KilledRunIT.names(temp), "nothing was written beside the mount point");
    }

    private static String quoted(List<String> command) {
        List<String> words = new ArrayList<>();
        for (String word : command) {
            words.add("'" + word.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }
}
