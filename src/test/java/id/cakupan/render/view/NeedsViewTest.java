package id.cakupan.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.cakupan.Fixtures;
import id.cakupan.indicators.Indicators;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.view.RegionView.Card;

/** What is still needed, with the pace and where it leads, for the sample data of Bengkulu. */
class NeedsViewTest {

    private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);

    static Indicators indicators;
    static RegionViews indonesian;
    static RegionViews english;

    @BeforeAll
    static void compute() throws Exception {
        indicators = Fixtures.compute(Fixtures.projectDir().resolve("data"), NOV_2025);
        indonesian = views(Locale.forLanguageTag("id-ID"));
        english = views(Locale.ENGLISH);
    }

    private static RegionViews views(Locale locale) throws IOException {
        return new RegionViews(indicators, Messages.load(Fixtures.projectDir().resolve("report-templates"), locale),
                new Formats(locale), DocumentDate.of(NOV_2025, null));
    }

    @Test
    void aProvinceShortOfItsTargetSeesThePaceTheProjectionAndTheMonthlyNeed() {
        List<Card> needs = indonesian.view(indicators.catalog().get("17")).needs();
        assertEquals(6, needs.size());
        // 251,000 − 244,200 over 12 months = 566.7; 88,840 short, one month left; 88,840 / 566.67 = 156.8
        assertEquals(new Card("Laju 12 bulan terakhir", "+567", "peserta aktif per bulan"), needs.get(3));
        assertEquals(new Card("Target 48 % tercapai pada", "Desember 2038", "proyeksi garis lurus dengan laju saat ini"),
                needs.get(4));
        assertEquals(new Card("Dibutuhkan agar tercapai Desember 2025", "88.840",
                "peserta per bulan: butuh 156,8 × laju saat ini"), needs.get(5));
        List<Card> en = english.view(indicators.catalog().get("17")).needs();
        assertEquals(new Card("The 48% target is reached in", "December 2038",
                "straight-line projection at the current pace"), en.get(4));
        assertEquals("participants a month: 156.8× the current pace", en.get(5).note());
    }

    @Test
    void aRegencyPastItsTargetHasNothingToProject() {
        List<Card> needs = indonesian.view(indicators.catalog().get("17.04")).needs();
        assertEquals(3, needs.size());
        assertEquals("target sudah tercapai", needs.get(0).note());
    }
}
