package id.cakupan.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Bengkulu sample data of {@code data/}: the published figures of domain.md exactly,
 * and smooth illustrative values that add up everywhere else. Run it after changing it:
 * {@code java -cp target/test-classes id.cakupan.sample.BengkuluSample data}; a test checks that
 * {@code data/} is what it writes.
 */
public final class BengkuluSample {

    static final YearMonth FIRST = YearMonth.of(2024, 1);
    static final YearMonth LAST = YearMonth.of(2025, 11);
    static final long MONTHLY_PREMIUM = 16_800;

    /** Regencies/cities with their 2020 census population in thousands (the split weights). */
    static final List<String> CODES = List.of("17.01", "17.02", "17.03", "17.04", "17.05", "17.06", "17.07", "17.08",
            "17.09", "17.71");
    static final double[] POPULATION = {166, 277, 297, 126, 207, 190, 107, 149, 116, 373};
    /** Share of vulnerable workers relative to population: rural regencies have more. */
    static final double[] RURALNESS = {1.1, 1.0, 1.1, 1.3, 1.2, 1.1, 1.2, 1.1, 1.0, 0.6};
    /** Shape of the coverage of the regencies that are neither highest nor lowest. */
    static final double[] BASE_COVERAGE = {33, 30, 36, 0, 26, 40, 0, 27, 29, 48};
    static final int KAUR = 3;
    static final int LEBONG = 6;
    static final int KOTA = 9;
    /** Segment shares (PU, JAKON, PMI; BPU takes the rest) per regency/city. */
    static final double[][] SEGMENT_SHARES = {
        {0.46, 0.12, 0.02}, {0.48, 0.12, 0.02}, {0.47, 0.12, 0.03}, {0.34, 0.10, 0.02}, {0.45, 0.11, 0.02},
        {0.50, 0.12, 0.02}, {0.44, 0.10, 0.01}, {0.45, 0.11, 0.02}, {0.47, 0.13, 0.02}, {0.58, 0.14, 0.02}};

