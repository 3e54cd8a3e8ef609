package id.cakupan.render;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.cakupan.model.RegulationRecord;

/**
 * The four indicator tables as rows of values, before they become text: the CSV files and the
 * workbook are written from the same rows, so that a figure cannot differ between them. Rows respect
 * {@code --region} ({@link RenderContext#includes}); the contract's columns come first, in its order,
 * then the columns Cakupan adds.
 */
public final class IndicatorTables {

    /** How a column's values are to be shown where a format can be given (a spreadsheet). */
    public enum Kind {
        /** Codes, names, months and other text. */
        TEXT,
        /** Workers, participants and other counts: {@code 708.000}. */
        COUNT,
        /** Rupiah: {@code 16.000.000.000}. */
        RUPIAH,
        /** Percentages and percentage points, two decimals: {@code 35,45}. */
        PERCENT,
        /** Ratios, one decimal: {@code 3,5}. */
        DECIMAL,
        /** Years, ranks and other small whole numbers, without a thousands separator: {@code 2025}. */
        PLAIN
    }

    public record Column(String name, Kind kind) {
    }

    /**
     * One table; {@code name} is its file name without {@code .csv} and its sheet name. A value is a
     * {@link Number} (never touched), a {@link CharSequence} (text from the data), another object
     * (its {@code toString()}: codes, months) or null (empty).
     */
    public record Table(String name, List<Column> columns, List<List<Object>> rows) {

        public List<String> header() {
            return columns.stream().map(Column::name).toList();
        }
    }

    public static final String REGIONS = "indikator_wilayah";
    public static final String VULNERABLE = "indikator_rentan";
    public static final String BUDGETS = "anggaran";
    public static final String REGULATIONS = "regulasi";
    public static final String SHARING = "pembagian_anggaran";

    private IndicatorTables() {
    }

    /** The tables in the order of the data contract. */
    public static List<Table> of(RenderContext context) {
        return List.of(regions(context), vulnerable(context), budgets(context), regulations(context),
                sharing(context));
    }

    private static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder columns(Kind kind, String... names) {
            for (String column : names) {
                columns.add(new Column(column, kind));
            }
            return this;
        }

