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
        // 157 months away, in December 2038: beyond the ten years a target month is named in words
        assertEquals(new Card("Target 48 % tercapai pada", "lebih dari 10 tahun lagi",
                "dengan laju saat ini (garis lurus: Desember 2038)"), needs.get(4));
        // November: the one month left takes the whole shortfall
        assertEquals(new Card("Dibutuhkan agar tercapai Desember 2025", "88.840", "peserta lagi dalam satu bulan"),
                needs.get(5));
        List<Card> en = english.view(indicators.catalog().get("17")).needs();
        assertEquals(new Card("The 48% target is reached in", "over 10 years",
                "at the current pace (straight line: December 2038)"), en.get(4));
        assertEquals("more participants within one month", en.get(5).note());
    }

    @Test
    void aRegencyPastItsTargetHasNothingToProject() {
        List<Card> needs = indonesian.view(indicators.catalog().get("17.04")).needs();
        assertEquals(3, needs.size());
        assertEquals("target sudah tercapai", needs.get(0).note());
    }
}
