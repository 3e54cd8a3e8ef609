package id.cakupan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** The budget sharing of {@code pembagian_anggaran.csv}, worked by hand. */
class BudgetShareTest {

    static final YearMonth NOV_2025 = YearMonth.of(2025, 11);

    @TempDir
    Path dir;

    private static final String WORKFORCE = """
            kode_wilayah,periode,potensi_peserta,pekerja_rentan
            17.01,2025-10,100000,9000
            17.01,2025-11,100000,10000
            17.02,2025-11,50000,5000
            """;

    private Indicators compute(String parameters, String budgets) throws Exception {
        return compute(parameters, budgets, WORKFORCE);
    }

    private Indicators compute(String parameters, String budgets, String workforce) throws Exception {
        Fixtures.write(dir, Map.of(
                "tenaga_kerja.csv", workforce,
                "kepesertaan.csv", """
                        kode_wilayah,periode,segmen,peserta_aktif
                        17.01,2025-10,PU,30000
                        17.01,2025-11,PU,30000
                        17.02,2025-11,PU,20000
                        """,
                "parameter.csv", parameters,
                "anggaran.csv", budgets));
        return Fixtures.compute(dir, NOV_2025);
    }

    @Test
    void theWorkedExampleOfTheIssue() throws Exception {
        Indicators indicators = compute("""
                nama,nilai
                porsi_apbd_provinsi_persen,30
                porsi_apbd_kabkota_persen,20
                """, """
                kode_wilayah,tahun,sumber_dana,kebutuhan_rp,pagu_rp
                """);
        List<BudgetShare> rows = indicators.sharing(indicators.catalog().get("17"));
        assertEquals(List.of("17", "17.01", "17.02"), rows.stream().map(r -> r.region().code()).toList());
        // 10,000 and 5,000 workers of November (the latest month of 2025) × 16,800 × 12
        assertEquals(2_016_000_000L, rows.get(1).needRp());
        assertEquals(1_008_000_000L, rows.get(2).needRp());
        assertEquals(3_024_000_000L, rows.get(0).needRp(), "the province's need is its regencies'");
        assertEquals(907_200_000L, rows.get(0).shareRp());
        assertEquals(403_200_000L, rows.get(1).shareRp());
        assertEquals(201_600_000L, rows.get(2).shareRp());
        assertEquals(new BigDecimal("20"), rows.get(1).sharePercent());
        assertEquals(4_500, rows.get(0).shareWorkerYears(), "907,200,000 / 201,600");
        assertNull(rows.get(0).allocatedRp(), "no allocation known");
        assertNull(rows.get(0).gapRp());
        assertFalse(rows.get(0).needGiven());
    }

    @Test
    void aGivenNeedAndAllocationComeFromTheBudgetTable() throws Exception {
        Indicators indicators = compute("""
                nama,nilai
                porsi_apbd_provinsi_persen,30
                porsi_apbd_kabkota_persen,20.5
                """, """
                kode_wilayah,tahun,sumber_dana,kebutuhan_rp,pagu_rp
                17,2025,APBD_PROVINSI,16000000000,4000000000
                17.02,2025,APBD_KABKOTA,1000000001,300000000
                """);
        List<BudgetShare> rows = indicators.sharing(indicators.catalog().get("17"));
        BudgetShare province = rows.get(0);
        assertEquals(16_000_000_000L, province.needRp());
        assertTrue(province.needGiven());
        assertEquals(4_800_000_000L, province.shareRp());
        assertEquals(-800_000_000L, province.gapRp(), "allocation minus share");
        // 4,000,000,000 / 201,600 = 19,841 and 4,800,000,000 / 201,600 = 23,809 worker-years, each rounded down
        assertEquals(-3_968, province.gapWorkerYears(), "19,841 − 23,809: the figures beside it add up");
        BudgetShare kota = rows.get(2);
        assertEquals(205_000_000L, kota.shareRp(), "20.5 % of 1,000,000,001 = 205,000,000.2, rounded");
        assertEquals(95_000_000L, kota.gapRp());
        // 300,000,000 / 201,600 = 1,488 and 205,000,000 / 201,600 = 1,016 worker-years: 472, not the
        // 471 of 95,000,000 / 201,600, so that the row adds up as printed
        assertEquals(472, kota.gapWorkerYears());
    }

    @Test
    void aProvinceWhoseRegencyHasNoNeedHasNoSumOfSome() throws Exception {
        Indicators indicators = compute("""
                nama,nilai
                porsi_apbd_provinsi_persen,30
                """, """
                kode_wilayah,tahun,sumber_dana,kebutuhan_rp,pagu_rp
                """, """
                kode_wilayah,periode,potensi_peserta,pekerja_rentan
                17.01,2025-10,100000,9000
                17.01,2025-11,100000,10000
                17.02,2025-11,50000,
                """);
        assertEquals(List.of(), indicators.sharing(indicators.catalog().get("17")),
                "17.02 is in the data without vulnerable workers: 17.01's need alone is not the province's");
    }

    @Test
    void withoutSharesTheNeedsAreStillStated() throws Exception {
        Indicators indicators = compute("""
                nama,nilai
                iuran_bpu_bulanan,16800
                """, """
                kode_wilayah,tahun,sumber_dana,kebutuhan_rp,pagu_rp
                """);
        BudgetShare province = indicators.sharing(indicators.catalog().get("17")).get(0);
        assertEquals(3_024_000_000L, province.needRp());
        assertNull(province.sharePercent());
        assertNull(province.shareRp());
        assertNull(province.gapRp());
        assertEquals(List.of(), indicators.sharing(indicators.catalog().get("17.01")), "only for a province");
    }
}
