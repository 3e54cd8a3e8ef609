package id.cakupan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.model.DataWarning;

/** Indicators of a three-regency fixture, every expected figure computed by hand in the comments. */
class IndicatorCalculatorTest {

    static final YearMonth NOV_2025 = YearMonth.of(2025, 11);
    static final YearMonth OCT_2025 = YearMonth.of(2025, 10);
    static final YearMonth NOV_2024 = YearMonth.of(2024, 11);

    @TempDir
    static Path dir;
    static Indicators indicators;

    @BeforeAll
    static void compute() throws Exception {
        Fixtures.write(dir, Map.of(
                "tenaga_kerja.csv", """
                        kode_wilayah,periode,potensi_peserta,pekerja_rentan
                        17.01,2024-11,1000,100
                        17.02,2024-11,800,
                        17.01,2025-10,1000,100
                        17.02,2025-10,0,
                        17.01,2025-11,1200,100
                        17.02,2025-11,800,50
                        17.03,2025-11,2500,
                        """,
                "kepesertaan.csv", """
                        kode_wilayah,periode,segmen,peserta_aktif
                        17.01,2024-11,PU,300
                        17.01,2024-11,BPU,100
                        17.02,2024-11,PU,200
                        17.01,2025-10,PU,450
                        17.02,2025-10,PU,0
                        17.01,2025-11,PU,500
                        17.01,2025-11,BPU,101
                        17.02,2025-11,PU,401
                        17.03,2025-11,JAKON,1252
                        """,
                "target.csv", """
                        kode_wilayah,tahun,target_persen,sumber
                        17,2025,48,BPJSTK
                        17,2026,54,BPJSTK
                        17.02,2025,55.55,RPJMD
                        """,
                "pekerja_rentan.csv", """
                        kode_wilayah,periode,kategori,sumber_dana,terlindungi,bulan_dibiayai
                        17.01,2025-11,GURU_HONORER,APBD_PROVINSI,30,4
                        17.01,2025-11,PETANI,APBD_KABKOTA,5,
                        17.02,2025-11,LINMAS,APBD_PROVINSI,20,2
                        """));
        indicators = Fixtures.compute(dir, NOV_2025);
    }

