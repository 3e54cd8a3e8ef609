package id.cakupan.render;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * A province or country summed from only some of its sub-regions is never passed off as the whole:
 * the tables say how much it covers, the briefings and pages name it as a partial sum, and nothing
 * compares with it. The made-up Sulawesi Utara fixture has regency rows only, so its country is the
 * sum of 1 of 38 provinces.
 */
class PartialRollupIT {

    @TempDir
    static Path temp;
    static Path sulut;

    @BeforeAll
    static void paths() {
        sulut = Fixtures.projectDir().resolve("src/test/resources/fixtures/sulawesi-utara");
    }

    @Test
    void aCountrySummedFromOneProvinceIsMarkedPartialAndNeverCompared() throws Exception {
        Path out = build(sulut, "one", "id");
        List<Map<String, String>> rows = csv(out.resolve("data/indikator_wilayah.csv"));
        Map<String, String> nation = row(rows, "00", "2025-11");
        assertEquals(List.of("1", "38", "ya"), List.of(nation.get("jumlah_subwilayah_data"),
                nation.get("jumlah_subwilayah"), nation.get("angka_sebagian")));
        Map<String, String> province = row(rows, "71", "2025-11");
        assertEquals(List.of("15", "15", "tidak"), List.of(province.get("jumlah_subwilayah_data"),
                province.get("jumlah_subwilayah"), province.get("angka_sebagian")));
        Map<String, String> regency = row(rows, "71.09", "2025-11");
        assertEquals(List.of("", "", "tidak"), List.of(regency.get("jumlah_subwilayah_data"),
                regency.get("jumlah_subwilayah"), regency.get("angka_sebagian")));

        String briefing = pdfText(out.resolve("pdf/71-sulawesi-utara.pdf"));
        assertFalse(briefing.contains("cakupan nasional pada bulan yang sama"), briefing);
        assertTrue(briefing.contains("Cakupan nasional tidak dibandingkan karena data nasional belum lengkap "
                + "(hanya 1 dari 38 provinsi)."), briefing);
        assertFalse(briefing.contains("Nasional"), "no national line in the trend chart: " + briefing);
        assertFalse(briefing.contains("Bukan angka seluruh"), "the province's own figures are whole: " + briefing);
        assertOnePagersFitOnePage(out);

        Document page = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        String findings = page.select(".findings").text();
        assertTrue(findings.contains("Cakupan nasional tidak dibandingkan karena data nasional belum lengkap"), findings);
        assertFalse(findings.contains("cakupan nasional pada bulan yang sama"), findings);
        assertTrue(page.select("#trend-chart table th").eachText().stream().noneMatch(h -> h.equals("Nasional")),
                "the trend table has no national column: " + page.select("#trend-chart table th").eachText());
    }

    @Test
    void inEnglishTheNationalComparisonIsLeftOutToo() throws Exception {
        Path out = build(sulut, "english", "en");
        String briefing = pdfText(out.resolve("pdf/71-sulawesi-utara.pdf"));
        assertTrue(briefing.contains("National coverage is not compared because the national data is incomplete "
                + "(only 1 of 38 provinces)."), briefing);
        assertFalse(briefing.contains("national coverage in the same month"), briefing);
        assertOnePagersFitOnePage(out);
    }