        /**
         * The table of one row per item, each made by {@code row} when it is read: the tables hold
         * hundreds of thousands of rows, which the CSV files and the workbook read once each, so no
         * copy of them is kept.
         */
        <T> Table build(List<T> items, Function<T, Object[]> row) {
            List<Column> header = List.copyOf(columns);
            List<T> shown = List.copyOf(items);
            return new Table(name, header, new AbstractList<>() {
                @Override
                public List<Object> get(int index) {
                    Object[] values = row.apply(shown.get(index));
                    if (values.length != header.size()) {
                        throw new IllegalArgumentException(name + ": row has " + values.length + " cells, header "
                                + header.size());
                    }
                    return Collections.unmodifiableList(Arrays.asList(values));
                }

                @Override
                public int size() {
                    return shown.size();
                }
            });
        }
    }

    private static Table regions(RenderContext context) {
        Builder table = new Builder(REGIONS)
                .columns(Kind.TEXT, "kode_wilayah", "nama_wilayah", "tingkat", "periode")
                .columns(Kind.COUNT, "potensi_peserta", "peserta_aktif", "peserta_pu", "peserta_bpu", "peserta_jakon",
                        "peserta_pmi")
                .columns(Kind.PERCENT, "cakupan_persen", "target_persen", "selisih_target_poin")
                .columns(Kind.COUNT, "kekurangan_peserta")
                .columns(Kind.PLAIN, "peringkat_provinsi", "jumlah_wilayah_provinsi")
                .columns(Kind.PERCENT, "perubahan_bulanan_poin", "perubahan_tahunan_poin")
                .columns(Kind.COUNT, "pekerja_rentan", "rentan_terlindungi")
                .columns(Kind.PERCENT, "cakupan_rentan_persen")
                .columns(Kind.TEXT, "sumber_target")
                .columns(Kind.PERCENT, "target_tahun_depan_persen")
                .columns(Kind.COUNT, "kekurangan_peserta_tahun_depan", "penduduk_bekerja", "rentan_belum_terlindungi")
                .columns(Kind.PLAIN, "jumlah_subwilayah_data", "jumlah_subwilayah")
                .columns(Kind.TEXT, "angka_sebagian")
                .columns(Kind.COUNT, "laju_peserta_bulanan")
                .columns(Kind.TEXT, "perkiraan_capai_target")
                .columns(Kind.COUNT, "kebutuhan_peserta_per_bulan")
                .columns(Kind.PLAIN, "bulan_laju")
                .columns(Kind.DECIMAL, "kebutuhan_per_laju");
        return table.build(context.indicators().regions().stream().filter(r -> context.includes(r.region())).toList(),
                r -> new Object[] {r.region().code(), r.region().name(), r.region().level(), r.period(),
                    r.potential(), r.active(), r.participantsPu(), r.participantsBpu(), r.participantsJakon(),
                    r.participantsPmi(), r.coverage(), plain(r.target()), r.gapPoints(), r.workersNeeded(),
                    r.rank(), r.rankedCount(), r.monthlyChange(), r.yearlyChange(),
                    r.vulnerable(), r.vulnerableProtected(), r.vulnerableCoverage(),
                    r.targetSource(), plain(r.nextTarget()), r.nextWorkersNeeded(),
                    r.employed(), r.vulnerableUnprotected(),
                    r.region().isRegency() ? null : r.subregionsInData(), r.region().isRegency() ? null : r.subregions(),
                    r.partial() ? "ya" : "tidak", r.pace() == null ? null : r.pace().perMonth(), r.targetReached(),
                    r.monthlyNeed(), r.pace() == null ? null : r.pace().months(), r.effort()});
    }

    private static Table vulnerable(RenderContext context) {
        Builder table = new Builder(VULNERABLE)
                .columns(Kind.TEXT, "kode_wilayah", "periode", "kelompok", "kategori", "nama_kategori", "sumber_dana")
                .columns(Kind.COUNT, "terlindungi")
                .columns(Kind.RUPIAH, "biaya_setahun_rp")
                .columns(Kind.TEXT, "nama_wilayah", "nama_kelompok", "nama_kategori_en")
                .columns(Kind.RUPIAH, "biaya_dibiayai_rp")
                .columns(Kind.TEXT, "angka_sebagian");
        return table.build(context.indicators().vulnerable().stream().filter(v -> context.includes(v.region())).toList(),
                v -> new Object[] {v.region().code(), v.period(), v.group().code(), v.category().code(),
                    v.category().name(), v.funder(), v.protectedWorkers(), v.yearlyCostRp(),
                    v.region().name(), v.group().name(), v.category().nameEn(), v.fundedCostRp(),
                    v.partial() ? "ya" : "tidak"});
    }

    private static Table budgets(RenderContext context) {
        Builder table = new Builder(BUDGETS)
                .columns(Kind.TEXT, "kode_wilayah", "nama_wilayah")
                .columns(Kind.PLAIN, "tahun")
                .columns(Kind.TEXT, "sumber_dana")
                .columns(Kind.RUPIAH, "kebutuhan_rp", "pagu_rp", "realisasi_rp")
                .columns(Kind.PERCENT, "persen_kebutuhan_terdanai", "persen_realisasi")
                .columns(Kind.COUNT, "pekerja_setahun_dari_pagu")
                .columns(Kind.TEXT, "periode_acuan")
                .columns(Kind.COUNT, "rentan_belum_terlindungi")
                .columns(Kind.RUPIAH, "biaya_rentan_belum_terlindungi_rp");
        return table.build(context.indicators().budgets().stream().filter(b -> context.includes(b.payer())).toList(),
                b -> new Object[] {b.payer().code(), b.payer().name(), b.year(),
                    b.funders().stream().map(Enum::name).collect(Collectors.joining(" ")),
                    b.needRp(), b.allocatedRp(), b.spentRp(), b.fundedPercent(), b.spentPercent(), b.workerYears(),
                    b.referencePeriod(), b.unprotected(), b.unprotectedYearlyCostRp()});
    }

    private static Table regulations(RenderContext context) {
        Builder table = new Builder(REGULATIONS)
                .columns(Kind.TEXT, "kode_wilayah", "nama_wilayah", "tingkat", "status_regulasi")
                .columns(Kind.PLAIN, "jumlah_regulasi")
                .columns(Kind.TEXT, "jenis", "nomor", "tanggal", "judul", "status");
        return table.build(context.indicators().regulations().values().stream()
                .filter(s -> context.includes(s.region()))
                .sorted(Comparator.comparing(s -> s.region().code())).toList(), s -> {
                    RegulationRecord r = s.leading();
                    return new Object[] {s.region().code(), s.region().name(), s.region().level(), s.status(),
                        s.regulations().size(), r == null ? null : r.type(), r == null ? null : r.number(),
                        r == null ? null : r.date(), r == null ? null : r.title(), r == null ? null : r.status()};
                });
    }

    private static Table sharing(RenderContext context) {
        Builder table = new Builder(SHARING)
                .columns(Kind.TEXT, "kode_wilayah", "nama_wilayah")
                .columns(Kind.PLAIN, "tahun")
                .columns(Kind.RUPIAH, "kebutuhan_rp")
                .columns(Kind.PERCENT, "porsi_persen")
                .columns(Kind.RUPIAH, "bagian_rp", "pagu_rp", "selisih_rp")
                .columns(Kind.TEXT, "tingkat", "sumber_kebutuhan")
                .columns(Kind.COUNT, "bagian_pekerja_setahun", "pagu_pekerja_setahun", "selisih_pekerja_setahun");
        return table.build(context.indicators().shares().stream().filter(b -> context.includes(b.region())).toList(),
                b -> new Object[] {b.region().code(), b.region().name(), b.year(), b.needRp(), plain(b.sharePercent()),
                    b.shareRp(), b.allocatedRp(), b.gapRp(), b.region().level(),
                    b.needGiven() ? "anggaran" : "pekerja_rentan", b.shareWorkerYears(), b.allocatedWorkerYears(),
                    b.gapWorkerYears()});
    }

    /** A target as set, without needless zeros; still a number, so that no text rule applies to it. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
