package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * Inputs far larger than any real data folder are refused with the usual messages and exit 65,
 * never with an {@link OutOfMemoryError}. Each runs {@code validate} in a JVM of its own with a
 * 32 MB heap, smaller than the file it reads: it passes only when the file is read as a stream and
 * its errors are held in bounded memory.
 */
class LargeInputIT {

    private static final String HEAP = "-Xmx32m";

    @TempDir
    Path temp;

    /** Half a million rows padded with a column too many, some 50 MB: one message for them all, then the row limit. */
    @Test
    void aHugeFileOfRowsWithAnExtraFieldGivesOneMessageAndStopsAtTheRowLimit() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        try (BufferedWriter out = Files.newBufferedWriter(data.resolve("kepesertaan.csv"), StandardCharsets.UTF_8)) {
            out.write("kode_wilayah,periode,segmen,peserta_aktif\n");
            String padded = "17.04,2025-11,BPU,17153," + "padding-".repeat(10) + "\n";
            for (int i = 0; i < 500_001; i++) {
                out.write(padded);
            }
        }
        assertTrue(Files.size(data.resolve("kepesertaan.csv")) > 40_000_000L);

        assertRefused(data, List.of(
                "{data}/kepesertaan.csv:2, 3, 4, 5, 6, 7, 8, 9, 10, 11 dan 499.990 lainnya (500.000 baris): ada 5 kolom,"
                        + " seharusnya 4 seperti baris judul (kode_wilayah,periode,segmen,peserta_aktif)",
                "{data}/kepesertaan.csv:500002: berkas berisi lebih dari 500.000 baris, batas yang dibaca"
                        + " (benarkah ini berkasnya?); pembacaan berhenti di sini"));
    }

    /** A million categories: reading stops at the limit of categories, with no follow-on errors. */
    @Test
    void aMillionCategoriesStopAtTheLimitOfCategories() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        try (BufferedWriter out = Files.newBufferedWriter(data.resolve("kategori.csv"), StandardCharsets.UTF_8)) {
            out.write("kode,nama,nama_en,kelompok\n");
            out.write("GURU_HONORER,Guru honorer,Contract teachers,SOSIAL\n");
            out.write("LINMAS,Linmas,Community protection,SOSIAL\n");
            for (int i = 0; i < 999_998; i++) {
                out.write("KATEGORI_" + i + ",Kategori " + i + ",Category " + i + ",INFORMAL_BPU\n");
            }
        }

        assertRefused(data, List.of("{data}/kategori.csv:10002: berkas berisi lebih dari 10.000 baris, batas yang dibaca"
                + " (benarkah ini berkasnya?); pembacaan berhenti di sini"));
    }

    /** A header of a megabyte, and rows one field short: the message shows the header's start, once. */
    @Test
    void aMegabyteHeaderIsNotRepeatedInTheMessages() throws Exception {
        Path data = Fixtures.validFixture(temp.resolve("data"));
        int extra = 80_000;
        try (BufferedWriter out = Files.newBufferedWriter(data.resolve("kepesertaan.csv"), StandardCharsets.UTF_8)) {
            out.write("kode_wilayah,periode,segmen,peserta_aktif");
            for (int i = 1; i <= extra; i++) {
                out.write(String.format(",extra_%06d", i));
            }
            out.write("\n");
            String shortRow = "17.04,2025-11,BPU,17153" + ",".repeat(extra - 1) + "\n";
            for (int i = 0; i < 200; i++) {
                out.write(shortRow);
            }
        }

        assertRefused(data, List.of("{data}/kepesertaan.csv:2, 3, 4, 5, 6, 7, 8, 9, 10, 11 dan 190 lainnya (200 baris):"
                + " ada 80.003 kolom, seharusnya 80.004 seperti baris judul"
                + " (kode_wilayah,periode,segmen,peserta_aktif,extra_000001,extra_000002,extra_000003…"
                + " (80.004 kolom))"));
    }

    private void assertRefused(Path data, List<String> expected) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", "--data", data.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove(Main.LANGUAGE_VARIABLE); // the messages in Indonesian, the default
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "validate did not finish");
        String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(65, process.exitValue(), err.length() > 2000 ? err.substring(0, 2000) : err);
        List<String> lines = new ArrayList<>();
        expected.forEach(line -> lines.add("kesalahan: " + line.replace("{data}", data.toString())));
        lines.add(expected.size() + " kesalahan.");
        assertEquals(lines, err.lines().filter(l -> l.startsWith("kesalahan: ") || l.matches("\\d+ kesalahan\\."))
                .toList(), err.length() > 2000 ? err.substring(0, 2000) : err);
    }
}