    private final Map<String, List<String>> files = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        new BengkuluSample().write(Path.of(args.length > 0 ? args[0] : "data"));
    }

    /** The file contents by file name, lines without line ends. */
    public Map<String, List<String>> files() {
        if (files.isEmpty()) {
            workforceAndParticipants();
            vulnerable();
            targets();
            budgets();
            regulations();
            // the province's sharing scheme of December 2024: the province 30 %, each regency/city 20 % of its own need
            files.put("parameter.csv", List.of("nama,nilai", "iuran_bpu_bulanan," + MONTHLY_PREMIUM,
                    "porsi_apbd_provinsi_persen,30", "porsi_apbd_kabkota_persen,20"));
        }
        return files;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var file : files().entrySet()) {
            try (Writer writer = Files.newBufferedWriter(dir.resolve(file.getKey()), StandardCharsets.UTF_8)) {
                for (String line : file.getValue()) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        }
    }

    private void workforceAndParticipants() {
        List<String> workforce = new ArrayList<>(List.of("kode_wilayah,periode,potensi_peserta,penduduk_bekerja,pekerja_rentan"));
        List<String> participants = new ArrayList<>(List.of("kode_wilayah,periode,segmen,peserta_aktif"));
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            national(month, workforce, participants);
            long[] potential = Split.largestRemainder(provincePotential(month), POPULATION);
            long[] employed = Split.largestRemainder(month.isBefore(YearMonth.of(2024, 8)) ? 1_085_600 : 1_101_234,
                    POPULATION);
            long[] vulnerable = Split.largestRemainder(month.getYear() == 2024 ? 112_000 : 114_000, vulnerableWeights());
            long[] active = regencyActive(month, potential);
            for (int i = 0; i < CODES.size(); i++) {
                workforce.add(String.join(",", CODES.get(i), month.toString(), Long.toString(potential[i]),
                        Long.toString(employed[i]), Long.toString(vulnerable[i])));
                double[] s = SEGMENT_SHARES[i];
                long[] segments = Split.largestRemainder(active[i], new double[] {s[0], 1 - s[0] - s[1] - s[2], s[1], s[2]});
                String[] names = {"PU", "BPU", "JAKON", "PMI"};
                for (int k = 0; k < names.length; k++) {
                    participants.add(String.join(",", CODES.get(i), month.toString(), names[k], Long.toString(segments[k])));
                }
            }
        }
        files.put("tenaga_kerja.csv", workforce);
        files.put("kepesertaan.csv", participants);
    }

    /** National figures: 39 % in November 2024, 41.38 million active early 2025, 35.68 % in April 2025. */
    private static void national(YearMonth month, List<String> workforce, List<String> participants) {
        int m = month.getMonthValue();
        long potential = month.getYear() == 2024 ? 106_000_000L : 116_000_000L;
        long active = month.getYear() == 2024 ? 40_000_000L + (m - 1) * 134_000L : 41_380_000L + (m - 1) * 2_934L;
        long employed = month.isBefore(YearMonth.of(2024, 8)) ? 139_850_000L : 144_640_000L;
        workforce.add(String.join(",", "00", month.toString(), Long.toString(potential), Long.toString(employed), ""));
        long[] segments = Split.largestRemainder(active, new double[] {26_260, 9_580, 5_530, 10});
        String[] names = {"PU", "BPU", "JAKON", "PMI"};
        for (int k = 0; k < names.length; k++) {
            participants.add(String.join(",", "00", month.toString(), names[k], Long.toString(segments[k])));
        }
    }

    /** 660,000 in November 2024; revised to 700,000 in January 2025, 708,000 by November 2025. */
    static long provincePotential(YearMonth month) {
        int m = month.getMonthValue();
        return month.getYear() == 2024 ? 652_000 + (m - 1) * 800L : 700_000 + (m - 1) * 800L;
    }

    /** 244,200 (37.00 %) in November 2024; 251,000 in November 2025. */
    static long provinceActive(YearMonth month) {
        int m = month.getMonthValue();
        return month.getYear() == 2024 ? 236_000 + (m - 1) * 820L : 245_500 + (m - 1) * 550L;
    }

    /**
     * Kaur and Lebong follow their own coverage paths (75 % and 17 % in November 2024); the other
     * regencies share the rest of the province's participants in proportion to their coverage shape.
     */
    private static long[] regencyActive(YearMonth month, long[] potential) {
        long[] active = new long[CODES.size()];
        active[KAUR] = Math.round(potential[KAUR] * path(month, 72.0, 75.0, 71.5) / 100);
        active[LEBONG] = Math.round(potential[LEBONG] * path(month, 16.0, 17.0, 16.5) / 100);
        double[] weights = new double[CODES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i == KAUR || i == LEBONG ? 0 : BASE_COVERAGE[i] * potential[i];
        }
        long[] others = Split.largestRemainder(provinceActive(month) - active[KAUR] - active[LEBONG], weights);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                active[i] = others[i];
            }
        }
        return active;
    }

    /** A value moving linearly from January 2024 to November 2024 and on to November 2025. */
    private static double path(YearMonth month, double start, double november2024, double november2025) {
        int index = (month.getYear() - 2024) * 12 + month.getMonthValue() - 1;
        if (index <= 10) {
            return start + (november2024 - start) * index / 10.0;
        }
        return november2024 + (november2025 - november2024) * (index - 10) / 12.0;
    }

    static double[] vulnerableWeights() {
        double[] weights = new double[CODES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = POPULATION[i] * RURALNESS[i];
        }
        return weights;
    }

    /**
     * Kaur's 7,100 (one month, December 2024, from its APBD); the province's 36,771 teachers, cadres and
     * informal workers from September 2025 and the November 2025 intake of 35,164: 71,935 in all.
     */
    private void vulnerable() {
        List<String> rows = new ArrayList<>(List.of("kode_wilayah,periode,kategori,sumber_dana,terlindungi,bulan_dibiayai"));
        Map<String, Long> kaur = new LinkedHashMap<>();
        kaur.put("PETANI", 3_200L);
        kaur.put("BURUH_TANI", 1_900L);
        kaur.put("NELAYAN", 1_100L);
        kaur.put("PEDAGANG_KECIL", 900L);
        kaur.forEach((category, count) ->
                rows.add(String.join(",", "17.04", "2024-12", category, "APBD_KABKOTA", Long.toString(count), "1")));
        double[] rideHailing = {0.2, 1, 0.3, 0.05, 0.1, 0.1, 0.05, 0.1, 0.1, 8};
        Map<String, Object[]> groups = new LinkedHashMap<>();
        groups.put("GURU_HONORER", new Object[] {6_598L, POPULATION});
        groups.put("GURU_MADRASAH", new Object[] {5_403L, POPULATION});
        groups.put("KADER_POSYANDU", new Object[] {11_028L, POPULATION});
        groups.put("LINMAS", new Object[] {7_493L, POPULATION});
        groups.put("PEKERJA_KEAGAMAAN", new Object[] {3_619L, POPULATION});
        groups.put("OJOL_GRAB", new Object[] {1_173L, rideHailing});
        groups.put("OJOL_GOJEK", new Object[] {800L, rideHailing});
        groups.put("PENJAHIT", new Object[] {37L, POPULATION});
        groups.put("SENIMAN", new Object[] {345L, POPULATION});
        groups.put("TAGANA", new Object[] {206L, POPULATION});
        groups.put("SOPIR_AMBULANS", new Object[] {69L, POPULATION});
        Map<String, long[]> split = new LinkedHashMap<>();
        groups.forEach((category, g) -> split.put(category, Split.largestRemainder((Long) g[0], (double[]) g[1])));
        long[] intake = Split.largestRemainder(35_164, vulnerableWeights());
        List<String> months = List.of("2025-09", "2025-10", "2025-11");
        for (int i = 0; i < CODES.size(); i++) {
            for (String month : months) {
                for (var entry : split.entrySet()) {
                    rows.add(String.join(",", CODES.get(i), month, entry.getKey(), "APBD_PROVINSI",
                            Long.toString(entry.getValue()[i]), "4"));
                }
                if (month.equals("2025-11")) {
                    rows.add(String.join(",", CODES.get(i), month, "RENTAN_LAINNYA", "APBD_PROVINSI",
                            Long.toString(intake[i]), "2"));
                }
            }
        }
        rows.subList(1, rows.size()).sort(null);
        files.put("pekerja_rentan.csv", rows);
    }

    private void targets() {
        files.put("target.csv", List.of("kode_wilayah,tahun,target_persen,sumber",
                "00,2025,52.15,BPJSTK",
                "17,2024,42,BPJSTK",
                "17,2025,48,BPJSTK",
                "17,2026,54,BPJSTK",
                "17.71,2025,50,RPJMD"));
    }

    private void budgets() {
        long yearly = MONTHLY_PREMIUM * 12;
        long[] vulnerable2024 = Split.largestRemainder(112_000, vulnerableWeights());
        long[] vulnerable2025 = Split.largestRemainder(114_000, vulnerableWeights());
        files.put("anggaran.csv", List.of("kode_wilayah,tahun,sumber_dana,kebutuhan_rp,pagu_rp,realisasi_rp",
                "17,2025,APBD_PROVINSI,16000000000,4000000000,2444013600",
                "17.04,2024,APBD_KABKOTA," + vulnerable2024[KAUR] * yearly + ",119280000,119280000",
                "17.04,2025,APBD_KABKOTA," + vulnerable2025[KAUR] * yearly + ",300000000,"));
    }

    private void regulations() {
        List<String> rows = new ArrayList<>(List.of("kode_wilayah,jenis,nomor,tanggal,judul,status",
                "17,PERGUB,,2024-12-17,Rancangan Peraturan Gubernur Bengkulu tentang Perlindungan Jaminan Sosial "
                        + "Ketenagakerjaan bagi Pekerja Rentan,DRAFT"));
        String[] names = {"Bengkulu Selatan", "Rejang Lebong", "Bengkulu Utara", "Kaur", "Seluma", "Mukomuko",
            "Lebong", "Kepahiang", "Bengkulu Tengah", "Bengkulu"};
        for (int i = 0; i < CODES.size(); i++) {
            boolean city = i == KOTA;
            rows.add(String.join(",", CODES.get(i), city ? "PERWAL" : "PERBUP", "", "2024-12-17",
                    "Rancangan Peraturan " + (city ? "Wali Kota " : "Bupati ") + names[i]
                            + " tentang Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan", "DRAFT"));
        }
        files.put("regulasi.csv", rows);
    }
}
