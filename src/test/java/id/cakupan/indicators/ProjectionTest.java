package id.cakupan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * Pace, projection and monthly need ({@code laju_peserta_bulanan}, {@code perkiraan_capai_target},
 * {@code kebutuhan_peserta_per_bulan}), each expected figure worked by hand in the comments.
 */
class ProjectionTest {

    static final YearMonth JUN_2025 = YearMonth.of(2025, 6);

    @TempDir
    static Path dir;
    static Indicators indicators;

    @BeforeAll
    static void compute() throws Exception {
        Fixtures.write(dir, Map.of(
                "tenaga_kerja.csv", """
                        kode_wilayah,periode,potensi_peserta
                        17.01,2024-06,1000000
                        17.01,2025-06,1000000
                        17.02,2025-03,10000
                        17.02,2025-06,10000
                        17.03,2024-10,10000
                        17.03,2025-01,10000
                        17.03,2025-06,10000
                        17.04,2024-06,30000
                        17.04,2025-06,30000
                        17.05,2024-06,1000
                        17.05,2025-06,1000
                        17.06,2024-12,10000
                        17.06,2025-12,10000
                        17.07,2024-06,10000
                        17.07,2025-06,10000
                        18.01,2024-06,10000
                        18.01,2025-06,10000
                        """,
                "kepesertaan.csv", """
                        kode_wilayah,periode,segmen,peserta_aktif
                        17.01,2024-06,PU,324000
                        17.01,2025-06,PU,337200
                        17.02,2025-03,PU,1000
                        17.02,2025-06,PU,1300
                        17.03,2024-10,PU,1000
                        17.03,2025-01,PU,1300
                        17.03,2025-06,PU,1400
                        17.04,2024-06,PU,5000
                        17.04,2025-06,PU,4982
                        17.05,2024-06,PU,150
                        17.05,2025-06,PU,250
                        17.06,2024-12,PU,1000
                        17.06,2025-12,PU,1600
                        17.07,2024-06,PU,1000
                        17.07,2025-06,PU,1030
                        18.01,2024-06,PU,1000
                        18.01,2025-06,PU,1120
                        """,
                "target.csv", """
                        kode_wilayah,tahun,target_persen,sumber
                        17,2025,20,BPJSTK
                        17.01,2025,36,RPJMD
                        """));
        indicators = Fixtures.compute(dir, JUN_2025);
    }

    static RegionIndicator get(String code, YearMonth period) {
        return indicators.get(code, period).orElseThrow();
    }

    @Test
    void theWorkedExampleOfTheIssue() {
        // (337,200 − 324,000) / 12 = 1,100; short 0.36 × 1,000,000 − 337,200 = 22,800
        RegionIndicator r = get("17.01", JUN_2025);
        assertEquals(new Pace(13_200, 12), r.pace());
        assertEquals(1_100, r.pace().perMonth());
        assertEquals(22_800, r.workersNeeded());
        assertEquals(YearMonth.of(2027, 3), r.targetReached(), "after ⌈22,800 / 1,100⌉ = 21 months");
        assertEquals(3_800, r.monthlyNeed(), "⌈22,800 / 6⌉ by December 2025");
        assertEquals(new BigDecimal("3.5"), r.effort(), "3,800 / 1,100 = 3.45");
        // the line ends in December 2026, sooner than March 2027: 337,200 + 18 × 1,100 = 357,000
        assertEquals(new RegionIndicator.ProjectionEnd(YearMonth.of(2026, 12), new BigDecimal("35.70")),
                r.projection());
    }

    @Test
    void withoutTheMonthAYearEarlierThePaceIsOverTheLongestSpanOfAtLeastThreeMonths() {
        // 17.03 has 2024-10 (8 months before) and 2025-01 (5 months): the longer span counts
        RegionIndicator r = get("17.03", JUN_2025);
        assertEquals(new Pace(400, 8), r.pace());
        assertEquals(50, r.pace().perMonth());
        // short 2,000 − 1,400 = 600 at 50 a month: 12 months
        assertEquals(YearMonth.of(2026, 6), r.targetReached());
        assertEquals(100, r.monthlyNeed(), "600 / 6");
        assertEquals(new BigDecimal("2.0"), r.effort());
    }

