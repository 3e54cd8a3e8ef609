package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.indicators.Indicators;

/** The sample data in data/ reproduces every published figure of domain.md through the whole build. */
class PublishedFiguresIT {

    @TempDir
    static Path out;
    static List<CSVRecord> regions;
    static List<CSVRecord> vulnerable;
    static List<CSVRecord> budgets;
    static List<CSVRecord> regulations;

    @BeforeAll
    static void build() throws IOException {
        var run = Fixtures.cli("build", "--data", Fixtures.projectDir().resolve("data").toString(),
                "--out", out.resolve("output").toString());
        assertEquals(0, run.exitCode(), run.err());
        regions = read("indikator_wilayah.csv");
        vulnerable = read("indikator_rentan.csv");
        budgets = read("anggaran.csv");
        regulations = read("regulasi.csv");
    }

    private static List<CSVRecord> read(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(out.resolve("output/data").resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }

    private static CSVRecord region(String code, String period) {
        return regions.stream().filter(r -> r.get("kode_wilayah").equals(code) && r.get("periode").equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + code + " " + period));
    }

    private static void assertNear(double expected, String actual, String what) {
        double value = Double.parseDouble(actual);
        assertTrue(Math.abs(value - expected) <= 0.5, what + ": " + actual + " is not " + expected + " ± 0.5");
    }

    @Test
    void bengkuluAtTheLaunchInNovember2025() {
        CSVRecord r = region("17", "2025-11");
        assertEquals("Bengkulu", r.get("nama_wilayah"));
        assertEquals("PROVINSI", r.get("tingkat"));
        assertEquals("708000", r.get("potensi_peserta"));
        assertEquals("251000", r.get("peserta_aktif"));
        assertEquals("35.45", r.get("cakupan_persen"));
        assertEquals("48", r.get("target_persen"));
        assertEquals("-12.55", r.get("selisih_target_poin"));
        assertEquals("88840", r.get("kekurangan_peserta"));
        assertEquals("54", r.get("target_tahun_depan_persen"));
        assertEquals("131320", r.get("kekurangan_peserta_tahun_depan"));
        assertEquals("114000", r.get("pekerja_rentan"));
        assertEquals("71935", r.get("rentan_terlindungi"));
        assertEquals("63.10", r.get("cakupan_rentan_persen"));
        assertEquals("42065", r.get("rentan_belum_terlindungi"));
        assertEquals("1101234", r.get("penduduk_bekerja"), "Sakernas August 2024");
        assertEquals("", r.get("peringkat_provinsi"));
    }

    @Test
    void theMonevMeetingOfNovember2024() {
        assertNear(37, region("17", "2024-11").get("cakupan_persen"), "province");
        assertNear(39, region("00", "2024-11").get("cakupan_persen"), "national average");
        CSVRecord kaur = region("17.04", "2024-11");
        assertNear(75, kaur.get("cakupan_persen"), "Kaur");
        assertEquals("1", kaur.get("peringkat_provinsi"));
        assertEquals("10", kaur.get("jumlah_wilayah_provinsi"));
        CSVRecord lebong = region("17.07", "2024-11");
        assertNear(17, lebong.get("cakupan_persen"), "Lebong");
        assertEquals("10", lebong.get("peringkat_provinsi"), "Lebong is last of ten");
    }

    @Test
    void nationalFiguresOf2025() {
        assertEquals("35.68", region("00", "2025-04").get("cakupan_persen"), "April 2025");
        assertEquals("52.15", region("00", "2025-04").get("target_persen"));
        CSVRecord january = region("00", "2025-01");
        assertEquals("41380000", january.get("peserta_aktif"));
        assertEquals("26260000", january.get("peserta_pu"));
        assertEquals("9580000", january.get("peserta_bpu"));
        assertEquals("5530000", january.get("peserta_jakon"));
    }

    @Test
    void regenciesAddUpToTheProvinceEveryMonth() {
        for (CSVRecord province : regions.stream().filter(r -> r.get("kode_wilayah").equals("17")).toList()) {
            Predicate<CSVRecord> regencyOfMonth = r -> r.get("kode_wilayah").startsWith("17.")
                    && r.get("periode").equals(province.get("periode"));
            for (String column : List.of("potensi_peserta", "peserta_aktif", "pekerja_rentan", "rentan_terlindungi")) {
                long sum = regions.stream().filter(regencyOfMonth).mapToLong(r -> Long.parseLong(r.get(column))).sum();
                assertEquals(Long.parseLong(province.get(column)), sum, column + " " + province.get("periode"));
            }
        }
    }

    private static long protectedSum(Predicate<CSVRecord> filter) {
        return vulnerable.stream().filter(r -> r.get("kode_wilayah").equals("17") && r.get("periode").equals("2025-11")
                && r.get("sumber_dana").equals("APBD_PROVINSI")).filter(filter)
                .mapToLong(r -> Long.parseLong(r.get("terlindungi"))).sum();
    }

