package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The terminal speaks Indonesian unless told otherwise: {@code --help}, usage errors, progress and
 * the summary; English with {@code --lang en} or {@code CAKUPAN_LANG=en}, and {@code --lang} wins.
 */
class LanguageIT {

    static final String DATA = Fixtures.projectDir().resolve("src/test/resources/fixtures/valid").toString();

    @TempDir
    Path temp;

    @Test
    void helpIsIndonesianByDefaultAndEnglishOnRequest() {
        var help = Fixtures.cli("build", "--help");
        assertEquals(0, help.exitCode());
        String words = help.out().replaceAll("\\s+", " ");
        for (String line : List.of("Penggunaan: cakupan build", "Memeriksa data lalu menulis tabel indikator",
                "Folder keluaran, diganti utuh oleh setiap build (bawaan: output).", "Bulan laporan (bawaan: bulan "
                + "terakhir dalam data).", "Tampilkan bantuan ini lalu keluar.")) {
            assertTrue(words.contains(line), line + "\n" + help.out());
        }
        for (String english : List.of("Usage:", "Options:", "Output folder", "Show this help")) {
            assertFalse(help.out().contains(english), english + "\n" + help.out());
        }

        var top = Fixtures.cli("--help");
        assertTrue(top.out().contains("Perintah:\n  build     Memeriksa data lalu menulis"), top.out());
        assertTrue(top.out().contains("Panduan pengguna: PANDUAN.md."), top.out());
        assertTrue(top.out().replaceAll("\\s+", " ").contains("Status keluar: 0 berhasil"), top.out());
        assertTrue(top.out().replaceAll("\\s+", " ").contains("65 data tidak sah"), top.out());
        assertFalse(help.out().contains("Status keluar"), "the exit statuses are listed once, in the main help");

        var english = Fixtures.cli(Map.of("CAKUPAN_LANG", "en"), "template", "--help");
        assertTrue(english.out().contains("Usage: cakupan template"), english.out());
        assertTrue(english.out().contains("Replace the workbook if it exists."), english.out());
        assertEquals(english.out(), Fixtures.cli("template", "--help", "--lang", "en").out());
        assertEquals(Fixtures.cli("template", "--help").out(),
                Fixtures.cli(Map.of("CAKUPAN_LANG", "en"), "template", "--lang=id", "--help").out(), "--lang wins");
    }

    @Test
    void usageErrorsSayWhatIsWrongAndWhereToReadMore() {
        var unknown = Fixtures.cli("validate", "--helpp", DATA);
        assertEquals(2, unknown.exitCode());
        assertEquals("cakupan validate: Opsi tidak dikenal: --helpp\nMaksud Anda --help?\n"
                + "Lihat 'cakupan validate --help'.", unknown.err().strip());

        var none = Fixtures.cli(Map.of("CAKUPAN_LANG", "en"));
        assertEquals(2, none.exitCode());
        assertEquals("cakupan: Missing command: build, validate or template\nSee 'cakupan --help'.", none.err().strip());

        var missing = Fixtures.cli("template");
        assertEquals("cakupan template: Opsi wajib belum diberikan: --out\nLihat 'cakupan template --help'.",
                missing.err().strip());

        var french = Fixtures.cli(Map.of("CAKUPAN_LANG", "fr"), "--version");
        assertEquals(0, french.exitCode());
        assertEquals("cakupan: peringatan: CAKUPAN_LANG=fr bukan bahasa yang dikenal (id atau en) dan diabaikan",
                french.err().strip());

        var twice = Fixtures.cli("validate", "--data", DATA, "--data", DATA);
        assertEquals(2, twice.exitCode());
        assertEquals("cakupan validate: Opsi --data hanya boleh diberikan sekali\nLihat 'cakupan validate --help'.",
                twice.err().strip());
        var noValue = Fixtures.cli("build", "--period", "--out", temp.resolve("x").toString());
        assertEquals(2, noValue.exitCode());
        assertTrue(noValue.err().startsWith("cakupan build: Opsi --period memerlukan nilai\n")
                || noValue.err().startsWith("cakupan build: Nilai tidak sah untuk --period: \"--out\""), noValue.err());
        var notBoolean = Fixtures.cli("build", "--quiet=maybe");
        assertEquals("cakupan build: Nilai tidak sah untuk --quiet: \"maybe\" bukan nilai yang sah untuk opsi ini\n"
                + "Lihat 'cakupan build --help'.", notBoolean.err().strip());
    }

    @Test
    void langBeforeTheCommandCountsForTheCommand() {
        var run = Fixtures.cli("--lang", "en", "validate", "--data", DATA);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Data folder " + DATA + " is valid."), run.out());
        var wins = Fixtures.cli("--lang", "en", "validate", "--lang", "id", "--data", DATA);
        assertTrue(wins.out().startsWith("Folder data " + DATA + " sah."), "the command's own --lang wins: " + wins.out());
    }

    @Test
    void progressAndSummaryFollowTheLanguage() {
        var run = Fixtures.cli("build", "--data", DATA, "--out", temp.resolve("id").toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String line : List.of("7 tabel dibaca dari " + DATA + " dalam ", "Memeriksa data antarberkas…",
                "Menghitung indikator…", "tabel indikator selesai: 6 berkas dalam ", "laporan PDF selesai: ")) {
            assertTrue(run.err().contains(line), line + "\n" + run.err());
        }
        assertTrue(run.err().contains("dasbor (id): "), "the page count of each language: " + run.err());
        assertTrue(run.out().matches("\\d+ berkas ditulis ke " + Path.of(temp.resolve("id").toString()).toString()
                .replace("\\", "\\\\") + " dalam \\d+,\\d dtk \\(bulan laporan \\d{4}-\\d{2}, \\d+ peringatan\\)\\.\n"),
                run.out());
        assertFalse(run.err().matches("(?s).*\\b(Loaded|Rendered|Checking|Reading)\\b.*"), run.err());
        assertFalse(run.err().matches("(?sm).*^(warning|error|note): .*"), run.err());

        var english = Fixtures.cli(Map.of("CAKUPAN_LANG", "en"), "build", "--data", DATA, "--out",
                temp.resolve("en").toString());
        assertEquals(0, english.exitCode(), english.err());
        assertTrue(english.err().contains("Loaded 7 table(s) from " + DATA + " in "), english.err());
        assertTrue(english.err().contains("Rendered PDF briefings: "), english.err());
        assertTrue(english.out().matches("Wrote \\d+ file\\(s\\) to .* in \\d+\\.\\d s "
                + "\\(reporting month \\d{4}-\\d{2}, \\d+ warning\\(s\\)\\)\\.\n"), english.out());
    }
}
