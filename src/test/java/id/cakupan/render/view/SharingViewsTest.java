package id.cakupan.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.indicators.Indicators;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;

/**
 * The budget-sharing and effort tables of a province, worked by hand from the sample data (Bengkulu,
 * November 2025: 30 % for the province, 20 % for each regency/city, Rp 16,800 a month = Rp 201,600 a
 * worker-year).
 */
class SharingViewsTest {

    private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @TempDir
    static Path dir;
    static Indicators sample;
    static Indicators paces;

    @BeforeAll
    static void compute() throws Exception {
        sample = Fixtures.compute(Fixtures.projectDir().resolve("data"), NOV_2025);
        // Jawa Barat, target 50 % of 1,000: 32.01 flat at 250, 32.02 falling, 32.03 rising, 32.05 with one month only
        Fixtures.write(dir, Map.of(
                "tenaga_kerja.csv", """
                        kode_wilayah,periode,potensi_peserta
                        32.01,2025-08,1000
                        32.01,2025-11,1000
                        32.02,2025-08,1000
                        32.02,2025-11,1000
                        32.03,2025-08,1000
                        32.03,2025-11,1000
                        32.05,2025-11,1000
                        """,
                "kepesertaan.csv", """
                        kode_wilayah,periode,segmen,peserta_aktif
                        32.01,2025-08,PU,250
                        32.01,2025-11,PU,250
                        32.02,2025-08,PU,400
                        32.02,2025-11,PU,390
                        32.03,2025-08,PU,300
                        32.03,2025-11,PU,330
                        32.05,2025-11,PU,200
                        """,
                "target.csv", """
                        kode_wilayah,tahun,target_persen,sumber
                        32,2025,50,RPJMD
                        """));
        paces = Fixtures.compute(dir, NOV_2025);
    }

    private static SharingView view(Indicators indicators, String code, Locale locale) throws Exception {
        Messages messages = Messages.load(Fixtures.projectDir().resolve("report-templates"), locale);
        return new RegionViews(indicators, messages, new Formats(locale), DocumentDate.of(NOV_2025, null))
                .view(indicators.catalog().get(code)).sharing();
    }

    private static List<String> texts(Table table, int row) {
        return table.rows().get(row).cells().stream().map(Cell::text).toList();
    }

    @Test
    void eachGovernmentsShareAllocationAndGapInRupiahAndWorkerYears() throws Exception {
        Table table = view(sample, "17", INDONESIAN).sharing();
        assertEquals(List.of("region", "need", "percent", "share", "allocated", "gap", "shareWorkers",
                "allocatedWorkers", "gapWorkers"), table.columns().stream().map(Column::key).toList());
        assertEquals(11, table.rows().size(), "the province, then its ten regencies and city");
        // the province's need is given: Rp 16,000,000,000; 30 % = 4,800,000,000 (23,809 worker-years,
        // 23,809.5 rounded down); pagu 4,000,000,000 (19,841); gap −800,000,000 = −3,968.25 → −3,968
        assertEquals(List.of("Provinsi Bengkulu", "Rp 16,00 miliar", "30 %", "Rp 4,80 miliar", "Rp 4,00 miliar",
                "\u2212Rp 800,00 juta", "23.809", "19.841", "\u22123.968"), texts(table, 0));
        assertTrue(table.rows().get(0).current(), "the province is the report's own row");
        assertEquals("-800000000", table.cell(table.rows().get(0), "gap").sort());
        // Kaur, need given 1,845,648,000: 20 % = 369,129,600 = 1,831 × 201,600 exactly; pagu 300,000,000
        // (1,488.09 → 1,488); gap −69,129,600: in worker-years 1,488 − 1,831 = −343, as the row adds up
        Table.Row kaur = table.rows().get(4);
        assertEquals(List.of("Kaur", "Rp 1,85 miliar", "20 %", "Rp 369,13 juta", "Rp 300,00 juta",
                "\u2212Rp 69,13 juta", "1.831", "1.488", "\u2212343"), texts(table, 4));
        assertEquals(List.of("1845648000", "369129600", "300000000", "-69129600"), List.of("need", "share", "allocated",
                "gap").stream().map(k -> table.cell(kaur, k).sort()).toList());
        // Bengkulu Selatan has no anggaran.csv row: its need is 10,206 vulnerable workers × 16,800 × 12,
        // marked as computed, and its allocation and gap are not known
        Table.Row selatan = table.rows().get(1);
        assertEquals("Rp 2,06 miliar*", table.cell(selatan, "need").text());
        assertEquals("2057529600", table.cell(selatan, "need").sort());
        assertFalse(table.cell(selatan, "allocated").known());
        assertEquals("\u2013", table.cell(selatan, "gapWorkers").text());
    }

