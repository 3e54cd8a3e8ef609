package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** The briefings of data/ as a reader gets them: file names, pages, figures, language, fonts, bookmarks. */
class PdfBriefingsIT {

    static final List<String> FILES = List.of("17-bengkulu.pdf", "17.01-bengkulu-selatan.pdf",
            "17.02-rejang-lebong.pdf", "17.03-bengkulu-utara.pdf", "17.04-kaur.pdf", "17.05-seluma.pdf",
            "17.06-mukomuko.pdf", "17.07-lebong.pdf", "17.08-kepahiang.pdf", "17.09-bengkulu-tengah.pdf",
            "17.71-kota-bengkulu.pdf");

    @TempDir
    static Path temp;
    static Path indonesian;
    static Path english;

    @BeforeAll
    static void build() {
        indonesian = temp.resolve("id");
        english = temp.resolve("en");
        String data = Fixtures.projectDir().resolve("data").toString();
        var id = Fixtures.cli("build", "--data", data, "--out", indonesian.toString());
        assertEquals(0, id.exitCode(), id.err());
        var en = Fixtures.cli("build", "--data", data, "--out", english.toString(), "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
    }

    /** The text of a PDF with line breaks read as spaces, as wrapped lines read. */
    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void oneBriefingForTheProvinceAndOneForEachRegencyAndCity() throws IOException {
        try (Stream<Path> files = Files.list(indonesian.resolve("pdf"))) {
            assertEquals(FILES, files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(indonesian.resolve("pdf/00-indonesia.pdf")), "one province: no national summary");
    }

    @Test
    void everyPageIsA4AndEveryFontEmbedded() throws IOException {
        for (String name : FILES) {
            try (PDDocument document = Loader.loadPDF(indonesian.resolve("pdf").resolve(name).toFile())) {
                if (name.equals("17-bengkulu.pdf")) {
                    assertTrue(document.getNumberOfPages() >= 3, "the briefing has several pages");
                } else {
                    assertEquals(1, document.getNumberOfPages(), name + " is a one-pager");
                }
                for (PDPage page : document.getPages()) {
                    assertEquals(595, Math.round(page.getMediaBox().getWidth()), name);
                    assertEquals(842, Math.round(page.getMediaBox().getHeight()), name);
                    for (PDFont font : fonts(page.getResources())) {
                        assertTrue(font.isEmbedded(), name + ": " + font.getName() + " is not embedded");
                        assertTrue(font.getName().contains("DejaVu"), name + ": " + font.getName());
                    }
                }
            }
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        if (resources == null) {
            return fonts;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts.addAll(fonts(form.getResources()));
            }
        }
        return fonts;
    }

    @Test
    void theProvinceBriefingStatesThePublishedFiguresInIndonesian() throws IOException {
        String text = text(indonesian.resolve("pdf/17-bengkulu.pdf"));
        for (String expected : List.of("Laporan Cakupan Jaminan Sosial Ketenagakerjaan", "Provinsi Bengkulu",
                "November 2025", "35,45 %", "251.000", "708.000", "88.840", "131.320", "71.935", "114.000", "Kaur",
                "Lebong", "Temuan utama", "Rp 4,00 miliar", "Rp 14,50 miliar", "Halaman 1 dari 5",
                "Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri")) {
            assertTrue(text.contains(expected), "missing: " + expected);
        }
        assertTrue(text.contains("Cakupan tertinggi di Kaur (71,50 %) dan terendah di Lebong (16,50 %)."),
                "a key finding");
        assertFalse(text.contains("35.45"), "no English number format");
    }

    @Test
    void theEnglishBriefingUsesEnglishFormats() throws IOException {
        String text = text(english.resolve("pdf/17-bengkulu.pdf"));
        for (String expected : List.of("Employment Social Security Coverage Report", "35.45%", "251,000", "708,000",
                "88,840", "coverage", "Key findings", "Page 1 of 5")) {
            assertTrue(text.contains(expected), "missing: " + expected);
        }
        assertFalse(text.contains("35,45"), "no Indonesian number format");
    }

    @Test
    void aOnePagerPlacesTheRegencyAmongItsProvince() throws IOException {
        String text = text(indonesian.resolve("pdf/17.04-kaur.pdf"));
        assertTrue(text.contains("Kabupaten Kaur"));
        assertTrue(text.contains("Kabupaten Kaur berada di peringkat 1 dari 10 kabupaten/kota di Provinsi Bengkulu."),
                text);
        assertTrue(text.contains("71,50 %"));
        assertTrue(text.contains("Halaman 1 dari 1"));
    }

    /**
     * Bengkulu's pace (+567 a month over 12 months) does not reach the 48 % target before the end of
     * 2026: the line runs to December 2026, 36,49 %. Kota Bengkulu's runs there too; Kaur is above its
     * target, and has none.
     */
    @Test
    void theTrendChartsDrawTheStraightLineProjection() throws IOException {
        String province = text(indonesian.resolve("pdf/17-bengkulu.pdf"));
        assertTrue(province.contains("Proyeksi garis lurus (laju 12 bulan terakhir)"), "legend");
        assertTrue(province.contains("Des 2026: 36,49 %"), "the end's label");
        String inEnglish = text(english.resolve("pdf/17-bengkulu.pdf"));
        assertTrue(inEnglish.contains("Straight-line projection (pace of the last 12 months)"), "legend");
        assertTrue(inEnglish.contains("Dec 2026: 36.49%"), "the end's label");
        String city = text(indonesian.resolve("pdf/17.71-kota-bengkulu.pdf"));
        assertTrue(city.contains("Proyeksi garis lurus") && city.contains("Des 2026: 47,59 %"),
                "the one-pager's narrow chart, its label on two lines");
        assertFalse(text(indonesian.resolve("pdf/17.04-kaur.pdf")).contains("Proyeksi garis lurus"),
                "a regency above its target has no projection");
    }

    @Test
    void metadataLanguageBookmarksAndTags() throws IOException {
        try (PDDocument document = Loader.loadPDF(indonesian.resolve("pdf/17-bengkulu.pdf").toFile())) {
            assertEquals("Laporan Cakupan Jaminan Sosial Ketenagakerjaan · Provinsi Bengkulu · November 2025",
                    document.getDocumentInformation().getTitle());
            assertEquals("id", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo() != null
                    && document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(List.of("Angka kunci", "Temuan utama", "Peringkat kabupaten/kota", "Tren cakupan bulanan",
                    "Pekerja rentan", "Anggaran iuran pekerja rentan",
                    "Pembagian anggaran iuran antarpemerintah daerah", "Upaya yang dibutuhkan menuju target",
                    "Regulasi kepala daerah", "Catatan"), bookmarks);
        }
        try (PDDocument document = Loader.loadPDF(english.resolve("pdf/17-bengkulu.pdf").toFile())) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void twoProvincesGetANationalSummaryAndWarningsADataQualitySection() throws IOException {
        Path data = Fixtures.write(temp.resolve("two-provinces"), Map.of(
                "tenaga_kerja.csv", """
                        kode_wilayah,periode,potensi_peserta
                        17.04,2025-11,1000
                        17.07,2025-11,1000
                        18.01,2025-11,2000
                        18.71,2025-11,500
                        """,
                "kepesertaan.csv", """
                        kode_wilayah,periode,segmen,peserta_aktif
                        17.04,2025-11,PU,750
                        17.07,2025-11,PU,170
                        18.01,2025-11,BPU,800
                        18.71,2025-11,PU,600
                        """));
        Path out = temp.resolve("two-out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String national = text(out.resolve("pdf/00-indonesia.pdf"));
        assertTrue(national.contains("Peringkat provinsi"), national);
        assertTrue(national.contains("Bengkulu") && national.contains("Lampung"), national);
        assertTrue(national.contains("Cakupan tertinggi di Lampung (56,00 %) dan terendah di Bengkulu (46,00 %)"),
                national);
        String lampung = text(out.resolve("pdf/18-lampung.pdf"));
        assertTrue(lampung.contains("Kualitas data"), "a warning gets its section");
        assertTrue(lampung.contains("Kota Bandar Lampung, November 2025: peserta aktif (600) melebihi potensi peserta (500)"),
                lampung);
        assertTrue(text(out.resolve("pdf/17-bengkulu.pdf"))
                .contains("Bengkulu, November 2025: hanya 2 dari 10 wilayah di bawahnya ada lengkap dalam data"),
                "a province from two of its ten regencies is said to be partial");
        // the warnings are a tagged list, an item each, after their heading
        List<StructureTree.Node> nodes = StructureTree.of(out.resolve("pdf/18-lampung.pdf")).nodes();
        int heading = nodes.stream().map(StructureTree.Node::text).toList().indexOf("Kualitas data");
        assertEquals("H2", nodes.get(heading).type());
        assertEquals("L", nodes.get(heading + 2).type(), nodes.get(heading + 2).toString());
        List<String> items = nodes.subList(heading + 3, nodes.size()).stream()
                .takeWhile(node -> node.depth() > nodes.get(heading + 2).depth())
                .filter(node -> node.type().equals("LI")).map(StructureTree.Node::text).toList();
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).startsWith("• Kota Bandar Lampung, November 2025: peserta aktif (600)"), items.get(0));
    }

    @Test
    void theLetterheadTakesTheOfficeFromTheDataAndTheLogoFromTheTemplates() throws IOException {
        Path data = Fixtures.validFixture(temp.resolve("office"));
        Files.writeString(data.resolve("parameter.csv"),
                "nama,nilai\niuran_bpu_bulanan,16800\nnama_instansi,Dinas Tenaga Kerja dan Transmigrasi Provinsi Bengkulu\n");
        Path templates = temp.resolve("logo-templates");
        Fixtures.copyTree(Fixtures.projectDir().resolve("report-templates"), templates);
        Files.createDirectories(templates.resolve("assets"));
        var logo = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(logo, "png", templates.resolve("assets/logo.png").toFile());
        Path out = temp.resolve("office-out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--templates",
                templates.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(text(out.resolve("pdf/17-bengkulu.pdf"))
                .startsWith("Dinas Tenaga Kerja dan Transmigrasi Provinsi Bengkulu"));
        try (PDDocument document = Loader.loadPDF(out.resolve("pdf/17-bengkulu.pdf").toFile())) {
            PDResources resources = document.getPage(0).getResources();
            boolean image = false;
            for (COSName name : resources.getXObjectNames()) {
                image |= resources.isImageXObject(name);
            }
            assertTrue(image, "the logo is on the first page");
        }
    }

    @Test
    void aBrokenTemplateStopsTheBuildNamingTheFileAndLine() throws IOException {
        Path templates = temp.resolve("templates");
        Fixtures.copyTree(Fixtures.projectDir().resolve("report-templates"), templates);
        Path briefing = templates.resolve("pdf/province-briefing.jrxml");
        Files.writeString(briefing, Files.readString(briefing).replace("</title>", "</titel>"));
        Path out = temp.resolve("broken-out");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(),
                "--out", out.toString(), "--templates", templates.toString());
        assertEquals(1, run.exitCode());
        int line = Files.readAllLines(briefing).indexOf(Files.readAllLines(briefing).stream()
                .filter(l -> l.contains("</titel>")).findFirst().orElseThrow()) + 1;
        assertTrue(run.err().contains("cakupan build: kesalahan: " + briefing + ":" + line + ": templat laporan bukan XML "
                + "yang sah: "), run.err());
        assertFalse(Files.exists(out), "nothing is published");
    }
}
