package id.cakupan.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import id.cakupan.load.BuiltInCategories;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Category;
import id.cakupan.model.Level;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;

/**
 * Writes a complete, valid, deterministic national dataset in the data contract's format: the
 * first {@code provinces} provinces with all their regencies/cities, {@code months} months ending
 * November 2025, every input file, plausible values. Vulnerable workers are protected in five to
 * nine categories per regency/city and month, as a register gives them: at 38 provinces and 48
 * months that is about 170,000 rows of {@code pekerja_rentan.csv}. For benchmarks and fixtures;
 * nothing it writes is committed. Usage: {@code NationalSample DIR [provinces] [months]}.
 */
public final class NationalSample {

    static final YearMonth LAST = YearMonth.of(2025, 11);
    private static final String[] SEGMENTS = {"PU", "BPU", "JAKON", "PMI"};

    private final int provinceCount;
    private final int months;

    public NationalSample(int provinceCount, int months) {
        this.provinceCount = provinceCount;
        this.months = months;
    }

    public static void main(String[] args) throws IOException {
        new NationalSample(args.length > 1 ? Integer.parseInt(args[1]) : 38, args.length > 2 ? Integer.parseInt(args[2]) : 24)
                .write(Path.of(args[0]));
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        RegionCatalog catalog = ReferenceRegions.catalog();
        List<Region> provinces = catalog.children(Region.COUNTRY_CODE).subList(0, provinceCount);
        Random random = new Random(20251211L);
        List<Category> categories = BuiltInCategories.categories().categories();
        try (Writer workforce = open(dir, "tenaga_kerja.csv", "kode_wilayah,periode,potensi_peserta,penduduk_bekerja,pekerja_rentan");
             Writer participants = open(dir, "kepesertaan.csv", "kode_wilayah,periode,segmen,peserta_aktif");
             Writer vulnerable = open(dir, "pekerja_rentan.csv",
                     "kode_wilayah,periode,kategori,sumber_dana,terlindungi,bulan_dibiayai");
             Writer targets = open(dir, "target.csv", "kode_wilayah,tahun,target_persen,sumber");
             Writer budgets = open(dir, "anggaran.csv", "kode_wilayah,tahun,sumber_dana,kebutuhan_rp,pagu_rp,realisasi_rp");
             Writer regulations = open(dir, "regulasi.csv", "kode_wilayah,jenis,nomor,tanggal,judul,status")) {
            YearMonth first = LAST.minusMonths(months - 1L);
            for (Region province : provinces) {
                for (int year = first.getYear(); year <= LAST.getYear() + 1; year++) {
                    line(targets, province.code(), year, 40 + random.nextInt(15), "BPJSTK");
                }
                long provinceVulnerable = 0;
                for (Region regency : catalog.children(province.code())) {
                    long potential = 20_000 + random.nextInt(580_000);
                    double coverage = 0.15 + random.nextDouble() * 0.5;
                    double growth = random.nextDouble() * 0.002;
                    double pu = 0.4 + random.nextDouble() * 0.25;
                    long vulnerableWorkers = potential * (12 + random.nextInt(8)) / 100;
                    provinceVulnerable += vulnerableWorkers;
                    double protectedShare = random.nextDouble() * 0.6;
                    Schemes schemes = Schemes.of(regency.code(), categories);
                    for (int m = 0; m < months; m++) {
                        YearMonth month = first.plusMonths(m);
                        long monthPotential = potential + potential * m / 400;
                        long active = Math.round(monthPotential * Math.min(0.95, coverage + growth * m));
                        line(workforce, regency.code(), month, monthPotential, monthPotential * 16 / 10, vulnerableWorkers);
                        long[] split = split(active, new double[] {pu, 0.95 - pu - 0.12, 0.12, 0.05});
                        for (int s = 0; s < SEGMENTS.length; s++) {
                            line(participants, regency.code(), month, SEGMENTS[s], split[s]);
                        }
                        // protection grows towards the share reached in the last month
                        long protectedWorkers = Math.round(vulnerableWorkers * protectedShare * (m + 1) / months);
                        long[] byCategory = split(protectedWorkers, schemes.weights());
                        for (int c = 0; c < schemes.categories().size(); c++) {
                            line(vulnerable, regency.code(), month, schemes.categories().get(c).code(),
                                    schemes.funders().get(c), byCategory[c], month.getMonthValue());
                        }
                    }
                    long need = vulnerableWorkers * 201_600;
                    line(budgets, regency.code(), LAST.getYear(), "APBD_KABKOTA", need / 3, need / 3 * random.nextInt(100) / 100, "");
                    boolean city = regency.level() == Level.KOTA;
                    boolean enacted = random.nextInt(3) == 0;
                    line(regulations, regency.code(), city ? "PERWAL" : "PERBUP", enacted ? random.nextInt(40) + 1 + "" : "",
                            "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                            "Peraturan tentang Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan di "
                                    + regency.name(), enacted ? "DITETAPKAN" : "DRAFT");
                }
                long need = provinceVulnerable * 201_600;
                line(budgets, province.code(), LAST.getYear(), "APBD_PROVINSI", need, need / 4, need / 8);
                line(regulations, province.code(), "PERGUB", "", "2024-12-17",
                        "Rancangan Peraturan Gubernur " + province.name(), "DRAFT");
            }
        }
        try (Writer parameters = open(dir, "parameter.csv", "nama,nilai")) {
            line(parameters, "iuran_bpu_bulanan", 16_800);
        }
        try (Writer categoryFile = open(dir, "kategori.csv", "kode,nama,nama_en,kelompok")) {
            for (Category category : categories) {
                line(categoryFile, category.code(), category.name(), category.nameEn(), category.groupCode());
            }
        }
    }

    /**
     * The categories a regency protects vulnerable workers in, each with its funder and its share of
     * the protected: five to nine of the categories, most paid from the province's budget, some from
     * the regency's or a village's, as in a register of a whole province. Drawn from the region
     * code, so that every file of the sample stays the same whatever else changes.
     */
    private record Schemes(List<Category> categories, List<String> funders, double[] weights) {

        private static final String[] FUNDERS = {"APBD_PROVINSI", "APBD_PROVINSI", "APBD_KABKOTA", "APBDES", "CSR"};

        static Schemes of(String regionCode, List<Category> all) {
            Random random = new Random(regionCode.hashCode());
            List<Category> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            int count = 5 + random.nextInt(5);
            List<String> funders = new ArrayList<>();
            double[] weights = new double[count];
            double sum = 0;
            for (int c = 0; c < count; c++) {
                funders.add(FUNDERS[random.nextInt(FUNDERS.length)]);
                weights[c] = 1 + random.nextInt(4);
                sum += weights[c];
            }
            for (int c = 0; c < count; c++) {
                weights[c] /= sum;
            }
            return new Schemes(List.copyOf(shuffled.subList(0, count)), List.copyOf(funders), weights);
        }
    }

    private static Writer open(Path dir, String name, String header) throws IOException {
        Writer writer = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
        writer.write(header + "\n");
        return writer;
    }

    private static void line(Writer writer, Object... cells) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Object cell : cells) {
            String text = String.valueOf(cell);
            texts.add(text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        writer.write(String.join(",", texts) + "\n");
    }

    private static long[] split(long total, double[] weights) {
        long[] parts = new long[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            parts[i] = Math.round(total * weights[i]);
            assigned += parts[i];
        }
        parts[weights.length - 1] = Math.max(0, total - assigned);
        return parts;
    }
}
