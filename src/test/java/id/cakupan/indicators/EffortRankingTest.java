package id.cakupan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The regencies a province meeting should help first: a flat or falling pace before any rising one,
 * then the monthly need as the largest multiple of the pace, then those whose pace is not known;
 * those that reached the target are left out.
 */
class EffortRankingTest {

    static final YearMonth NOV_2025 = YearMonth.of(2025, 11);

    @TempDir
    static Path dir;
    static Indicators indicators;

    /**
     * Six regencies of Jawa Barat with a potential of 1,000 each and the province's 2025 target of 50 %
     * (500 participants): the pace is the change from August to November over 3 months.
     */
    @BeforeAll
    static void compute() throws Exception {
        Fixtures.write(dir, Map.of(
                "tenaga_kerja.csv", """
                        kode_wilayah,periode,potensi_peserta
                        32.01,2025-08,1000
                        32.01,2025-11,1000
                        32.02,2025-08,1000
                        32.02,2025-11,1000
                        32.03,2025-08,1000
                        32.03,2025-11,1000
                        32.04,2025-08,1000
                        32.04,2025-11,1000
                        32.05,2025-11,1000
                        32.06,2025-08,1000
                        32.06,2025-11,1000
                        """,
                "kepesertaan.csv", """
                        kode_wilayah,periode,segmen,peserta_aktif
                        32.01,2025-08,PU,300
                        32.01,2025-11,PU,330
                        32.02,2025-08,PU,400
                        32.02,2025-11,PU,390
                        32.03,2025-08,PU,100
                        32.03,2025-11,PU,400
                        32.04,2025-08,PU,500
                        32.04,2025-11,PU,600
                        32.05,2025-11,PU,200
                        32.06,2025-08,PU,250
                        32.06,2025-11,PU,250
                        """,
                "target.csv", """
                        kode_wilayah,tahun,target_persen,sumber
                        32,2025,50,RPJMD
                        """));
        indicators = Fixtures.compute(dir, NOV_2025);
    }

    @Test
    void flatAndFallingPacesComeFirstThenTheLargestMultipleThenTheUnknownPace() {
        List<RegionIndicator> ranking = indicators.effortRanking(indicators.catalog().get("32"));
        // 32.06 flat (needs 250 in December's one month), 32.02 falling (needs 110), 32.01 needs
        // 170 at +30 in 3 months (17.0 × its pace), 32.03 needs 100 at +300 in 3 months (1.0 ×),
        // 32.05 has no earlier month; 32.04 is at 600 of 500
        assertEquals(List.of("32.06", "32.02", "32.01", "32.03", "32.05"),
                ranking.stream().map(i -> i.region().code()).toList());
        assertEquals(List.of(250L, 110L, 170L, 100L, 300L), ranking.stream().map(RegionIndicator::monthlyNeed).toList());
        assertEquals(new BigDecimal("17.0"), ranking.get(2).effort());
        assertEquals(new BigDecimal("1.0"), ranking.get(3).effort());
        assertEquals(null, ranking.get(0).effort(), "a flat pace is no multiple");
        assertEquals(null, ranking.get(4).pace());
    }

    @Test
    void onlyAProvinceHasAnEffortRanking() {
        assertEquals(List.of(), indicators.effortRanking(indicators.catalog().get("32.01")));
        assertEquals(List.of(), indicators.effortRanking(indicators.catalog().country()));
    }
}