    @Test
    void theSchemeIsStatedUnderTheTable() throws Exception {
        SharingView view = view(sample, "17", INDONESIAN);
        assertEquals("Pembagian kebutuhan iuran pekerja rentan tahun 2025 antara Provinsi Bengkulu dan kabupaten/kota "
                + "di dalamnya.", view.sharing().caption());
        assertTrue(view.scheme().startsWith("Skema pembagian yang diasumsikan (parameter.csv): provinsi menanggung "
                + "30 % dari kebutuhan se-provinsi, setiap kabupaten/kota 20 % dari kebutuhannya sendiri."), view.scheme());
        assertTrue(view.scheme().contains("bertanda *: dihitung dari pekerja rentan \u00d7 iuran Rp 16.800 \u00d7 12."),
                view.scheme());
        assertTrue(view.scheme().contains("iuran setahun Rp 201.600."), view.scheme());
    }

    @Test
    void theRegenciesThatNeedTheMostAgainstTheirPaceComeFirst() throws Exception {
        Table table = view(sample, "17", INDONESIAN).effort();
        // Lebong: 6,225 active (2,739 + 2,801 + 623 + 62) against 5,979 a year earlier: +246 in 12
        // months, +20.5 → +21 a month; 48 % of 37,727 = 18,108.96, short by 11,884, all in December's
        // month; 11,884 × 12 / 246 = 579.7
        assertEquals(List.of("Lebong", "11.884", "+21", "11.884", "butuh 579,7 \u00d7 laju saat ini"), texts(table, 0));
        assertEquals(9, table.rows().size(), "Kaur reached its target and is left out");
        assertEquals("Kota Bengkulu", texts(table, 8).get(0));
        assertEquals("579.7", table.cell(table.rows().get(0), "effort").sort());
        assertTrue(view(sample, "17", INDONESIAN).effortNote().contains("tidak dicantumkan"));
    }

    @Test
    void aPaceThatIsNotRisingComesFirstAndSaysSo() throws Exception {
        Table table = view(paces, "32", INDONESIAN).effort();
        // flat 32.01 needs 250, falling 32.02 needs 110 (−10 in 3 months: −3 a month), 32.03 needs 170
        // at +30 in 3 months (17,0 ×), 32.05 has no pace
        assertEquals(List.of("Bogor", "250", "0", "250", "laju tidak naik"), texts(table, 0));
        assertEquals(List.of("Sukabumi", "110", "\u22123", "110", "laju tidak naik"), texts(table, 1));
        assertEquals(List.of("Cianjur", "170", "+10", "170", "butuh 17,0 \u00d7 laju saat ini"), texts(table, 2));
        assertEquals(List.of("Garut", "300", "\u2013", "300", "\u2013"), texts(table, 3));
        assertEquals(SharingViews.UNBOUNDED, table.cell(table.rows().get(0), "effort").sort());
        assertNull(view(paces, "32", INDONESIAN).sharing(), "no share is set: no sharing table");
    }

    @Test
    void inEnglish() throws Exception {
        SharingView view = view(sample, "17", Locale.ENGLISH);
        assertEquals(List.of("Bengkulu Province", "Rp 16.00 billion", "30%", "Rp 4.80 billion", "Rp 4.00 billion",
                "\u2212Rp 800.00 million", "23,809", "19,841", "\u22123,968"), texts(view.sharing(), 0));
        assertEquals("needs 579.7\u00d7 the current pace", texts(view.effort(), 0).get(4));
        assertTrue(view.scheme().startsWith("Assumed sharing scheme (parameter.csv): the province bears 30% of the "
                + "province-wide need, each regency/city 20% of its own."), view.scheme());
        assertEquals("pace not rising", texts(view(paces, "32", Locale.ENGLISH).effort(), 0).get(4));
    }

    @Test
    void aRegencyAndTheCountryHaveNeitherTable() throws Exception {
        for (String code : List.of("17.04", "00")) {
            SharingView view = view(sample, code, INDONESIAN);
            assertNull(view.sharing(), code);
            assertNull(view.effort(), code);
        }
    }
}
