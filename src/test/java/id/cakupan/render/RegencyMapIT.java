package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * A province's regencies on a map from the user's {@code batas_wilayah.geojson}: the sample of
 * Bengkulu with ten squares (one regency with an island, one with a hole where the city lies) and a
 * feature whose code is not in the list. Each regency is drawn in the band of its coverage as the
 * indicator table gives it, linked to its page, named with its coverage; the legend and the table
 * of figures go with it, on the dashboard and in the province briefing.
 */
class RegencyMapIT {

    @TempDir
    static Path temp;
    static Path out;
    /** Each regency's coverage in the reporting month, as the indicator table writes it (35.45). */
    static Map<String, String> coverage = new LinkedHashMap<>();
    static Map<String, String> names = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws IOException {
        Path data = Fixtures.copyTree(Fixtures.projectDir().resolve("data"), temp.resolve("data"));
        Files.copy(Fixtures.projectDir().resolve("src/test/resources/boundaries/bengkulu/batas_wilayah.geojson"),
                data.resolve("batas_wilayah.geojson"));
        out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("batas_wilayah.geojson:14: fitur 11: kode_wilayah \"17.99\" tidak ada dalam "
                + "daftar wilayah Kemendagri; fitur ini tidak digambar"), run.err());
        try (var in = Files.newBufferedReader(out.resolve("data/indikator_wilayah.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                if (row.get("periode").equals("2025-11") && row.get("kode_wilayah").startsWith("17.")) {
                    coverage.put(row.get("kode_wilayah"), row.get("cakupan_persen"));
                    names.put(row.get("kode_wilayah"), row.get("nama_wilayah").replaceFirst("^Kabupaten ", ""));
                }
            }
        }
        assertEquals(10, coverage.size(), coverage.toString());
    }

    /** The band's colour of a coverage, as the national map's legend has it. */
    private static String colour(String percent) {
        BigDecimal value = new BigDecimal(percent);
        String[] colours = {"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
        int[] lower = {0, 20, 30, 40, 50};
        int band = 0;
        for (int i = 0; i < lower.length; i++) {
            if (value.compareTo(BigDecimal.valueOf(lower[i])) >= 0) {
                band = i;
            }
        }
        return colours[band];
    }

    @Test
    void theProvincePageDrawsEveryRegencyInItsBandLinkedAndNamed() throws IOException {
        Document page = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        Element figure = page.selectFirst("figure#regency-map");
        Element svg = figure.selectFirst("svg");
        assertEquals("group", svg.attr("role"), "a group of links: an image may not hold links");
        assertEquals("Peta cakupan kabupaten/kota di Provinsi Bengkulu, November 2025",
                page.getElementById(svg.attr("aria-labelledby")).text());
        assertTrue(page.getElementById(svg.attr("aria-describedby")).text().startsWith("Peta kabupaten/kota di "
                + "Provinsi Bengkulu: setiap wilayah diwarnai menurut cakupannya pada November 2025"));
        assertEquals("Peta cakupan kabupaten/kota di Provinsi Bengkulu, November 2025",
                page.selectFirst("#regency-map-heading").text());
        assertEquals(10, svg.select("path").size(), "one path per regency, not the unknown code's");
        for (Element link : svg.select("a")) {
            Element path = link.selectFirst("path");
            String code = link.attr("href").substring(0, 5);
            String percent = coverage.get(code);
            assertEquals(colour(percent), path.attr("fill"), code);
            assertTrue(link.attr("href").matches("\\d\\d\\.\\d\\d-[a-z-]+\\.html"), link.attr("href"));
            assertTrue(Files.exists(out.resolve("site").resolve(link.attr("href"))), link.attr("href"));
            assertEquals(names.get(code) + ": " + percent.replace('.', ',') + " %", path.selectFirst("title").text());
        }
        assertEquals(10, svg.select("a").size());
        Element kaur = svg.selectFirst("a[href=17.04-kaur.html] path");
        assertTrue(kaur.attr("d").startsWith("M"), kaur.attr("d"));
        // the island of 17.03 and the hole of 17.09 are rings of their paths
        assertEquals(2, count(svg.selectFirst("a[href^=17.03] path").attr("d"), 'M'));
        assertEquals(2, count(svg.selectFirst("a[href^=17.09] path").attr("d"), 'M'));
        assertTrue(svg.select("text").eachText().contains("Kaur"), svg.select("text").eachText().toString());
        // the links say the names already: the drawn names are not read twice
        assertEquals("true", svg.selectFirst("g.labels").attr("aria-hidden"));

        assertEquals(List.of("0 % sampai di bawah 20 %", "20 % sampai di bawah 30 %", "30 % sampai di bawah 40 %",
                "40 % sampai di bawah 50 %", "50 % atau lebih", "tidak ada data"), figure.select(".legend li").eachText());
        assertEquals("#08519c", figure.select(".legend .swatch").get(4).attr("style").replace("background:", ""));

        // the text alternative: every regency, its coverage and its band, linked
        var rows = figure.select("table tbody tr");
        assertEquals(10, rows.size());
        for (Element row : rows) {
            Element link = row.selectFirst("th a");
            String code = link.attr("href").substring(0, 5);
            assertEquals(names.get(code), link.text());
            assertEquals(coverage.get(code).replace('.', ',') + " %", row.select("td").get(0).text());
        }
        assertEquals(List.of("Kaur", "71,50 %", "50 % atau lebih"), rows.get(0).select("th, td").eachText());
        assertTrue(figure.selectFirst(".caveat").text().contains("batas_wilayah.geojson"));
    }

    @Test
    void theEnglishPageSaysItInEnglish() throws IOException {
        Document page = Jsoup.parse(out.resolve("site/en/index.html").toFile(), "UTF-8");
        Element figure = page.selectFirst("figure#regency-map");
        assertEquals("Coverage by regency/city in Bengkulu Province, November 2025",
                page.selectFirst("#regency-map-heading").text());
        assertEquals(List.of("0% to under 20%", "20% to under 30%", "30% to under 40%", "40% to under 50%",
                "50% or more", "no data"), figure.select(".legend li").eachText());
        assertEquals(List.of("Kaur", "71.50%", "50% or more"), figure.select("table tbody tr").get(0)
                .select("th, td").eachText());
    }

    @Test
    void aRegencyPageHasNoRegencyMap() throws IOException {
        Document page = Jsoup.parse(out.resolve("site/17.04-kaur.html").toFile(), "UTF-8");
        assertTrue(page.select("#regency-map").isEmpty());
    }

    @Test
    void theBriefingDrawsTheMapWithItsLegendAndCaption() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(out.resolve("pdf/17-bengkulu.pdf").toFile())) {
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
        String title = "Peta cakupan kabupaten/kota di Provinsi Bengkulu, November 2025";
        assertTrue(text.contains(title), text);
        int map = text.indexOf(title);
        String legend = "0 % sampai di bawah 20 % ■ 20 % sampai di bawah 30 % ■ 30 % sampai di bawah 40 % "
                + "■ 40 % sampai di bawah 50 % ■ 50 % atau lebih ■ tidak ada data";
        assertTrue(text.indexOf(legend) > map, text);
        assertTrue(text.indexOf("Batas kabupaten/kota dari berkas batas_wilayah.geojson di folder data") > map, text);
        // the names that fit are written on the map, between its title and its legend
        String drawn = text.substring(map + title.length(), text.indexOf(legend));
        assertTrue(drawn.contains("Kaur") && drawn.contains("Mukomuko"), drawn);
        // its text alternative, the ranking table, follows
        assertTrue(text.indexOf("Peringkat kabupaten/kota", map) > map, text);
    }

    @Test
    void aRegencyWithoutAnOutlineIsSaidToHaveNone() throws IOException {
        Path data = Fixtures.copyTree(Fixtures.projectDir().resolve("data"), temp.resolve("data-without-kepahiang"));
        List<String> features = Files.readAllLines(
                Fixtures.projectDir().resolve("src/test/resources/boundaries/bengkulu/batas_wilayah.geojson"));
        Files.write(data.resolve("batas_wilayah.geojson"),
                features.stream().filter(line -> !line.contains("\"17.08\"")).toList(), StandardCharsets.UTF_8);
        Path without = temp.resolve("out-without-kepahiang");
        var run = Fixtures.cli("build", "--quiet", "--data", data.toString(), "--out", without.toString());
        assertEquals(0, run.exitCode(), run.err());
        Document page = Jsoup.parse(without.resolve("site/index.html").toFile(), "UTF-8");
        Element figure = page.selectFirst("figure#regency-map");
        assertEquals(9, figure.select("svg path").size());
        Element row = figure.select("table tbody tr").stream().filter(r -> r.text().startsWith("Kepahiang")).findFirst()
                .orElseThrow();
        assertEquals("tanpa batas wilayah", row.select("td").get(1).text());
        assertTrue(figure.selectFirst(".chart-desc").text().endsWith("1 kabupaten/kota dalam data tidak punya batas "
                + "wilayah dalam berkas batas dan tidak tergambar; tabel di bawah menyebutnya."),
                figure.selectFirst(".chart-desc").text());
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
