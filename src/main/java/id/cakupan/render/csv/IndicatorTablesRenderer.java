package id.cakupan.render.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import id.cakupan.indicators.BudgetIndicator;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.indicators.RegulationSummary;
import id.cakupan.indicators.VulnerableIndicator;
import id.cakupan.model.RegulationRecord;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;

/**
 * Writes the indicator tables of the data contract to {@code OUT/data/}: the contract's columns
 * first, in its order, then the columns Cakupan adds.
 */
public final class IndicatorTablesRenderer implements Renderer {

    public static final String REGIONS_FILE = "indikator_wilayah.csv";
    public static final String VULNERABLE_FILE = "indikator_rentan.csv";
    public static final String BUDGETS_FILE = "anggaran.csv";
    public static final String REGULATIONS_FILE = "regulasi.csv";
    public static final String README_FILE = "README.txt";

    @Override
    public String name() {
        return "indicator tables";
    }

    /** Every file of {@code data/}: the tables and their README. */
    @Override
    public boolean holdsAllRegions(Path file) {
        return file.startsWith("data");
    }

    @Override
    public List<Path> render(RenderContext context) throws IOException {
        Path dir = context.outDir().resolve("data");
        List<Path> files = List.of(dir.resolve(REGIONS_FILE), dir.resolve(VULNERABLE_FILE),
                dir.resolve(BUDGETS_FILE), dir.resolve(REGULATIONS_FILE), dir.resolve(README_FILE));
        regions(context).write(files.get(0));
        vulnerable(context).write(files.get(1));
        budgets(context).write(files.get(2));
        regulations(context).write(files.get(3));
        Files.writeString(files.get(4), readme(context), StandardCharsets.UTF_8);
        return files;
    }

    private static CsvTable regions(RenderContext context) {
        CsvTable table = new CsvTable(List.of("kode_wilayah", "nama_wilayah", "tingkat", "periode",
                "potensi_peserta", "peserta_aktif", "peserta_pu", "peserta_bpu", "peserta_jakon", "peserta_pmi",
                "cakupan_persen", "target_persen", "selisih_target_poin", "kekurangan_peserta",
                "peringkat_provinsi", "jumlah_wilayah_provinsi", "perubahan_bulanan_poin", "perubahan_tahunan_poin",
                "pekerja_rentan", "rentan_terlindungi", "cakupan_rentan_persen",
                "sumber_target", "target_tahun_depan_persen", "kekurangan_peserta_tahun_depan",
                "penduduk_bekerja", "rentan_belum_terlindungi",
                "jumlah_subwilayah_data", "jumlah_subwilayah", "angka_sebagian"));
        for (RegionIndicator r : context.indicators().regions()) {
            if (!context.includes(r.region())) {
                continue;
            }
            table.add(r.region().code(), r.region().name(), r.region().level(), r.period(),
                    r.potential(), r.active(), r.participantsPu(), r.participantsBpu(), r.participantsJakon(),
                    r.participantsPmi(), r.coverage(), plain(r.target()), r.gapPoints(), r.workersNeeded(),
                    r.rank(), r.rankedCount(), r.monthlyChange(), r.yearlyChange(),
                    r.vulnerable(), r.vulnerableProtected(), r.vulnerableCoverage(),
                    r.targetSource(), plain(r.nextTarget()), r.nextWorkersNeeded(),
                    r.employed(), r.vulnerableUnprotected(),
                    r.region().isRegency() ? null : r.subregionsInData(), r.region().isRegency() ? null : r.subregions(),
                    r.partial() ? "ya" : "tidak");
        }
        return table;
    }

    private static CsvTable vulnerable(RenderContext context) {
        CsvTable table = new CsvTable(List.of("kode_wilayah", "periode", "kelompok", "kategori", "nama_kategori",
                "sumber_dana", "terlindungi", "biaya_setahun_rp",
                "nama_wilayah", "nama_kelompok", "nama_kategori_en", "biaya_dibiayai_rp", "angka_sebagian"));
        for (VulnerableIndicator v : context.indicators().vulnerable()) {
            if (!context.includes(v.region())) {
                continue;
            }
            table.add(v.region().code(), v.period(), v.group().code(), v.category().code(), v.category().name(),
                    v.funder(), v.protectedWorkers(), v.yearlyCostRp(),
                    v.region().name(), v.group().name(), v.category().nameEn(), v.fundedCostRp(),
                    v.partial() ? "ya" : "tidak");
        }
        return table;
    }

    private static CsvTable budgets(RenderContext context) {
        CsvTable table = new CsvTable(List.of("kode_wilayah", "nama_wilayah", "tahun", "sumber_dana",
                "kebutuhan_rp", "pagu_rp", "realisasi_rp", "persen_kebutuhan_terdanai", "persen_realisasi",
                "pekerja_setahun_dari_pagu", "periode_acuan", "rentan_belum_terlindungi",
                "biaya_rentan_belum_terlindungi_rp"));
        for (BudgetIndicator b : context.indicators().budgets()) {
            if (!context.includes(b.payer())) {
                continue;
            }
            table.add(b.payer().code(), b.payer().name(), b.year(),
                    b.funders().stream().map(Enum::name).collect(Collectors.joining(" ")),
                    b.needRp(), b.allocatedRp(), b.spentRp(), b.fundedPercent(), b.spentPercent(), b.workerYears(),
                    b.referencePeriod(), b.unprotected(), b.unprotectedYearlyCostRp());
        }
        return table;
    }

    private static CsvTable regulations(RenderContext context) {
        CsvTable table = new CsvTable(List.of("kode_wilayah", "nama_wilayah", "tingkat", "status_regulasi",
                "jumlah_regulasi", "jenis", "nomor", "tanggal", "judul", "status"));
        for (RegulationSummary s : context.indicators().regulations().values().stream()
                .filter(s -> context.includes(s.region()))
                .sorted(java.util.Comparator.comparing(s -> s.region().code())).toList()) {
            RegulationRecord r = s.leading();
            table.add(s.region().code(), s.region().name(), s.region().level(), s.status(), s.regulations().size(),
                    r == null ? null : r.type(), r == null ? null : r.number(), r == null ? null : r.date(),
                    r == null ? null : r.title(), r == null ? null : r.status());
        }
        return table;
    }

    /** What the tables are, where the region names come from, and which input files they were computed from. */
    private static String readme(RenderContext context) {
        var messages = context.messages();
        var dataset = context.indicators().data().dataset();
        StringBuilder text = new StringBuilder();
        text.append(messages.get("tables.title")).append("\n\n")
                .append(messages.get("tables.intro", context.formats().month(context.indicators().period())))
                .append("\n\n");
        for (String key : List.of("tables.regions", "tables.vulnerable", "tables.budgets", "tables.regulations")) {
            text.append("- ").append(messages.get(key)).append('\n');
        }
        text.append('\n').append(messages.get("tables.fingerprint", dataset.fingerprint())).append('\n')
                .append(messages.get("tables.inputs")).append('\n');
        dataset.inputFiles().forEach(f -> text.append("  ").append(f.name()).append("  ").append(f.sha256())
                .append('\n'));
        return text.append('\n').append(messages.get("credit.regions")).append('\n').toString();
    }

    /** A target as the user wrote it: {@code 48}, {@code 48.5}. */
    /** A target as set, without needless zeros; still a number, so that no text rule applies to it. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