    static RegionIndicator get(String code, YearMonth period) {
        return indicators.get(code, period).orElseThrow();
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void coverageIsRoundedHalfUpToTwoDecimals() {
        assertEquals(d("50.13"), get("17.02", NOV_2025).coverage(), "401 / 800 = 50.125 rounds up");
        assertEquals(d("50.08"), get("17.01", NOV_2025).coverage(), "601 / 1200 = 50.0833");
        assertEquals(d("40.00"), get("17.01", NOV_2024).coverage(), "(300 + 100) / 1000");
    }

    @Test
    void segmentsAddUpToActiveParticipants() {
        RegionIndicator kota = get("17.01", NOV_2025);
        assertEquals(500, kota.participantsPu());
        assertEquals(101, kota.participantsBpu());
        assertEquals(601, kota.active());
        assertEquals(1252, get("17.03", NOV_2025).participantsJakon());
    }

    @Test
    void regenciesRollUpToProvinceAndCountry() {
        RegionIndicator province = get("17", NOV_2025);
        assertEquals(4500, province.potential(), "1200 + 800 + 2500");
        assertEquals(2254, province.active(), "601 + 401 + 1252");
        assertEquals(d("50.09"), province.coverage(), "2254 / 4500 = 50.0889");
        RegionIndicator country = get("00", NOV_2025);
        assertEquals(4500, country.potential());
        assertEquals(d("50.09"), country.coverage());
    }

    @Test
    void tiesShareARankAndTheNextRankIsSkipped() {
        // 17.02 50.13; 17.01 50.08 = 1252 / 2500 of 17.03
        assertEquals(1, get("17.02", NOV_2025).rank());
        assertEquals(2, get("17.01", NOV_2025).rank());
        assertEquals(2, get("17.03", NOV_2025).rank());
        assertEquals(3, get("17.03", NOV_2025).rankedCount());
        assertNull(get("17", NOV_2025).rank(), "provinces have no rank");
        assertNull(get("00", NOV_2025).rank(), "the country has no rank");
    }

    @Test
    void theRankingOfAProvinceListsItsRegenciesHighestFirstWithTheirPlaces() {
        var ranking = indicators.ranking(get("17", NOV_2025).region());
        assertEquals(List.of("17.02", "17.01", "17.03"),
                ranking.stream().map(r -> r.indicator().region().code()).toList(), "ties by code");
        assertEquals(Arrays.asList(1, 2, 2), ranking.stream().map(Ranked::place).toList(),
                "the places are the tables' peringkat_provinsi");
        var country = indicators.ranking(get("00", NOV_2025).region());
        assertEquals(List.of("17"), country.stream().map(r -> r.indicator().region().code()).toList());
        assertEquals(1, country.get(0).place(), "a province has its place among the provinces");
        assertTrue(indicators.ranking(get("17.01", NOV_2025).region()).isEmpty(), "a regency ranks nothing");
    }

    @Test
    void combinedCoverageSumsParticipantsOverPotential() {
        // (601 + 401) / (1200 + 800) = 50.10 %
        assertEquals(d("50.10"), indicators.combinedCoverage(List.of("17.01", "17.02")));
        assertEquals(get("17", NOV_2025).coverage(), indicators.combinedCoverage(List.of("17")));
        assertNull(indicators.combinedCoverage(List.of("18")), "no data, no coverage");
    }

    @Test
    void targetFallsBackToTheProvince() {
        RegionIndicator own = get("17.02", NOV_2025);
        assertEquals(d("55.55"), own.target());
        assertEquals("RPJMD", own.targetSource());
        assertEquals(d("-5.42"), own.gapPoints(), "50.13 - 55.55");
        assertEquals(44, own.workersNeeded(), "ceil(0.5555 * 800 - 401) = ceil(43.4)");

        RegionIndicator fallback = get("17.01", NOV_2025);
        assertEquals(d("48"), fallback.target());
        assertEquals(d("2.08"), fallback.gapPoints(), "50.08 - 48");
        assertEquals(0, fallback.workersNeeded(), "ahead of target: none needed");
        assertEquals(d("54"), fallback.nextTarget());
        assertEquals(47, fallback.nextWorkersNeeded(), "0.54 * 1200 - 601 = 47");

        assertNull(get("00", NOV_2025).target(), "the country has no target of its own and no province");
        assertNull(get("00", NOV_2025).workersNeeded());
        assertNull(get("17.01", NOV_2024).target(), "no target for 2024 anywhere");
    }

    @Test
    void zeroPotentialLeavesCoverageEmpty() {
        RegionIndicator empty = get("17.02", OCT_2025);
        assertNull(empty.coverage());
        assertNull(empty.gapPoints());
        assertNull(empty.rank());
        assertNull(empty.workersNeeded(), "no potential: how far the target is cannot be known, not 0");
        assertNull(empty.nextWorkersNeeded());
        assertEquals(1, get("17.01", OCT_2025).rankedCount(), "only regencies with a coverage are ranked");
    }

    @Test
    void changesAreEmptyWhenTheEarlierMonthIsMissing() {
        assertEquals(d("5.08"), get("17.01", NOV_2025).monthlyChange(), "50.08 - 45.00");
        assertEquals(d("10.08"), get("17.01", NOV_2025).yearlyChange(), "50.08 - 40.00");
        assertNull(get("17.02", NOV_2025).monthlyChange(), "October's coverage is empty (zero potential)");
        assertEquals(d("25.13"), get("17.02", NOV_2025).yearlyChange(), "50.13 - 25.00");
        assertNull(get("17.03", NOV_2025).monthlyChange(), "17.03 has no October row");
        assertNull(get("17.03", NOV_2025).yearlyChange());
    }

    @Test
    void vulnerableWorkersSumOverCategoriesAndRollUp() {
        RegionIndicator kota = get("17.01", NOV_2025);
        assertEquals(35, kota.vulnerableProtected(), "30 + 5");
        assertEquals(d("35.00"), kota.vulnerableCoverage());
        assertEquals(65, kota.vulnerableUnprotected());
        RegionIndicator province = get("17", NOV_2025);
        assertNull(province.vulnerable(), "17.03 leaves pekerja_rentan empty: a sum of the others would pass for the whole");
        assertEquals(55, province.vulnerableProtected(), "30 + 5 + 20");
        assertNull(province.vulnerableCoverage());
        assertNull(get("17.03", NOV_2025).vulnerableCoverage());
        assertEquals(100, get("17.01", NOV_2024).vulnerable());
        assertNull(get("17", NOV_2024).vulnerable(), "17.02 leaves it empty in November 2024");
    }

    @Test
    void vulnerableTableCostsAYearAndTheMonthsPaid() {
        var rows = indicators.vulnerable().stream()
                .filter(v -> v.region().code().equals("17") && v.period().equals(NOV_2025)).toList();
        assertEquals(3, rows.size());
        VulnerableIndicator teachers = rows.get(0);
        assertEquals("GURU_HONORER", teachers.category().code());
        assertEquals(30L * 16_800 * 12, teachers.yearlyCostRp());
        assertEquals(30L * 16_800 * 4, teachers.fundedCostRp());
        VulnerableIndicator farmers = rows.stream().filter(v -> v.category().code().equals("PETANI")).findFirst()
                .orElseThrow();
        assertNull(farmers.fundedCostRp(), "months paid not given");
    }

    @Test
    void aRegionSummedFromSomeOfItsSubRegionsIsWarnedAbout() {
        var incomplete = indicators.warnings().stream()
                .filter(w -> w.kind() == DataWarning.Kind.INCOMPLETE_ROLLUP)
                .map(w -> w.regionCode() + " " + w.period() + " " + w.value() + "/" + w.limit()).toList();
        // the one province in the data is itself a partial sum: none of the 38 is there in full
        assertEquals(List.of("00 2024-11 0/38", "00 2025-10 0/38", "00 2025-11 0/38",
                "17 2024-11 2/10", "17 2025-10 2/10", "17 2025-11 3/10"), incomplete);
    }

    @Test
    void findingsNameHighestAndLowestAndTheGap() {
        KeyFindings province = indicators.findings().get("17");
        assertEquals("17.02", province.highest().region().code());
        assertEquals("17.03", province.lowest().region().code(), "tied at 50.08: the later code is listed last");
        // November 2024 sums 2 of the 10 regencies/cities (33.33 %), November 2025 sums 3 (50.09 %): the
        // 16.76 points between them measure the regency added to the data, not a change in coverage
        assertNull(province.yearlyChange());
        assertNull(get("17", NOV_2025).yearlyChange());
        assertNull(get("17", NOV_2025).monthlyChange(), "October sums 2 of them");
        assertEquals(0, province.gap().workersNeeded());
        assertEquals(176, province.gap().nextWorkersNeeded(), "0.54 * 4500 - 2254 = 176");
        assertEquals(176L * 16_800 * 12, province.gap().nextYearlyCostRp());
        assertNull(province.vulnerable(), "unknown while a regency's count is unknown");
    }
}