    @Test
    void aProvinceSummedFromSomeRegenciesIsNamedAsSuch() throws Exception {
        Path data = Fixtures.copyTree(sulut, temp.resolve("some-regencies"));
        for (String file : List.of("tenaga_kerja.csv", "kepesertaan.csv", "pekerja_rentan.csv")) {
            Path path = data.resolve(file);
            List<String> kept = Files.readAllLines(path).stream()
                    .filter(line -> !line.startsWith("71.73,") && !line.startsWith("71.74,")).toList();
            Files.write(path, kept);
        }
        Path out = build(data, "partial-province", "id");
        List<Map<String, String>> rows = csv(out.resolve("data/indikator_wilayah.csv"));
        Map<String, String> province = row(rows, "71", "2025-11");
        assertEquals(List.of("13", "15", "ya"), List.of(province.get("jumlah_subwilayah_data"),
                province.get("jumlah_subwilayah"), province.get("angka_sebagian")));
        Map<String, String> nation = row(rows, "00", "2025-11");
        assertEquals(List.of("1", "38", "ya"), List.of(nation.get("jumlah_subwilayah_data"),
                nation.get("jumlah_subwilayah"), nation.get("angka_sebagian")),
                "a country summed from a partial province is partial too");

        String briefing = pdfText(out.resolve("pdf/71-sulawesi-utara.pdf"));
        assertTrue(briefing.contains("Provinsi Sulawesi Utara (jumlah 13 dari 15 kabupaten/kota dalam data) · "
                + "November 2025"), "the title says what the figures cover: " + briefing);
        assertTrue(briefing.contains("Bukan angka seluruh Provinsi Sulawesi Utara: jumlah 13 dari 15 "
                + "kabupaten/kota yang ada dalam data."), "the key figures say it: " + briefing);
        assertTrue(briefing.contains("Cakupan Provinsi Sulawesi Utara (jumlah 13 dari 15 kabupaten/kota dalam data) "
                + "pada November 2025 adalah"), "the first finding says it: " + briefing);

        String onePager = pdfText(out.resolve("pdf/71.71-kota-manado.pdf"));
        assertTrue(onePager.contains("Cakupan Provinsi Sulawesi Utara tidak dibandingkan karena datanya belum lengkap "
                + "(hanya 13 dari 15 kabupaten/kota)."), onePager);
        assertFalse(onePager.contains("Sebagai pembanding"), onePager);

        Document page = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals("Bukan angka seluruh Provinsi Sulawesi Utara: jumlah 13 dari 15 kabupaten/kota yang ada dalam data.",
                page.select(".partial-notice").text());
        assertTrue(page.select("meta[name=description]").attr("content").startsWith("Cakupan kepesertaan jaminan "
                + "sosial ketenagakerjaan Provinsi Sulawesi Utara (jumlah 13 dari 15 kabupaten/kota dalam data) pada"),
                "a shared link's preview says it too");
    }

    @Test
    void theNationalSummaryOfPartialDataSaysSoAndMarksPartialProvinces() throws Exception {
        // Bengkulu's two regencies of the valid fixture beside Sulawesi Utara: the country is 2 of 38
        // provinces, and Bengkulu 2 of its 10 regencies/cities
        Path data = merge(Fixtures.projectDir().resolve("src/test/resources/fixtures/valid"), sulut,
                temp.resolve("two-provinces"));
        Path out = build(data, "national", "id");
        String summary = pdfText(out.resolve("pdf/00-indonesia.pdf"));
        assertTrue(summary.contains("Indonesia (jumlah 2 dari 38 provinsi dalam data) · November 2025"), summary);
        assertTrue(summary.contains("Bukan angka seluruh Indonesia: jumlah 2 dari 38 provinsi yang ada dalam data."),
                summary);
        assertTrue(summary.contains("Bengkulu (sebagian)"), "the ranking marks the partial province: " + summary);
        assertTrue(summary.contains("Angka provinsi berikut hanya jumlah sebagian kabupaten/kotanya: "
                + "Bengkulu (2 dari 10 kabupaten/kota)."), "the findings mark it too: " + summary);
        // a year ago the data held one province, now two: the difference is not a change in coverage
        assertFalse(summary.contains("Dibandingkan November 2024"), summary);
        Map<String, String> nation = row(csv(out.resolve("data/indikator_wilayah.csv")), "00", "2025-11");
        assertEquals(List.of("2", "38", "ya", "", "0.41"), List.of(nation.get("jumlah_subwilayah_data"),
                nation.get("jumlah_subwilayah"), nation.get("angka_sebagian"), nation.get("perubahan_tahunan_poin"),
                nation.get("perubahan_bulanan_poin")));

        Document page = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals("Bukan angka seluruh Indonesia: jumlah 2 dari 38 provinsi yang ada dalam data.",
                page.select(".partial-notice").text());
        assertTrue(page.select("svg title").eachText().stream()
                .anyMatch(t -> t.startsWith("Bengkulu (sebagian: 2 dari 10 kabupaten/kota): ")),
                "the map names the partial province as such");
    }

