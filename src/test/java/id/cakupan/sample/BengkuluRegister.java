package id.cakupan.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A register of vulnerable workers for tests ({@code daftar_rentan.csv}): workers of the ten
 * regencies and cities of Bengkulu (17.01 to 17.09 and 17.71) with valid NIKs made up from the
 * regency's code, a district, a birth date (day + 40 for women) and a serial number, and made-up
 * names, with the defects a test seeds: the same enrolment twice, a second funder for the same
 * months, the same worker in another regency. Nothing in it is a real person.
 *
 * @param niks  every NIK written, once each
 * @param names every name written, once each
 */
public record BengkuluRegister(List<String> niks, List<String> names, int rows, int duplicates, int doubleFunded,
                               int otherRegion) {

    public BengkuluRegister {
        niks = List.copyOf(niks);
        names = List.copyOf(names);
    }

    private static final String[] REGENCIES = {"17.01", "17.02", "17.03", "17.04", "17.05", "17.06", "17.07", "17.08",
        "17.09", "17.71"};
    private static final String[] FIRST = {"Wulandari", "Sutrisno", "Rahmawati", "Kurniawan", "Handayani", "Saputro",
        "Mardiyah", "Setiabudi", "Purnamasari", "Gunawardi"};
    private static final String[] LAST = {"Prasetyaningsih", "Wibisono", "Kusumawardani", "Hidayatullah",
        "Nugrahaeni", "Suryadiningrat", "Permatasari", "Cahyaningtyas"};
    private static final String[] CATEGORIES = {"NELAYAN", "PENJAHIT", "SENIMAN", "TAGANA"};
    private static final String[] FUNDERS = {"APBD_PROVINSI", "APBD_KABKOTA", "APBDES"};

    /**
     * Writes {@code workers} workers, each enrolled once from a month of 2025 up to November, open or
     * closed; then {@code duplicates} of them again with the same funder, {@code doubleFunded} with a
     * second funder and {@code otherRegion} in another regency with the same funder, in the same months.
     */
    public static BengkuluRegister write(Path file, int workers, int duplicates, int doubleFunded, int otherRegion,
                                         long seed) throws IOException {
        Random random = new Random(seed);
        List<String> niks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            String regency = REGENCIES[i % REGENCIES.length];
            boolean woman = random.nextBoolean();
            int day = 1 + random.nextInt(28) + (woman ? 40 : 0);
            String nik = String.format(Locale.ROOT, "%s%02d%02d%02d%02d%04d", regency.replace(".", ""),
                    1 + random.nextInt(15), day, 1 + random.nextInt(12), 60 + random.nextInt(40), i + 1);
            String name = FIRST[i % FIRST.length] + " " + LAST[i / FIRST.length % LAST.length] + " " + letters(i);
            niks.add(nik);
            names.add(name);
            int start = 1 + random.nextInt(9);
            String end = random.nextInt(3) == 0 ? String.format(Locale.ROOT, "2025-%02d", start + random.nextInt(3)) : "";
            rows.add(new String[] {nik, name, regency, CATEGORIES[random.nextInt(CATEGORIES.length)],
                FUNDERS[i % FUNDERS.length], String.format(Locale.ROOT, "2025-%02d", start), end});
        }
        for (int i = 0; i < duplicates + doubleFunded + otherRegion; i++) {
            String[] again = rows.get(i * 3).clone();
            if (i >= duplicates && i < duplicates + doubleFunded) {
                again[4] = again[4].equals("APBD_PROVINSI") ? "APBD_KABKOTA" : "APBD_PROVINSI";
            } else if (i >= duplicates + doubleFunded) {
                again[2] = again[2].equals("17.71") ? "17.01" : "17.71";
            }
            rows.add(again);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai\n");
            for (String[] row : rows) {
                out.write(String.join(",", row) + "\n");
            }
        }
        return new BengkuluRegister(List.copyOf(niks), List.copyOf(names), rows.size(), duplicates, doubleFunded,
                otherRegion);
    }

    /** A made-up third name from a number: {@code Qz}, {@code Qy}...: no word of any report. */
    private static String letters(int i) {
        return "Q" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "x";
    }
}
