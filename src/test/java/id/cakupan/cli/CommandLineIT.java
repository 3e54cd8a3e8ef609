package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** The {@code build} and {@code validate} commands as a user runs them: exit codes, messages, output folder. */
class CommandLineIT {

    static final Path PROJECT = Fixtures.projectDir();
    static final String DATA = PROJECT.resolve("data").toString();

    @TempDir
    Path temp;

    @Test
    void helpAndVersion() {
        var help = Fixtures.cli("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("build") && help.out().contains("validate"), help.out());
        assertTrue(help.out().contains("65"), "exit codes are documented");
        var buildHelp = Fixtures.cli("build", "--help");
        for (String option : List.of("--data", "--out", "--templates", "--period", "--lang")) {
            assertTrue(buildHelp.out().contains(option), option);
        }
        var version = Fixtures.cli("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("cakupan "), version.out());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, Fixtures.cli().exitCode(), "no command");
        assertEquals(2, Fixtures.cli("bake").exitCode());
        assertEquals(2, Fixtures.cli("build", "--colour").exitCode());
        var lang = Fixtures.cli("build", "--lang", "fr");
        assertEquals(2, lang.exitCode());
        assertEquals("cakupan build: Nilai tidak sah untuk --lang: \"fr\" bukan bahasa (tulis id atau en)\n"
                + "Lihat 'cakupan build --help'.", lang.err().strip());
        var month = Fixtures.cli("build", "--period", "2025-13");
        assertEquals(2, month.exitCode());
        assertTrue(month.err().contains("Nilai tidak sah untuk --period: \"2025-13\" bukan bulan (tulis YYYY-MM, misalnya "
                + "2025-11)"), month.err());
        for (String url : List.of("ftp://example.go.id/cakupan/", "example.go.id/cakupan", "https://example.go.id/?a=1",
                "https://example.go.id/cakupan/#top", "https:///cakupan")) {
            var site = Fixtures.cli("build", "--site-url", url);
            assertEquals(2, site.exitCode(), url);
            assertEquals("cakupan build: Nilai tidak sah untuk --site-url: \"" + url + "\" bukan alamat situs (tulis alamat "
                    + "lengkap http:// atau https:// tanpa ? dan #, misalnya https://contoh.go.id/cakupan/)\n"
                    + "Lihat 'cakupan build --help'.", site.err().strip());
        }
        var english = Fixtures.cli("build", "--site-url", "mailto:x@example.go.id", "--lang", "en");
        assertEquals("cakupan build: Invalid value for --site-url: \"mailto:x@example.go.id\" is not a site address (write "
                + "a full http:// or https:// address without ? or #, such as https://example.go.id/cakupan/)\n"
                + "See 'cakupan build --help'.", english.err().strip());
        var missing = Fixtures.cli("validate", "--data", temp.resolve("nope").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("cakupan validate: --data " + temp.resolve("nope") + ": folder tidak ada", missing.err().strip());
        var missingInEnglish = Fixtures.cli("validate", "--data", temp.resolve("nope").toString(), "--lang", "en");
        assertEquals("cakupan validate: --data " + temp.resolve("nope") + ": no such folder", missingInEnglish.err().strip());
    }

    @Test
    void aMonthOutsideTheDataIsWrongUsage() {
        var run = Fixtures.cli("build", "--data", DATA, "--out", temp.resolve("out").toString(), "--period", "2026-01");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--period 2026-01: data tidak memuat angka untuk bulan itu (data mencakup 2024-01 "
                + "sampai 2025-11)"), run.err());
        assertFalse(Files.exists(temp.resolve("out")));
        var english = Fixtures.cli("build", "--data", DATA, "--out", temp.resolve("out").toString(), "--period", "2026-01",
                "--lang", "en", "--quiet");
        assertEquals(2, english.exitCode());
        assertEquals("cakupan build: --period 2026-01: the data has no figures for that month (it covers 2024-01 to "
                + "2025-11)", english.err().strip());
    }

    @Test
    void validateSummarisesTheSampleData() {
        var run = Fixtures.cli("validate", "--data", DATA);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wilayah: 1 provinsi, 9 kabupaten, 1 kota (ditambah tingkat nasional)"), run.out());
        assertTrue(run.out().contains("Bulan: 23, 2024-01 sampai 2025-11"), run.out());
        assertTrue(run.out().contains("tenaga_kerja.csv"), run.out());
        assertTrue(run.out().contains("Peringatan: 0"), run.out());
        var english = Fixtures.cli("validate", "--data", DATA, "--lang", "en");
        assertTrue(english.out().contains("Regions: 1 provinces, 9 regencies, 1 cities (plus the country)"), english.out());
        assertTrue(english.out().contains("Months: 23, 2024-01 to 2025-11"), english.out());
    }

    @Test
    void buildWritesTheTablesAndChoosesTheMonth() throws IOException {
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--period", "2024-11", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("reporting month 2024-11"), run.out());
        for (String table : List.of("indikator_wilayah.csv", "indikator_rentan.csv", "anggaran.csv", "regulasi.csv")) {
            byte[] bytes = Files.readAllBytes(out.resolve("data").resolve(table));
            assertTrue(bytes.length > 100, table);
            assertFalse(bytes[0] == (byte) 0xEF, table + " has no byte-order mark");
        }
        String readme = Files.readString(out.resolve("data/README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("Data as of November 2024."), readme);
        assertTrue(readme.contains("Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri"), readme);
        assertTrue(readme.matches("(?s).*Input data fingerprint \\(SHA-256\\): [0-9a-f]{12}\n.*"), readme);
        String header = Files.readAllLines(out.resolve("data/indikator_wilayah.csv"), StandardCharsets.UTF_8).get(0);
        assertTrue(header.startsWith("kode_wilayah,nama_wilayah,tingkat,periode,potensi_peserta,peserta_aktif,"
                + "peserta_pu,peserta_bpu,peserta_jakon,peserta_pmi,cakupan_persen,target_persen,selisih_target_poin,"
                + "kekurangan_peserta,peringkat_provinsi,jumlah_wilayah_provinsi,perubahan_bulanan_poin,"
                + "perubahan_tahunan_poin,pekerja_rentan,rentan_terlindungi,cakupan_rentan_persen"), header);
    }

    @Test
    void warningsArePrintedAndDoNotFail() throws IOException {
        Path data = Fixtures.write(temp.resolve("data"), Map.of(
                "tenaga_kerja.csv", "kode_wilayah,periode,potensi_peserta\n17.04,2025-11,100\n",
                "kepesertaan.csv", "kode_wilayah,periode,segmen,peserta_aktif\n17.04,2025-11,BPU,130\n"));
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", temp.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("peringatan: 17.04 Kabupaten Kaur, 2025-11: peserta aktif 130 melebihi potensi "
                + "peserta 100 (cakupan di atas 100 %; apakah potensi_peserta sudah diperbarui?)\n"), run.err());
        assertTrue(run.out().contains("5 peringatan"), run.out() + run.err());
        var english = Fixtures.cli("build", "--data", data.toString(), "--out", temp.resolve("out").toString(),
                "--lang", "en");
        assertEquals(0, english.exitCode(), english.err());
        assertTrue(english.err().contains("warning: 17.04 Kabupaten Kaur, 2025-11: 130 active participants exceed the "
                + "potential of 100 (coverage above 100 %; is potensi_peserta up to date?)\n"), english.err());
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputAsItWas() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode());
        byte[] before = Files.readAllBytes(out.resolve("data/indikator_wilayah.csv"));

        Path broken = Fixtures.write(temp.resolve("broken"), Map.of(
                "tenaga_kerja.csv", "kode_wilayah,periode,potensi_peserta\n17.04,2025-11,1.000\n",
                "kepesertaan.csv", "kode_wilayah,periode,segmen,peserta_aktif\n"));
        assertEquals(65, Fixtures.cli("build", "--data", broken.toString(), "--out", out.toString()).exitCode());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(out.resolve("data/indikator_wilayah.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void aRebuildReplacesTheOutputWholeAndCleansUpAfterAnInterruptedRun() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode());
        Files.writeString(out.resolve("stale.txt"), "from an older build");
        Path leftover = temp.resolve(".out.cakupan-staging-12345");
        Files.createDirectories(leftover.resolve("data"));
        Files.createFile(leftover.resolve(".cakupan-output"));
        Path foreign = temp.resolve(".out.cakupan-not-ours");
        Files.createDirectories(foreign);

        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode());
        assertFalse(Files.exists(out.resolve("stale.txt")), "the output is replaced whole");
        assertFalse(Files.exists(leftover), "a killed run's staging folder is removed");
        assertTrue(Files.exists(foreign), "a folder without the marker is never touched");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".out.cakupan-not-ours", "out"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anOutputSwappedAwayByAKilledRunIsRestored() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode());
        Files.move(out, temp.resolve(".out.cakupan-retired-999"));
        var run = Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--period", "2030-01");
        assertEquals(2, run.exitCode());
        assertTrue(Files.exists(out.resolve("data/indikator_wilayah.csv")), "even a run that stops on wrong usage restores it");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode());
        assertTrue(Files.exists(out.resolve("data/indikator_wilayah.csv")));
        assertFalse(Files.exists(temp.resolve(".out.cakupan-retired-999")));
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        Path mine = temp.resolve("documents");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("letter.txt"), "keep me");
        var run = Fixtures.cli("build", "--data", DATA, "--out", mine.toString());
        assertEquals(2, run.exitCode());
        assertEquals("cakupan build: --out " + mine + " tidak kosong dan tidak dibuat oleh Cakupan; folder ini tidak "
                + "akan diganti (pilih folder baru atau folder kosong)", run.err().strip());
        var english = Fixtures.cli("build", "--data", DATA, "--out", mine.toString(), "--lang", "en");
        assertEquals("cakupan build: --out " + mine + " is not empty and was not made by Cakupan; refusing to replace it "
                + "(choose a new or empty folder)", english.err().strip());
        assertEquals("keep me", Files.readString(mine.resolve("letter.txt")));