    @Test
    void threeMonthsOfDataAreEnoughAndFewerAreNot() {
        // 17.02: (1,300 − 1,000) / 3 = 100 a month; short 700: 7 months, the target month lies in the line's range
        RegionIndicator r = get("17.02", JUN_2025);
        assertEquals(new Pace(300, 3), r.pace());
        assertEquals(YearMonth.of(2026, 1), r.targetReached());
        assertEquals(new RegionIndicator.ProjectionEnd(YearMonth.of(2026, 1), new BigDecimal("20.00")),
                r.projection());
        RegionIndicator first = get("17.02", YearMonth.of(2025, 3));
        assertNull(first.pace(), "no earlier month at all");
        assertNull(first.targetReached(), "not reached and no pace");
        assertNull(first.projection());
        assertEquals(112, first.monthlyNeed(), "⌈1,000 / 9⌉ = ⌈111.1⌉");
        assertNull(first.effort());
    }

    @Test
    void aFallingPaceNeverReachesTheTargetAndIsRoundedHalfAwayFromZero() {
        // (4,982 − 5,000) / 12 = −1.5, rounded to −2; short 6,000 − 4,982 = 1,018
        RegionIndicator r = get("17.04", JUN_2025);
        assertEquals(-2, r.pace().perMonth());
        assertNull(r.targetReached());
        assertEquals(170, r.monthlyNeed(), "⌈1,018 / 6⌉");
        assertNull(r.effort(), "no multiple of a falling pace");
        // the line still shows where the pace leads: 4,982 − 18 × 1.5 = 4,955 of 30,000
        assertEquals(new RegionIndicator.ProjectionEnd(YearMonth.of(2026, 12), new BigDecimal("16.52")),
                r.projection());
        // (1,030 − 1,000) / 12 = 2.5, rounded up to 3
        assertEquals(3, get("17.07", JUN_2025).pace().perMonth());
    }

    @Test
    void aTargetAlreadyMetIsReachedInTheMonthItself() {
        RegionIndicator r = get("17.05", JUN_2025);
        assertEquals(0, r.workersNeeded());
        assertEquals(JUN_2025, r.targetReached());
        assertNull(r.monthlyNeed(), "nothing short");
        assertNull(r.effort());
        assertNull(r.projection(), "nothing to project");
    }

    @Test
    void inDecemberNoMonthsAreLeftForAMonthlyNeed() {
        // 17.06: 1,600 of 10,000 against 20 %: short 400, at (1,600 − 1,000) / 12 = 50 a month
        RegionIndicator r = get("17.06", YearMonth.of(2025, 12));
        assertEquals(400, r.workersNeeded());
        assertNull(r.monthlyNeed());
        assertEquals(YearMonth.of(2026, 8), r.targetReached());
    }

    @Test
    void withoutATargetThereIsOnlyThePace() {
        RegionIndicator r = get("18.01", JUN_2025);
        assertEquals(10, r.pace().perMonth());
        assertNull(r.targetReached());
        assertNull(r.monthlyNeed());
        assertNull(r.effort());
        assertEquals(new RegionIndicator.ProjectionEnd(YearMonth.of(2026, 12), new BigDecimal("13.00")),
                r.projection(), "1,120 + 18 × 10 = 1,300 of 10,000");
    }

    @Test
    void aTargetReachedOnlyAfterTheYear9999IsNeverReached() {
        // 1 participant a year more against 1,000 short: 12,000 months, within 9999-12
        assertEquals(YearMonth.of(3025, 6), new Pace(1, 12).reaches(JUN_2025, 0, BigDecimal.valueOf(1_000)));
        // 1 participant a year against 10,000,000 short: 120 million months, past 9999-12
        assertNull(new Pace(1, 12).reaches(JUN_2025, 0, BigDecimal.valueOf(10_000_000)));
        assertEquals(YearMonth.of(9999, 12), new Pace(12, 12).reaches(YearMonth.of(9999, 11), 0, BigDecimal.ONE),
                "one a month, one short: the last month");
        assertNull(new Pace(12, 12).reaches(YearMonth.of(9999, 11), 0, BigDecimal.valueOf(2)), "two short: past it");
    }

    @Test
    void aRegionWithItsOwnTargetIsProjectedToItsOwn() {
        assertEquals(new BigDecimal("36"), get("17.01", JUN_2025).target());
        assertEquals(new BigDecimal("20"), get("17.02", JUN_2025).target(), "the province's");
    }
}
