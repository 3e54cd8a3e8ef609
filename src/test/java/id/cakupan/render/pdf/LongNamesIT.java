package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.cakupan.Fixtures;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.render.Names;

/**
 * The rankings of the PDFs print every label whole: in Sulawesi Utara, whose names are among the
 * longest in the reference list (71.09 Kepulauan Siau Tagulandang Biaro), with that region at the
 * widest value, 100 %, each one-pager's ranking shows each of its regions' rank, full name and
 * full value, and no PDF cuts a name with an ellipsis, in Indonesian and in English.
 */
class LongNamesIT {

    private static final String PERIOD = "2025-11";

    @TempDir
    static Path temp;
    static Path data;

    @BeforeAll
    static void writeData() throws IOException {
        data = Fixtures.copyTree(Fixtures.projectDir().resolve("src/test/resources/fixtures/sulawesi-utara"),
                temp.resolve("data"));
        // the longest name at the widest value: as many participants as potential participants
        long participants = 0;
        for (String line : Files.readAllLines(data.resolve("kepesertaan.csv"))) {
            if (line.startsWith("71.09," + PERIOD + ",")) {
                participants += Long.parseLong(line.substring(line.lastIndexOf(',') + 1));
            }
        }
        long full = participants;
        List<String> workforce = Files.readAllLines(data.resolve("tenaga_kerja.csv")).stream()
                .map(line -> line.startsWith("71.09," + PERIOD + ",")
                        ? line.replaceFirst("^(71\\.09," + PERIOD + ",)\\d+", "$1" + full) : line).toList();
        Files.write(data.resolve("tenaga_kerja.csv"), workforce);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyRankingLabelIsPrintedWhole(String language) throws IOException {
        Path out = temp.resolve("out-" + language);
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--lang", language, "-q");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String[]> regencies = regencies(out.resolve("data/indikator_wilayah.csv"));
        assertEquals("100.00", regencies.get("71.09")[1], "the longest name at the widest value");
        boolean indonesian = language.equals("id");
        int labels = 0;
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(out.resolve("pdf"))) {
            pdfs = files.sorted().toList();
        }
        assertEquals(regencies.size() + 1, pdfs.size(), "a briefing and a one-pager for each regency and city");
        for (Path pdf : pdfs) {
            String text = text(pdf);
            String name = pdf.getFileName().toString();
            assertFalse(text.contains("..."), name + " cuts a text: " + text);
            if (!name.startsWith("71-")) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    assertEquals(1, document.getNumberOfPages(), name + " is a one-pager");
                }
            }
            for (String line : text.split("\n")) {
                assertTrue(!line.contains("\u2026") || line.strip().equals("\u2026"),
                        name + ": an ellipsis only marks left-out regions in a ranking: " + line);
            }
            String flat = text.replaceAll("\\s+", " ");
            for (var regency : regencies.entrySet()) {
                String shortName = Names.shortName(ReferenceRegions.catalog().get(regency.getKey()));
                String value = indonesian ? regency.getValue()[1].replace('.', ',') + " %" : regency.getValue()[1] + "%";
                String label = regency.getValue()[0] + ". " + shortName;
                if (name.startsWith(regency.getKey() + "-")) {
                    assertTrue(shown(flat, label + " " + value), name + ": its own rank, name and value: " + flat);
                }
                if (name.startsWith("71-")) {
                    assertTrue(flat.contains(shortName) && flat.contains(value), name + ": " + shortName + " " + value);
                } else if (shown(flat, label)) {
                    assertTrue(shown(flat, label + " " + value), name + ": " + label + " with its value: " + flat);
                    labels++;
                }
            }
        }
        assertTrue(labels >= 8 * regencies.size(), "the one-pagers' rankings were read (at least eight bars each): " + labels + " labels");
    }

    /** Whether the text holds this, not as the end of a longer number ("11. Minahasa Utara" for "1. Minahasa"). */
    private static boolean shown(String text, String label) {
        return Pattern.compile("(?<![\\d.,])" + Pattern.quote(label) + "(?![\\w.,])")
                .matcher(text).find();
    }

    /** Rank and coverage of each regency and city in the period, by code. */
    private static Map<String, String[]> regencies(Path csv) throws IOException {
        Map<String, String[]> found = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                if (row.get("periode").equals(PERIOD) && row.get("kode_wilayah").contains(".")) {
                    found.put(row.get("kode_wilayah"),
                            new String[] {row.get("peringkat_provinsi"), row.get("cakupan_persen")});
                }
            }
        }
        return found;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