    @Test
    void aPublishedNationalRowIsComparedWith() throws Exception {
        Path data = Fixtures.copyTree(sulut, temp.resolve("national-row"));
        List<String> workforce = new ArrayList<>(Files.readAllLines(data.resolve("tenaga_kerja.csv")));
        List<String> participants = new ArrayList<>(Files.readAllLines(data.resolve("kepesertaan.csv")));
        workforce.add("00,2025-11,150000000,,");
        for (String segment : List.of("PU", "BPU", "JAKON", "PMI")) {
            participants.add("00,2025-11," + segment + ",15000000");
        }
        Files.write(data.resolve("tenaga_kerja.csv"), workforce);
        Files.write(data.resolve("kepesertaan.csv"), participants);
        Path out = build(data, "with-national", "id");
        String briefing = pdfText(out.resolve("pdf/71-sulawesi-utara.pdf"));
        assertTrue(briefing.contains("Sebagai pembanding, cakupan nasional pada bulan yang sama adalah 40,00 %."),
                briefing);
        Map<String, String> nation = row(csv(out.resolve("data/indikator_wilayah.csv")), "00", "2025-11");
        assertEquals(List.of("tidak", "", "", ""), List.of(nation.get("angka_sebagian"), nation.get("rentan_terlindungi"),
                nation.get("cakupan_rentan_persen"), nation.get("rentan_belum_terlindungi")),
                "the nation's protected vulnerable workers would be Sulawesi Utara's alone: unknown, not passed off");
        List<Map<String, String>> nationalRows = csv(out.resolve("data/indikator_rentan.csv")).stream()
                .filter(r -> r.get("kode_wilayah").equals("00")).toList();
        assertTrue(nationalRows.stream().noneMatch(r -> r.get("periode").equals("2025-11")),
                "no national rows of vulnerable workers summed from one province beside the published national row");
        assertTrue(!nationalRows.isEmpty() && nationalRows.stream().allMatch(r -> r.get("angka_sebagian").equals("ya")),
                "the other months' national rows are sums of one province, marked as such");
        Map<String, String> own = row(csv(out.resolve("data/indikator_wilayah.csv")), "71", "2025-11");
        assertEquals("63174", own.get("rentan_terlindungi"), "the province's own figure is whole");
    }

    @Test
    void theWarningSaysHowToGiveThePublishedNationalFigureOnceForAllMonths() {
        var run = Fixtures.cli("validate", "--data", sulut.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("peringatan: 00 Indonesia, 2024-11 sampai 2025-11 (13 bulan): hanya 1 dari 38 provinsinya yang "
                + "ada lengkap dalam data; angkanya hanya mencakup sebagian wilayah, sehingga laporan menandainya sebagai "
                + "angka sebagian dan tidak memakainya sebagai pembanding. Untuk menampilkan angka nasional yang "
                + "dipublikasikan tanpa data wilayah lain, tambahkan baris untuk 00 setiap bulan ke tenaga_kerja.csv "
                + "(potensi_peserta) dan kepesertaan.csv (peserta_aktif per segmen)"),
                run.err().lines().filter(l -> l.startsWith("peringatan:")).toList());
        var english = Fixtures.cli("validate", "--data", sulut.toString(), "--lang", "en");
        assertEquals(0, english.exitCode(), english.err());
        assertEquals(List.of("warning: 00 Indonesia, 2024-11 to 2025-11 (13 months): only 1 of its 38 provinces are in "
                + "the data in full; its figures cover part of it, so the reports mark them as partial and compare with them "
                + "nowhere. To give the published national figure without the other regions' data, add a row for 00 "
                + "and each month to tenaga_kerja.csv (potensi_peserta) and kepesertaan.csv (peserta_aktif per segmen)"),
                english.err().lines().filter(l -> l.startsWith("warning:")).toList());
    }

    /** Long names make long findings: a one-pager still fits its page (71.09 took two before). */
    private static void assertOnePagersFitOnePage(Path out) throws IOException {
        List<Path> onePagers;
        try (Stream<Path> files = Files.list(out.resolve("pdf"))) {
            onePagers = files.filter(f -> f.getFileName().toString().startsWith("71.")).sorted().toList();
        }
        assertEquals(15, onePagers.size());
        for (Path pdf : onePagers) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, document.getNumberOfPages(), pdf.getFileName() + " is one page");
            }
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Path build(Path data, String name, String lang) {
        Path out = temp.resolve("out-" + name);
        var run = Fixtures.cli("build", "--quiet", "--data", data.toString(), "--out", out.toString(), "--lang", lang);
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    /** The CSV files of both folders, each with its header once; the second folder's parameters. */
    private static Path merge(Path first, Path second, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(second)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                Path other = first.resolve(file.getFileName().toString());
                if (Files.exists(other) && !file.getFileName().toString().equals("parameter.csv")) {
                    List<String> more = Files.readAllLines(other, StandardCharsets.UTF_8);
                    lines.addAll(more.subList(1, more.size()));
                }
                Files.write(to.resolve(file.getFileName().toString()), lines, StandardCharsets.UTF_8);
            }
        }
        return to;
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in).stream().map(CSVRecord::toMap).toList();
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String code, String period) {
        return rows.stream().filter(r -> r.get("kode_wilayah").equals(code) && r.get("periode").equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + code + " " + period + " in "
                        + rows.stream().map(r -> r.get("kode_wilayah")).distinct().collect(Collectors.joining(" "))));
    }
}
