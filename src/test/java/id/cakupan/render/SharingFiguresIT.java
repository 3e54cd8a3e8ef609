package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The budget sharing and the effort ranking of the sample data state the same figures in the CSV, the
 * briefing, the slide deck and the province's page: Bengkulu's share of Rp 4.8 billion against
 * Rp 4 billion allocated, short by Rp 800 million (3,968 worker-years), and Kaur's 369,129,600 against
 * 300,000,000, short by 69,129,600; Lebong needing 579.7 times its pace.
 */
class SharingFiguresIT {

    private static final Formats ID = new Formats(Locale.forLanguageTag("id-ID"));

    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = Fixtures.build(Fixtures.projectDir().resolve("data"), temp.resolve("out"));
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(out.resolve("data").resolve(file))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }

    private static CSVRecord share(String code) throws IOException {
        return csv("pembagian_anggaran.csv").stream()
                .filter(r -> r.get("kode_wilayah").equals(code) && r.get("tahun").equals("2025")).findFirst().orElseThrow();
    }

    /** A row of the sharing table as the reports print it, from the CSV's plain figures. */
    private static List<String> printed(CSVRecord r) {
        return List.of(ID.rupiahShort(Long.parseLong(r.get("bagian_rp"))), ID.rupiahShort(Long.parseLong(r.get("pagu_rp"))),
                ID.rupiahShort(Long.parseLong(r.get("selisih_rp"))),
                ID.integer(Long.parseLong(r.get("bagian_pekerja_setahun"))),
                ID.integer(Long.parseLong(r.get("pagu_pekerja_setahun"))),
                ID.integer(Long.parseLong(r.get("selisih_pekerja_setahun"))));
    }

    /** The same figures as a PDF stacks them: each rupiah over its worker-years. */
    private static String stacked(CSVRecord r) {
        List<String> p = printed(r);
        return String.join(" ", p.get(0), p.get(3), p.get(1), p.get(4), p.get(2), p.get(5));
    }

    private static String pdfText(String file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve(file).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, from);
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void theCsvHoldsTheFiguresWorkedByHand() throws IOException {
        CSVRecord bengkulu = share("17");
        assertEquals(List.of("16000000000", "30", "4800000000", "4000000000", "-800000000", "-3968"),
                List.of("kebutuhan_rp", "porsi_persen", "bagian_rp", "pagu_rp", "selisih_rp", "selisih_pekerja_setahun")
                        .stream().map(bengkulu::get).toList());
        CSVRecord kaur = share("17.04");
        assertEquals(List.of("1845648000", "20", "369129600", "300000000", "-69129600"),
                List.of("kebutuhan_rp", "porsi_persen", "bagian_rp", "pagu_rp", "selisih_rp").stream().map(kaur::get)
                        .toList());
        assertEquals(List.of("Rp 4,80 miliar", "Rp 4,00 miliar", "\u2212Rp 800,00 juta", "23.809", "19.841", "\u22123.968"),
                printed(bengkulu));
    }

    @Test
    void theBriefingPrintsTheCsvsFigures() throws IOException {
        String text = pdfText("pdf/17-bengkulu.pdf");
        String sharing = between(text, "Pembagian anggaran iuran antarpemerintah daerah", "Upaya yang dibutuhkan");
        assertTrue(sharing.contains("Provinsi Bengkulu Rp 16,00 miliar 30 % " + stacked(share("17"))), sharing);
        assertTrue(sharing.contains("Kaur Rp 1,85 miliar 20 % " + stacked(share("17.04"))), sharing);
        assertTrue(sharing.contains("provinsi menanggung 30 % dari kebutuhan se-provinsi, setiap kabupaten/kota 20 %"), sharing);
        String effort = between(text, "Upaya yang dibutuhkan menuju target", "Regulasi kepala daerah");
        assertTrue(effort.contains("Lebong 11.884 +21 11.884 butuh " + lebongEffort() + " laju saat ini"), effort);
    }

    @Test
    void theSlidesPrintTheCsvsFigures() throws IOException {
        String text = pdfText("slides/17-bengkulu.pdf");
        String sharing = between(text, "Pembagian anggaran iuran antarpemerintah daerah", "Regulasi kepala daerah");
        assertTrue(sharing.contains("Provinsi Bengkulu Rp 16,00 miliar 30 % " + stacked(share("17"))), sharing);
        assertTrue(sharing.contains("Kaur Rp 1,85 miliar 20 % " + stacked(share("17.04"))), sharing);
        String effort = between(text, "Upaya yang dibutuhkan menuju target", "Catatan data dan sumber");
        assertTrue(effort.contains("Lebong 11.884 +21 11.884 butuh " + lebongEffort() + " laju saat ini"), effort);
    }

    @Test
    void theProvincePageShowsTheCsvsFiguresAndSortsByThemExactly() throws IOException {
        var page = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        Element table = page.getElementById("sharing").parent().selectFirst("table");
        assertEquals("Pembagian kebutuhan iuran pekerja rentan tahun 2025 antara Provinsi Bengkulu dan kabupaten/kota "
                + "di dalamnya.", table.selectFirst("caption").ownText().replace('\u00a0', ' ').trim());
        assertEquals(9, table.select("thead th[scope=col]").size());
        Map<String, String> columns = Map.of("bagian_rp", "Bagian", "pagu_rp", "Pagu", "selisih_rp", "Selisih",
                "selisih_pekerja_setahun", "Selisih (pekerja-tahun)");
        for (String code : List.of("17", "17.04")) {
            CSVRecord csv = share(code);
            Element row = table.select("tbody tr").get(code.equals("17") ? 0 : 4);
            List<String> texts = new ArrayList<>();
            for (Element cell : row.select("td")) {
                texts.add(cell.text().replace('\u00a0', ' '));
            }
            // the cells after the need and the percent: share, allocation, gap, then the same in worker-years
            assertEquals(printed(csv), texts.subList(2, 8), code);
            for (var column : columns.entrySet()) {
                Element cell = row.selectFirst("td[data-label=\"" + column.getValue() + "\"]");
                assertEquals(csv.get(column.getKey()), cell.attr("data-sort"), code + " " + column.getKey());
            }
        }
        Element effort = page.getElementById("effort").parent().selectFirst("table tbody tr");
        assertEquals("Lebong", effort.selectFirst("th").text());
        assertEquals("butuh " + lebongEffort() + " laju saat ini", effort.select("td").last().text().replace('\u00a0', ' '));
    }

    /** Lebong's {@code kebutuhan_per_laju} of November 2025 as the reports print it: 579,7 ×. */
    private static String lebongEffort() throws IOException {
        CSVRecord lebong = csv("indikator_wilayah.csv").stream()
                .filter(r -> r.get("kode_wilayah").equals("17.07") && r.get("periode").equals("2025-11")).findFirst()
                .orElseThrow();
        assertEquals("579.7", lebong.get("kebutuhan_per_laju"));
        return ID.multiple(new BigDecimal(lebong.get("kebutuhan_per_laju")));
    }
}
