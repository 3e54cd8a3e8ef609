package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.render.xlsx.LibreOfficeRoundTripIT;

/**
 * The slide deck of the sample data: a 16:9 PDF and a PowerPoint file with the same slides, whose
 * words and figures are text in both, that LibreOffice Impress opens as it is.
 */
class SlideDecksIT {

    private static final Pattern RUN = Pattern.compile("<a:t>([^<]*)</a:t>");

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = Fixtures.build(Fixtures.projectDir().resolve("data"), temp.resolve("out"));
    }

    @Test
    void theProvinceDeckIsA16By9PdfWithTheBriefingsFigures() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("slides/17-bengkulu.pdf").toFile())) {
            assertEquals(17, pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                assertEquals(960, page.getMediaBox().getWidth(), 0.01);
                assertEquals(540, page.getMediaBox().getHeight(), 0.01);
            }
            var text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String keyFigures = text.getText(pdf);
            for (String figure : List.of("Angka kunci", "35,45 %", "88.840", "71.935", "Rp 4,00 miliar", "2 / 17")) {
                assertTrue(keyFigures.contains(figure), figure + " in " + keyFigures);
            }
            text.setStartPage(1);
            text.setEndPage(pdf.getNumberOfPages());
            String all = text.getText(pdf).replaceAll("\\s+", " ");
            for (String words : List.of("Paparan Cakupan Jaminan Sosial Ketenagakerjaan", "Provinsi Bengkulu",
                    "Cakupan nasional", "35,70 %", "Peringkat kabupaten/kota", "Kaur", "71,50 %",
                    "Tren cakupan bulanan", "Pekerja rentan menurut kategori dan sumber dana (lanjutan)",
                    "Anggaran iuran pekerja rentan", "Regulasi kepala daerah", "Yang masih dibutuhkan",
                    "Rp 17,91 miliar", "131.320", "Catatan data dan sumber",
                    "Proyeksi garis lurus (laju 12 bulan terakhir)", "Des 2026: 36,49 %",
                    "Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri")) {
                assertTrue(all.contains(words), words);
            }
            assertEquals("Paparan Cakupan Jaminan Sosial Ketenagakerjaan · Provinsi Bengkulu · November 2025",
                    pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void thePowerPointFileHoldsTheSameSlidesAsEditableText() throws IOException {
        Map<Integer, String> slides = slideTexts(out.resolve("slides/17-bengkulu.pptx"));
        assertEquals(17, slides.size());
        String keyFigures = slides.get(2);
        for (String figure : List.of("Angka kunci", "35,45 %", "88.840", "71.935")) {
            assertTrue(keyFigures.contains("|" + figure + "|"), figure + " in " + keyFigures);
        }
        // vulnerable workers by category and funder, most workers first
        assertTrue(slides.get(7).contains("|Iuran setahun|Pekerja rentan lainnya (penerimaan umum)|APBD provinsi|35.164|"
                + "Rp 7,09 miliar|Kader posyandu|APBD provinsi|11.028|"), slides.get(7));
        // this year's budgets: the province's and Kaur's, not Kaur's of 2024
        assertTrue(slides.get(9).contains("|Provinsi Bengkulu|2025|Rp 16,00 miliar|Rp 4,00 miliar|Rp 2,44 miliar|25,00 %|"
                + "Kabupaten Kaur|2025|Rp 1,85 miliar|Rp 300,00 juta|–|16,25 %|Cakupan"), slides.get(9));
        // what is still needed: this year's shortfall, its premium, and next year's shortfall, which includes it
        // the province's budget sharing: each rupiah over its worker-years, then the scheme
        assertTrue(slides.get(10).contains("|Provinsi Bengkulu|Rp 16,00 miliar|30 %|Rp 4,80 miliar|23.809|Rp 4,00 miliar|"
                + "19.841|\u2212Rp 800,00 juta|\u22123.968|Bengkulu Selatan|Rp 2,06 miliar*|20 %|Rp 411,51 juta|2.041|"
                + "\u2013|\u2013|"), slides.get(10));
        // where help is needed: the greatest effort first, after what is still needed
        assertTrue(slides.get(15).contains("|Upaya dibanding laju|Lebong|11.884|+21|11.884|butuh 579,7 \u00d7 laju saat ini|"),
                slides.get(15));
        // (a tile's label and note share one text box, the value has its own)
        assertTrue(slides.get(14).contains("|Yang masih dibutuhkan|Kekurangan untuk target 48 % tahun 2025|"
                + "tambahan peserta aktif|88.840|Iuran setahun bila dibiayai APBD|"
                + "sebagai pekerja rentan, Rp 16.800 per pekerja per bulan|Rp 17,91 miliar|"
                + "Kekurangan untuk target 54 % tahun 2026|peserta aktif, termasuk kekurangan untuk 2025|131.320|"),
                slides.get(14));
        assertTrue(slides.get(1).contains("|Provinsi Bengkulu|"), slides.get(1));
        try (ZipFile pptx = new ZipFile(out.resolve("slides/17-bengkulu.pptx").toFile())) {
            String presentation = read(pptx, "ppt/presentation.xml");
            // 16:9, 960 x 540 pt in English metric units
            assertTrue(presentation.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\""), presentation);
            // the charts are pictures: the ranking, the trend and the categories
            long pictures = pptx.stream().filter(e -> e.getName().startsWith("ppt/media/")).count();
            assertEquals(3, pictures);
        }
    }

    @Test
    void theOnlyDeckIsTheProvincesAndARegencysBuildWritesNone() throws IOException {
        try (var files = Files.list(out.resolve("slides"))) {
            assertEquals(List.of("17-bengkulu.pdf", "17-bengkulu.pptx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--region", "17.04",
                "--out", temp.resolve("kaur").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(temp.resolve("kaur/slides")));
    }

    @Test
    void libreOfficeImpressOpensTheDeckAsItIs() throws IOException, InterruptedException {
        Path soffice = LibreOfficeRoundTripIT.SOFFICE;
        assertTrue(Files.isExecutable(soffice), "LibreOffice is installed (.ci/run installs it)");
        Path pdfs = temp.resolve("impress");
        Files.createDirectories(pdfs);
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfs.toString(),
                out.resolve("slides/17-bengkulu.pptx").toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "LibreOffice ends");
        assertEquals(0, process.exitValue(), () -> readLog());
        try (PDDocument pdf = Loader.loadPDF(pdfs.resolve("17-bengkulu.pdf").toFile())) {
            assertEquals(17, pdf.getNumberOfPages());
            var text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String keyFigures = text.getText(pdf);
            assertTrue(keyFigures.contains("35,45 %") && keyFigures.contains("71.935"), keyFigures);
        }
    }

    /** The text runs of each slide, by number, joined with "|" around each. */
    static Map<Integer, String> slideTexts(Path pptx) throws IOException {
        Map<Integer, String> slides = new TreeMap<>();
        Pattern name = Pattern.compile("ppt/slides/slide(\\d+)\\.xml");
        try (ZipFile zip = new ZipFile(pptx.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                Matcher slide = name.matcher(entry.getName());
                if (slide.matches()) {
                    List<String> runs = new ArrayList<>();
                    Matcher run = RUN.matcher(read(zip, entry.getName()));
                    while (run.find()) {
                        runs.add(run.group(1).replace("&amp;", "&"));
                    }
                    slides.put(Integer.parseInt(slide.group(1)), "|" + String.join("|", runs) + "|");
                }
            }
        }
        return slides;
    }

    private static String read(ZipFile zip, String name) throws IOException {
        try (var in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String readLog() {
        try {
            return Files.readString(temp.resolve("soffice.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
