package id.cakupan.render.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.indicators.Indicators;
import id.cakupan.model.ProgramVersion;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.chart.Palette;
import id.cakupan.render.view.RegionViews;
import id.cakupan.render.view.ShareCard;

/** The cards to share of data/: one per region in both shapes, drawn, with the view's texts, in the build's language. */
class ShareCardsIT {

    private static final List<String> STEMS = List.of("17-bengkulu", "17.01-bengkulu-selatan", "17.02-rejang-lebong",
            "17.03-bengkulu-utara", "17.04-kaur", "17.05-seluma", "17.06-mukomuko", "17.07-lebong", "17.08-kepahiang",
            "17.09-bengkulu-tengah", "17.71-kota-bengkulu");

    @TempDir
    static Path temp;
    static Path out;
    static Indicators indicators;

    @BeforeAll
    static void build() throws Exception {
        out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        indicators = Fixtures.compute(Fixtures.projectDir().resolve("data"), YearMonth.of(2025, 11));
    }

    private static ShareCard card(String code, Locale locale) throws IOException {
        RegionViews views = new RegionViews(indicators, Messages.load(Fixtures.projectDir().resolve("report-templates"),
                locale), new Formats(locale, true), DocumentDate.of(indicators.period(), null));
        return views.view(indicators.catalog().get(code)).share();
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    @Test
    void aSquareAndAWideCardForTheProvinceAndEachRegency() throws IOException {
        List<String> square = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("kartu"))) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().forEach(square::add);
        }
        try (Stream<Path> files = Files.list(out.resolve("kartu/lebar"))) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(wide::add);
        }
        List<String> expected = STEMS.stream().map(s -> s + ".png").toList();
        assertEquals(expected, square);
        assertEquals(expected, wide);
        for (String stem : STEMS) {
            BufferedImage s = ImageIO.read(out.resolve("kartu/" + stem + ".png").toFile());
            assertEquals(1080, s.getWidth(), stem);
            assertEquals(1080, s.getHeight(), stem);
            BufferedImage w = ImageIO.read(out.resolve("kartu/lebar/" + stem + ".png").toFile());
            assertEquals(1200, w.getWidth(), stem);
            assertEquals(630, w.getHeight(), stem);
        }
    }

    @Test
    void theCardIsDrawnWithItsBandAndItsKeyFigure() throws IOException {
        BufferedImage kaur = ImageIO.read(out.resolve("kartu/17.04-kaur.png").toFile());
        assertEquals(Palette.PRIMARY.getRGB(), kaur.getRGB(4, 4), "the band at the top in the charts' blue");
        assertEquals(Color.WHITE.getRGB(), kaur.getRGB(1076, 300), "white below the band");
        // the key figure's digits, below the band and its orange line: a large area of dark ink
        int dark = 0;
        for (int y = 300; y < 520; y++) {
            for (int x = 72; x < 1008; x++) {
                if (luminance(kaur.getRGB(x, y)) < 80) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 20_000, "the key figure is drawn large: " + dark + " dark pixels");
        int colours = (int) IntStream.range(0, 1080 * 1080)
                .map(i -> kaur.getRGB(i % 1080, i / 1080)).distinct().count();
        assertTrue(colours > 20, "not blank: " + colours + " colours");
    }

    @Test
    void thePngsCarryNoMetadataThatChanges() throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve("kartu/17.04-kaur.png"));
        String chunks = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String chunk : List.of("tIME", "tEXt", "iTXt", "zTXt", "pHYs")) {
            assertFalse(chunks.contains(chunk), chunk);
        }
        var again = temp.resolve("again");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--out", again.toString(),
                "--region", "17.04");
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(bytes, Files.readAllBytes(again.resolve("kartu/17.04-kaur.png")),
                "the same card, byte for byte, from a one-region build");
    }

    @Test
    void theCardSaysWhatTheViewSays() throws IOException {
        ShareCard kaur = card("17.04", Locale.forLanguageTag("id-ID"));
        assertEquals(List.of("Cakupan Jaminan Sosial Ketenagakerjaan", "Kabupaten Kaur", "November 2025", "71,50 %",
                "Cakupan kepesertaan", "23,50 poin di atas target 48 %",
                "Peringkat 1 dari 10 kabupaten/kota di Provinsi Bengkulu", "Tren Jan 2024 – Nov 2025", "Target 48 %",
                "Sumber: data kepesertaan BPJS Ketenagakerjaan dan pemerintah daerah; dihitung dengan Cakupan "
                        + ProgramVersion.version() + ".",
                "Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri"),
                kaur.texts().stream().map(ShareCardsIT::plain).toList());
        assertEquals(Boolean.TRUE, kaur.gapReached());
        assertEquals("71,50\u00a0%", kaur.figure(), "a figure never breaks before its unit");
        ShareCard province = card("17", Locale.forLanguageTag("id-ID"));
        assertEquals("12,55 poin di bawah target 48 %", plain(province.gap()));
        assertEquals(Boolean.FALSE, province.gapReached());
        assertEquals("Kabupaten/kota tertinggi: Kaur, 71,50 %", plain(province.standing()),
                "the only province in the data has no rank among provinces: its best regency instead");
        assertEquals(indicators.periods().size(), province.coverage().size(), "a point per month of the trend");
        assertNotNull(province.target());
        assertEquals("Provinsi Bengkulu, November 2025: cakupan kepesertaan 35,45 %, 12,55 poin di bawah target 48 %. "
                + "Kabupaten/kota tertinggi: Kaur, 71,50 %.", plain(province.alt()));
        ShareCard english = card("17.04", Locale.forLanguageTag("en-GB"));
        assertEquals("71.50%", english.figure());
        assertEquals("23.50 points above the target of 48%", english.gap());
        assertEquals("Rank 1 of 10 regencies and cities in Bengkulu Province", english.standing());
    }

    @Test
    void anEnglishBuildDrawsEnglishCards() throws IOException {
        Path english = temp.resolve("english");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--out",
                english.toString(), "--lang", "en", "--region", "17.04");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage en = ImageIO.read(english.resolve("kartu/17.04-kaur.png").toFile());
        BufferedImage id = ImageIO.read(out.resolve("kartu/17.04-kaur.png").toFile());
        // the same layout with other words: the band's kicker line differs, the band's colour does not
        assertEquals(id.getRGB(4, 4), en.getRGB(4, 4));
        boolean differs = false;
        for (int x = 72; x < 700 && !differs; x++) {
            for (int y = 50; y < 90 && !differs; y++) {
                differs = id.getRGB(x, y) != en.getRGB(x, y);
            }
        }
        assertTrue(differs, "the English card has English words");
    }

    @Test
    void aTwoLanguageBuildDrawsTheSecondLanguagesCardsBelowKartuEnAndItsPagesShowThem() throws IOException {
        Path both = temp.resolve("both");
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(), "--out",
                both.toString(), "--lang", "id,en", "--region", "17.04");
        assertEquals(0, run.exitCode(), run.err());
        for (String file : List.of("kartu/17.04-kaur.png", "kartu/lebar/17.04-kaur.png", "kartu/en/17.04-kaur.png",
                "kartu/en/lebar/17.04-kaur.png", "site/kartu/en/lebar/17.04-kaur.png")) {
            assertTrue(Files.isRegularFile(both.resolve(file)), file);
        }
        String english = Files.readString(both.resolve("site/en/17.04-kaur.html"));
        assertTrue(english.contains("<meta property=\"og:image\" content=\"../kartu/en/lebar/17.04-kaur.png\">"),
                "the English page previews the English card");
        assertTrue(Files.readString(both.resolve("site/17.04-kaur.html"))
                .contains("<meta property=\"og:image\" content=\"kartu/lebar/17.04-kaur.png\">"));
    }

    private static int luminance(int rgb) {
        return (int) (0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF));
    }
}