        var intoData = Fixtures.cli("build", "--data", DATA, "--out", DATA);
        assertEquals(2, intoData.exitCode());
        assertTrue(intoData.err().contains("berisi data atau templat"), intoData.err());
        var parentOfData = Fixtures.cli("build", "--data", DATA, "--out", PROJECT.toString());
        assertEquals(2, parentOfData.exitCode());
    }

    @Test
    void oneRegionOnDemandWritesOnlyItsOutputsWithTheFiguresOfAFullBuild() throws IOException {
        Path full = temp.resolve("full");
        Path kaur = temp.resolve("kaur");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", full.toString()).exitCode());
        var run = Fixtures.cli("build", "--data", DATA, "--out", kaur.toString(), "--region", "17.04");
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.walk(kaur)) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> kaur.relativize(f).toString())
                    .filter(f -> f.endsWith(".pdf") || f.endsWith(".html")).sorted().toList();
            assertEquals(List.of("pdf/17.04-kaur.pdf", "site/17.04-kaur.html", "site/en/17.04-kaur.html",
                    "site/pdf/17.04-kaur.pdf"), names);
        }
        List<String> kaurRows = Files.readAllLines(kaur.resolve("data/indikator_wilayah.csv"));
        List<String> fullRows = Files.readAllLines(full.resolve("data/indikator_wilayah.csv")).stream()
                .filter(line -> line.startsWith("17.04,") || line.startsWith("kode_wilayah")).toList();
        assertEquals(fullRows, kaurRows, "the same figures as in a full build, rank included");
        assertEquals(Files.readString(full.resolve("site/17.04-kaur.html")), Files.readString(kaur.resolve("site/17.04-kaur.html")));

        var unknown = Fixtures.cli("build", "--data", DATA, "--out", temp.resolve("x").toString(), "--region", "18.01");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--region 18.01: data tidak memuat angka untuk wilayah itu pada 2025-11"),
                unknown.err());
    }

    @Test
    void oneRegionRebuiltInsideAFullOutputReplacesOnlyItsFilesAndLosesNothing() throws Exception {
        Path out = temp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode());
        Map<String, String> full = hashes(out);
        // stand-ins for an older look of Kaur's files, so that the test sees them rewritten
        for (String kaur : List.of("pdf/17.04-kaur.pdf", "site/pdf/17.04-kaur.pdf", "site/17.04-kaur.html",
                "site/en/17.04-kaur.html")) {
            Files.delete(out.resolve(kaur));
            Files.writeString(out.resolve(kaur), "older");
        }

        var run = Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--region", "17.04");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(full, hashes(out), "every file of the full build is there, Kaur's rewritten as a full build writes them");
        for (Path page : List.of(out.resolve("site/17.04-kaur.html"), out.resolve("site/en/17.04-kaur.html"))) {
            for (Element link : Jsoup.parse(page.toFile()).select("a[href], link[href], script[src]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (!target.startsWith("#") && !target.contains("://")) {
                    Path file = page.resolveSibling(target.replaceAll("[#?].*", ""));
                    assertTrue(Files.exists(file), page + " links to " + target + ", which exists");
                }
            }
        }
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of("out"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no folder is left over");
        }

        // a killed run had swapped the full output away: it is put back before the region build looks at it
        Files.move(out, temp.resolve(".out.cakupan-retired-999"));
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--region", "17.04").exitCode());
        assertEquals(full, hashes(out), "the full output is restored and updated, not replaced by one region's files");
    }

    @Test
    void oneRegionIsNotBuiltIntoAnOutputItWouldNotMatchOrWouldPartlyReplace() throws Exception {
        Path out = temp.resolve("out");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--period", "2025-10").exitCode());
        Map<String, String> october = hashes(out);
        var otherMonth = Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--region", "17.04", "--lang", "en",
                "--quiet");
        assertEquals(2, otherMonth.exitCode());
        assertEquals("cakupan build: --out " + out + " holds a full output made for 2025-10, not 2025-11, with --lang id, "
                + "not en; refusing to update region 17.04 in it, which would then not match the rest (build all "
                + "regions, or choose a new or empty folder)", otherMonth.err().strip());
        var otherMonthInIndonesian = Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--region", "17.04",
                "--quiet");
        assertEquals("cakupan build: --out " + out + " berisi keluaran lengkap yang dibuat untuk 2025-10, bukan 2025-11; "
                + "wilayah 17.04 tidak akan diperbarui di dalamnya karena hasilnya tidak akan cocok dengan bagian lainnya "
                + "(bangun semua wilayah, atau pilih folder baru atau folder kosong)", otherMonthInIndonesian.err().strip());
        assertEquals(october, hashes(out), "nothing was touched");

        Path kaur = temp.resolve("kaur");
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", kaur.toString(), "--region", "17.04").exitCode());
        Map<String, String> kaurOnly = hashes(kaur);
        var other = Fixtures.cli("build", "--data", DATA, "--out", kaur.toString(), "--region", "17.05", "--quiet");
        assertEquals(2, other.exitCode());
        assertEquals("cakupan build: --out " + kaur + " hanya berisi keluaran wilayah 17.04; folder ini tidak akan "
                + "diganti dengan keluaran wilayah 17.05 saja (bangun dulu semua wilayah ke dalamnya, atau pilih folder "
                + "baru atau folder kosong)", other.err().strip());
        var otherInEnglish = Fixtures.cli("build", "--data", DATA, "--out", kaur.toString(), "--region", "17.05",
                "--lang", "en", "--quiet");
        assertEquals("cakupan build: --out " + kaur + " holds only the outputs of region 17.04; refusing to replace it "
                + "with the outputs of region 17.05 alone (build all regions into it first, or choose a new or empty "
                + "folder)", otherInEnglish.err().strip());
        assertEquals(kaurOnly, hashes(kaur));
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", kaur.toString(), "--region", "17.04").exitCode(),
                "the same region again replaces its own output");
        assertEquals(kaurOnly, hashes(kaur));

        Files.write(out.resolve(".cakupan-output"), new byte[0]);  // as earlier versions left it
        var older = Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--region", "17.04", "--period", "2025-10");
        assertEquals(2, older.exitCode());
        assertTrue(older.err().contains("--out " + out + " dibuat oleh versi Cakupan terdahulu yang tidak mencatat "
                + "isinya; folder ini tidak akan diganti dengan keluaran wilayah 17.04 saja"), older.err());
        assertEquals(0, Fixtures.cli("build", "--data", DATA, "--out", out.toString()).exitCode(),
                "a full build replaces any output Cakupan made");
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }

    @Test
    void progressIsShownAsPlainLinesAndNotAtAllWhenQuiet() {
        var run = Fixtures.cli("build", "--data", DATA, "--out", temp.resolve("out").toString());
        assertTrue(run.err().contains("laporan PDF: 11 dari 11 (100 %)"), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("dasbor selesai: ")), run.err());
        assertTrue(run.out().contains(" berkas ditulis ke "), "a summary at the end");
        var quiet = Fixtures.cli("build", "--data", DATA, "--out", temp.resolve("out").toString(), "--quiet");
        assertEquals(0, quiet.exitCode());
        assertEquals("", quiet.out() + quiet.err());
    }

    @Test
    void theLauncherRunsFromAnyFolder() throws Exception {
        Path out = temp.resolve("out");
        Process process = new ProcessBuilder(PROJECT.resolve("cakupan").toString(), "build", "--data", DATA,
                "--out", out.toString())
                .directory(temp.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.exists(out.resolve("data/indikator_wilayah.csv")), output);
    }
}