    @Test
    void theProvincesVulnerableWorkersSplitIntoThePublishedGroups() {
        assertEquals(34_141, protectedSum(r -> r.get("kelompok").equals("SOSIAL_PENDIDIKAN_KEAGAMAAN")));
        assertEquals(37_794, protectedSum(r -> r.get("kelompok").equals("INFORMAL_BPU")));
        Map<String, Long> published = Map.ofEntries(Map.entry("GURU_HONORER", 6_598L),
                Map.entry("GURU_MADRASAH", 5_403L), Map.entry("KADER_POSYANDU", 11_028L), Map.entry("LINMAS", 7_493L),
                Map.entry("PEKERJA_KEAGAMAAN", 3_619L), Map.entry("OJOL_GRAB", 1_173L), Map.entry("OJOL_GOJEK", 800L),
                Map.entry("PENJAHIT", 37L), Map.entry("SENIMAN", 345L), Map.entry("TAGANA", 206L),
                Map.entry("SOPIR_AMBULANS", 69L), Map.entry("RENTAN_LAINNYA", 35_164L));
        published.forEach((category, count) ->
                assertEquals(count, protectedSum(r -> r.get("kategori").equals(category)), category));
        long yearlyCost = vulnerable.stream().filter(r -> r.get("kode_wilayah").equals("17")
                && r.get("periode").equals("2025-11")).mapToLong(r -> Long.parseLong(r.get("biaya_setahun_rp"))).sum();
        assertEquals(14_502_096_000L, yearlyCost, "71,935 workers for a year: Rp 14.50 billion");
    }

    @Test
    void kaurPaidOneMonthForItsVulnerableWorkersInDecember2024() {
        var kaur = vulnerable.stream().filter(r -> r.get("kode_wilayah").equals("17.04")
                && r.get("periode").equals("2024-12") && r.get("sumber_dana").equals("APBD_KABKOTA")).toList();
        assertEquals(7_100, kaur.stream().mapToLong(r -> Long.parseLong(r.get("terlindungi"))).sum());
        assertEquals(119_280_000L, kaur.stream().mapToLong(r -> Long.parseLong(r.get("biaya_dibiayai_rp"))).sum(),
                "7,100 workers for one month");
    }

    private static CSVRecord budget(String code, String year) {
        return budgets.stream().filter(r -> r.get("kode_wilayah").equals(code) && r.get("tahun").equals(year))
                .findFirst().orElseThrow();
    }

    @Test
    void budgets() {
        CSVRecord province = budget("17", "2025");
        assertEquals("16000000000", province.get("kebutuhan_rp"));
        assertEquals("4000000000", province.get("pagu_rp"));
        assertEquals("25.00", province.get("persen_kebutuhan_terdanai"));
        assertEquals("19841", province.get("pekerja_setahun_dari_pagu"), "Rp 4 billion / Rp 201,600");
        assertEquals("42065", province.get("rentan_belum_terlindungi"));
        assertEquals("8480304000", province.get("biaya_rentan_belum_terlindungi_rp"), "42,065 × Rp 201,600");
        CSVRecord kaur = budget("17.04", "2025");
        assertEquals("300000000", kaur.get("pagu_rp"));
        assertEquals("1488", kaur.get("pekerja_setahun_dari_pagu"), "Rp 300 million pays 1,488 worker-years");
        assertEquals("", kaur.get("realisasi_rp"));
    }

    @Test
    void thePergubIsInDraftSinceDecember2024() {
        CSVRecord province = regulations.stream().filter(r -> r.get("kode_wilayah").equals("17")).findFirst()
                .orElseThrow();
        assertEquals("DRAFT", province.get("status_regulasi"));
        assertEquals("PERGUB", province.get("jenis"));
        assertEquals("2024-12-17", province.get("tanggal"));
        assertEquals(11, regulations.size(), "the province and its ten regencies/cities");
    }

    @Test
    void keyFindingsOfTheMonevMeetingAndTheLaunch() throws Exception {
        Path data = Fixtures.projectDir().resolve("data");
        Indicators november2024 = Fixtures.compute(data, YearMonth.of(2024, 11));
        var findings = november2024.findings().get("17");
        assertEquals("17.04", findings.highest().region().code());
        assertEquals("17.07", findings.lowest().region().code());
        assertEquals(new BigDecimal("39.00"), findings.parent().coverage(), "national average");
        assertEquals(11, findings.withoutRegulation().size(), "all drafts, none enacted");

        var launch = Fixtures.compute(data, YearMonth.of(2025, 11)).findings().get("17");
        assertEquals(88_840, launch.gap().workersNeeded());
        assertEquals(131_320, launch.gap().nextWorkersNeeded());
        assertEquals(42_065, launch.vulnerable().unprotected());
        var change = launch.yearlyChange();
        assertEquals(new BigDecimal("-1.55"), change.totalPoints(), "37.00 → 35.45");
        assertEquals(change.totalPoints(), change.participantsEffectPoints().add(change.potentialEffectPoints()));
        assertTrue(change.participantsEffectPoints().signum() > 0, "more participants");
        assertTrue(change.potentialEffectPoints().signum() < 0, "a larger potential");
    }
}
