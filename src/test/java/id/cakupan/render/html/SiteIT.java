package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** The dashboard of data/ as files: every page reachable, links whole, figures, language, nothing from outside. */
class SiteIT {

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        site = out.resolve("site");
    }

    static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The text of an element as read: figures keep their parts together with no-break spaces. */
    static String text(Element element) {
        return element.text().replace('\u00a0', ' ');
    }

    /** Every page reached from index.html by following links, and every file the links name. */
    static Set<Path> crawl(Path start, Set<Path> files) throws IOException {
        Set<Path> pages = new LinkedHashSet<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Path page = queue.pop().normalize();
            if (!pages.add(page)) {
                continue;
            }
            for (Element element : page(page).select("a[href], link[href], script[src], img[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.startsWith("#")) {
                    continue;
                }
                assertFalse(URI.create(target).isAbsolute() || target.startsWith("//"),
                        page + " links outside the site: " + target);
                Path file = page.getParent().resolve(target.replaceAll("#.*", "")).normalize();
                assertTrue(Files.isRegularFile(file), page + ": broken link " + target);
                assertTrue(file.startsWith(site), page + " links out of the site folder: " + target);
                files.add(file);
                if (file.toString().endsWith(".html")) {
                    queue.add(file);
                }
            }
        }
        return pages;
    }

    @Test
    void everyPageIsReachableAndNoLinkIsBroken() throws IOException {
        Set<Path> linked = new LinkedHashSet<>();
        Set<Path> reached = crawl(site.resolve("index.html"), linked);
        try (Stream<Path> files = Files.walk(site)) {
            Set<Path> pages = new LinkedHashSet<>(files.filter(f -> f.toString().endsWith(".html")).toList());
            assertEquals(pages, reached, "every page is reachable from index.html");
            assertEquals(22, pages.size(), "province and ten regencies/cities, in two languages");
        }
        assertTrue(linked.contains(site.resolve("pdf/17-bengkulu.pdf")), "the province links its briefing");
        assertTrue(linked.contains(site.resolve("data/indikator_wilayah.csv")), "the tables are downloadable");
    }

    @Test
    void everyPageHasALinkPreviewWithItsRegionsWideCard() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = page(file);
                boolean english = site.resolve("en").equals(file.getParent());
                String name = String.valueOf(file.getFileName());
                String stem = name.equals("index.html") ? "17-bengkulu" : name.replace(".html", "");
                assertEquals(page.title(), meta(page, "og:title"), file.toString());
                assertEquals(page.selectFirst("meta[name=description]").attr("content"), meta(page, "og:description"));
                assertEquals("website", meta(page, "og:type"));
                assertEquals(english ? "en_GB" : "id_ID", meta(page, "og:locale"));
                // this build wrote Indonesian cards only: the English pages show them too
                String image = (english ? "../" : "") + "kartu/lebar/" + stem + ".png";
                assertEquals(image, meta(page, "og:image"), file.toString());
                assertTrue(Files.isRegularFile(file.resolveSibling(image)), "the site serves its preview " + image);
                assertEquals("1200", meta(page, "og:image:width"));
                assertEquals("630", meta(page, "og:image:height"));
                assertFalse(meta(page, "og:image:alt").isBlank());
                assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
                assertNull(page.selectFirst("meta[property=og:url]"), "no address of its own without --site-url");
                assertEquals((english ? "../" : "") + "assets/favicon.svg",
                        page.selectFirst("link[rel=icon][type=image/svg+xml]").attr("href"));
            }
        }
        Document kaur = page(site.resolve("17.04-kaur.html"));
        assertEquals("Kabupaten Kaur, November 2025: cakupan kepesertaan 71,50 %, 23,50 poin di atas target 48 %. "
                + "Peringkat 1 dari 10 kabupaten/kota di Provinsi Bengkulu.", meta(kaur, "og:image:alt").replace('\u00a0', ' '));
        assertEquals("Kabupaten Kaur, November 2025: coverage 71.50%, 23.50 points above the target of 48%. "
                + "Rank 1 of 10 regencies and cities in Bengkulu Province.",
                meta(page(site.resolve("en/17.04-kaur.html")), "og:image:alt"), "described in the page's language");
        Element card = kaur.selectFirst("a[href=kartu/17.04-kaur.png]");
        assertNotNull(card, "the square card to share is offered for download");
        assertEquals("Kartu untuk dibagikan (PNG, bahasa Indonesia)", card.text());
        assertTrue(Files.readString(site.resolve("assets/favicon.svg")).startsWith("<svg"));
        Element csp = kaur.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertTrue(csp.attr("content").contains("img-src 'self'"), "the icon and the cards come from the site itself");
    }

    @Test
    void withASiteUrlThePreviewsAddressesAreAbsolute() throws IOException {
        Path out = temp.resolve("published");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--out", out.toString(),
                "--site-url", "https://example.go.id/cakupan", "--region", "17.04");
        assertEquals(0, run.exitCode(), run.err());
        Document id = page(out.resolve("site/17.04-kaur.html"));
        assertEquals("https://example.go.id/cakupan/kartu/lebar/17.04-kaur.png", meta(id, "og:image"));
        assertEquals("https://example.go.id/cakupan/17.04-kaur.html", meta(id, "og:url"));
        Document en = page(out.resolve("site/en/17.04-kaur.html"));
        assertEquals("https://example.go.id/cakupan/kartu/lebar/17.04-kaur.png", meta(en, "og:image"));
        assertEquals("https://example.go.id/cakupan/en/17.04-kaur.html", meta(en, "og:url"));
        assertEquals("../kartu/17.04-kaur.png", en.selectFirst("a[href$=.png]").attr("href"), "links stay relative");
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertNotNull(meta, property);
        return meta.attr("content");
    }

    @Test
    void pagesCarryTheirLanguageAndSwitchToTheOther() throws IOException {
        Document id = page(site.resolve("17.04-kaur.html"));
        assertEquals("id", id.selectFirst("html").attr("lang"));
        assertEquals("en/17.04-kaur.html", id.selectFirst("a.lang").attr("href"));
        Document en = page(site.resolve("en/17.04-kaur.html"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("../17.04-kaur.html", en.selectFirst("a.lang").attr("href"));
        assertTrue(en.text().contains("Key findings"));
        assertEquals("id", en.selectFirst("footer p:containsOwn(Kode wilayah)").attr("lang"),
                "the Indonesian attribution is marked as Indonesian on English pages");
    }

    @Test
    void theProvincePageShowsThePublishedFigures() throws IOException {
        Document index = page(site.resolve("index.html"));
        String text = text(index);
        for (String expected : List.of("Provinsi Bengkulu", "35,45 %", "251.000", "708.000", "88.840", "71.935",
                "114.000", "Kaur", "Lebong", "Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri")) {
            assertTrue(text.contains(expected), "missing " + expected);
        }
        assertTrue(text(page(site.resolve("en/index.html"))).contains("35.45%"));
        assertTrue(Files.readString(site.resolve("index.html")).contains("35,45\u00a0%"),
                "a figure does not wrap before its unit");
        Element ranking = index.selectFirst("section[aria-labelledby=ranking] table.sortable");
        assertNotNull(ranking, "the ranking table is sortable");
        assertEquals("Kaur", ranking.selectFirst("tbody tr th").text(), "highest first without JavaScript");
        assertEquals("17.04-kaur.html", ranking.selectFirst("tbody tr th a").attr("href"));
        assertEquals("71.50", ranking.selectFirst("tbody tr td[data-sort]:nth-of-type(4)").attr("data-sort"),
                "cells carry raw numbers to sort by");
    }

    @Test
    void regencyPagesLeadBackWithBreadcrumbsAndMarkTheirRow() throws IOException {
        Document kaur = page(site.resolve("17.04-kaur.html"));
        List<String> crumbs = kaur.select(".breadcrumbs li").eachText();
        assertEquals(List.of("Provinsi Bengkulu", "Kabupaten Kaur"), crumbs);
        assertEquals("index.html", kaur.selectFirst(".breadcrumbs a").attr("href"));
        assertEquals("Kaur", kaur.selectFirst("tr.current th").text());
    }

    @Test
    void nothingIsLoadedFromAnotherHost() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = page(file);
                Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
                assertNotNull(csp, file + " has a Content-Security-Policy");
                assertTrue(csp.attr("content").contains("default-src 'none'"));
                for (Element element : page.select("[src], link[href]")) {
                    String target = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                    assertFalse(target.matches("(?i)^(https?:)?//.*"), file + " loads " + target);
                }
                assertFalse(Files.readString(file).contains("@import"), file.toString());
            }
        }
        String css = Files.readString(site.resolve("assets/style.css"));
        assertFalse(css.contains("url("), "no outside fonts or images in the stylesheet");
    }

    @Test
    void chartsAreInlineSvgWithTextAlternatives() throws IOException {
        Document index = page(site.resolve("index.html"));
        var charts = index.select("figure.chart");
        assertEquals(3, charts.size(), "ranking, trend, vulnerable workers");
        for (Element chart : charts) {
            Element svg = chart.selectFirst("svg");
            assertNotNull(svg);
            assertEquals("img", svg.attr("role"));
            assertNotNull(index.getElementById(svg.attr("aria-labelledby")), "the title it points to exists");
            assertNotNull(chart.selectFirst("details table"), "the data behind the chart");
        }
        assertTrue(index.selectFirst("#trend-chart").text().contains("Mei 2025"), "Indonesian month labels");
        assertEquals(2, index.select("#trend-chart svg").size(), "a drawing for wide screens and one for phones");
    }

    @Test
    void theTrendContinuesAsAStraightLineProjectionToDecember2026() throws IOException {
        Element trend = page(site.resolve("index.html")).selectFirst("#trend-chart");
        var drawings = trend.select("svg");
        assertTrue(drawings.get(0).select("text").stream().anyMatch(t -> t.text().equals("Des 2026: 36,49 %")),
                "the end's label in the wide drawing");
        assertTrue(text(drawings.get(0)).contains("Proyeksi garis lurus (laju 12 bulan terakhir)"), "its legend");
        List<String> narrow = drawings.get(1).select("text").eachText();
        assertEquals("36,49 %", narrow.get(narrow.indexOf("Des 2026:") + 1), "on two lines in the narrow one");
        assertTrue(text(trend).contains("proyeksi garis lurus dengan laju 12 bulan terakhir dan potensi tetap, "
                + "36,49 % pada Desember 2026"), "the text alternative");
        var rows = trend.select("details table tbody tr");
        assertEquals("Desember 2026 (proyeksi) 36,49 % 54 %", text(rows.get(rows.size() - 1)),
                "the figures end with the projection's, next year's target beside it");
        Element kaur = page(site.resolve("17.04-kaur.html")).selectFirst("#trend-chart");
        assertFalse(text(kaur).contains("royeksi"), "Kaur is above its target: no projection");
    }

    @Test
    void headingsAreInOrderAndTablesHaveHeaders() throws IOException {
        Document index = page(site.resolve("index.html"));
        assertEquals(1, index.select("h1").size());
        int previous = 1;
        for (Element heading : index.select("h1, h2, h3, h4")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertTrue(level <= previous + 1, "heading " + heading.text() + " skips a level");
            previous = level;
        }
        for (Element table : index.select("table")) {
            assertFalse(table.select("thead th[scope=col]").isEmpty(), "column headers");
            assertNotNull(table.selectFirst("caption"));
        }
    }

    @Test
    void textFromTheDataIsEscaped() throws IOException {
        Path data = Fixtures.validFixture(temp.resolve("hostile"));
        Files.writeString(data.resolve("regulasi.csv"), "kode_wilayah,jenis,nomor,tanggal,judul,status\n"
                + "17,PERGUB,,2024-12-17,\"<script>alert(1)</script> ${7*7} <b>tebal</b>\",DRAFT\n");
        Files.writeString(data.resolve("kategori.csv"), "kode,nama,nama_en,kelompok\n"
                + "GURU_HONORER,<img src=x onerror=alert(2)>,Teachers,SOSIAL\nLINMAS,Linmas & <i>Co</i>,Linmas,SOSIAL\n");
        Path out = temp.resolve("hostile-out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Document index = page(out.resolve("site/index.html"));
        assertEquals(1, index.select("script").size(), "only the site's own script");
        assertTrue(index.select("img").isEmpty(), "no image element from the data");
        assertTrue(index.select("b, i").isEmpty(), "no markup from the data");
        assertTrue(text(index).contains("<script>alert(1)</script> ${7*7} <b>tebal</b>"), "shown as text");
        assertTrue(text(index).contains("<img src=x onerror=alert(2)>"));
        assertTrue(Files.readString(out.resolve("site/index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aNationalOverviewHasAProvinceMapWithItsCaveats() throws IOException {
        Path data = Fixtures.write(temp.resolve("national"), Map.of(
                "tenaga_kerja.csv", "kode_wilayah,periode,potensi_peserta\n17.04,2025-11,1000\n65.01,2025-11,1000\n"
                        + "94.01,2025-11,400\n",
                "kepesertaan.csv", "kode_wilayah,periode,segmen,peserta_aktif\n17.04,2025-11,PU,750\n"
                        + "65.01,2025-11,PU,150\n94.01,2025-11,BPU,100\n"));
        Path out = temp.resolve("national-out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Document index = page(out.resolve("site/index.html"));
        assertEquals("Indonesia", index.selectFirst("h1").text());
        Element map = index.selectFirst("figure.map svg");
        assertNotNull(map, "the national overview has a map");
        assertEquals(34, map.select("path").size(), "the 34 outlines of the source");
        Element bengkulu = map.selectFirst("a[href=17-bengkulu.html] path");
        assertNotNull(bengkulu, "provinces link to their pages");
        assertEquals("#08519c", bengkulu.attr("fill"), "75 % is in the top class");
        assertNotNull(index.getElementById(map.attr("aria-labelledby")), "the map is named by its heading");
        assertTrue(map.select("path").stream().anyMatch(p -> text(p).startsWith(
                "Kalimantan Timur, Kalimantan Utara (sebagian: 1 dari 5 kabupaten/kota): 15,00 %")),
                "an older outline stands for two provinces, coloured by their combined coverage");
        assertTrue(index.selectFirst("figure.map figcaption").text().contains("Kalimantan Timur termasuk Kalimantan Utara"));
        assertTrue(Files.exists(out.resolve("site/17-bengkulu.html")));
    }
}
