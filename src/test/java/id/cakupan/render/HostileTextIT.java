package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * Free text from the data that looks like markup or template code, is very long, or uses
 * characters the PDF font lacks: shown as text everywhere, never evaluated, never overflowing.
 */
class HostileTextIT {

    static final String MARKUP = "<script>alert('x')</script><b>tebal</b>";
    static final String TEMPLATES = "${7*7} <#list 1..3 as i>${i}</#list> $P{OFFICE} $F{region} $R{briefing.title}";
    static final String LONG = "Peraturan".repeat(600);
    static final String SCRIPTS = "😀 مرحبا שלום Cafe\u0301 漢字 🦒";

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        Files.writeString(data.resolve("regulasi.csv"), "kode_wilayah,jenis,nomor,tanggal,judul,status\n"
                + "17,PERGUB,,2024-12-17,\"" + MARKUP + " " + TEMPLATES.replace("\"", "\"\"") + "\",DRAFT\n"
                + "17.01,PERBUP,\"<i>5</i>\",2025-03-01," + LONG + ",DITETAPKAN\n");
        Files.writeString(data.resolve("kategori.csv"), "kode,nama,nama_en,kelompok\n"
                + "GURU_HONORER,\"" + SCRIPTS + "\",Teachers,SOSIAL\n"
                + "LINMAS,\"" + TEMPLATES + "\",Linmas,SOSIAL\n");
        Files.writeString(data.resolve("parameter.csv"), "nama,nilai\niuran_bpu_bulanan,16800\n"
                + "nama_instansi,\"Dinas <u>Tenaga</u> Kerja $P{REGION} ${office}\"\n");
        out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static String pdfText(String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(out.resolve("pdf").resolve(name).toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyPageShowsTheTextAsText() throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("site"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                assertEquals(1, page.select("script").size(), file + ": only the site's own script");
                assertTrue(page.select("b, i, u").isEmpty(), file + ": no markup from the data");
                assertFalse(Files.readString(file).contains("<script>alert"), file.toString());
            }
        }
        Document index = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        String text = index.text().replace('\u00a0', ' ');
        assertTrue(text.contains(MARKUP), "markup shown as text");
        assertTrue(text.contains(TEMPLATES), "template syntax shown as text, not evaluated");
        assertTrue(text.contains("Dinas <u>Tenaga</u> Kerja $P{REGION} ${office}"), "the office name");
        assertTrue(text.contains("😀 مرحبا שלום Café 漢字 🦒"), "every script kept on the web, accents composed");
        assertTrue(text.contains("Peraturan".repeat(20)) && !text.contains(LONG), "a very long title is shortened");
        assertTrue(text.contains("…"));
    }

    @Test
    void everyPdfShowsTheTextAsTextAndMarksWhatTheFontLacks() throws IOException {
        String briefing = pdfText("17-bengkulu.pdf");
        assertTrue(briefing.contains("Dinas <u>Tenaga</u> Kerja $P{REGION} ${office}"), "office name not evaluated");
        assertTrue(briefing.contains("$P{OFFICE}") && briefing.contains("$R{briefing.title}"),
                "Jasper expression syntax printed, not evaluated");
        assertTrue(briefing.contains("<script>alert('x')</script>"));
        assertTrue(briefing.contains("\uFFFD\uFFFD") && briefing.contains("Café") && briefing.contains("שלום"),
                "characters the font lacks (Han, a newer emoji) are replaced visibly, the rest kept");
        assertFalse(briefing.contains("漢") || briefing.contains("🦒"));
        String onePager = pdfText("17.01-bengkulu-selatan.pdf");
        try (PDDocument document = Loader.loadPDF(out.resolve("pdf/17.01-bengkulu-selatan.pdf").toFile())) {
            assertEquals(1, document.getNumberOfPages(), "a very long regulation title does not push the one-pager over");
        }
        assertTrue(onePager.contains("…"));
    }
}
