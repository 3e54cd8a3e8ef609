package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * {@code --lang id,en} writes the documents in both languages in one run, the English ones under
 * {@code en/} beside the Indonesian ones, and each language's pages link its own documents first.
 */
class TwoLanguagesIT {

    @TempDir
    static Path temp;
    static Path out;
    static String progress;

    @BeforeAll
    static void build() {
        var run = Fixtures.cli("build", "--lang", "id,en", "--data", Fixtures.projectDir().resolve("data").toString(),
                "--out", temp.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        out = temp.resolve("out");
        progress = run.out() + run.err();
    }

    @Test
    void theEnglishDocumentsAreBesideTheIndonesianOnes() throws IOException {
        for (String folder : List.of("pdf", "slides")) {
            assertEquals(names(out.resolve(folder)).stream().filter(n -> !n.equals("en")).toList(),
                    names(out.resolve(folder).resolve("en")), folder);
        }
        assertEquals(11, names(out.resolve("pdf/en")).size());
        assertEquals(List.of("17-bengkulu.pdf", "17-bengkulu.pptx"), names(out.resolve("slides/en")));
        try (PDDocument id = Loader.loadPDF(out.resolve("pdf/17-bengkulu.pdf").toFile());
             PDDocument en = Loader.loadPDF(out.resolve("pdf/en/17-bengkulu.pdf").toFile())) {
            assertEquals("Laporan Cakupan Jaminan Sosial Ketenagakerjaan · Provinsi Bengkulu · November 2025",
                    id.getDocumentInformation().getTitle());
            assertEquals("Employment Social Security Coverage Report · Bengkulu Province · November 2025",
                    en.getDocumentInformation().getTitle());
        }
        // the messages are in the first language, the second's progress names it, and the tables are written once
        assertTrue(progress.contains("laporan PDF (en): 11 dari 11"), progress);
        assertTrue(progress.contains("bahan paparan (PDF dan PowerPoint) (en): 1 dari 1"), progress);
        assertFalse(Files.exists(out.resolve("data/en")));
    }

    @Test
    void eachLanguagesPagesLinkItsOwnDocumentsFirst() throws IOException {
        assertEquals(List.of("PDF briefing (in English)|../pdf/en/17-bengkulu.pdf",
                "Slides, PDF (in English)|../slides/en/17-bengkulu.pdf",
                "Slides, PowerPoint (in English)|../slides/en/17-bengkulu.pptx",
                "PDF briefing (in Indonesian)|../pdf/17-bengkulu.pdf",
                "Slides, PDF (in Indonesian)|../slides/17-bengkulu.pdf",
                "Slides, PowerPoint (in Indonesian)|../slides/17-bengkulu.pptx"),
                documents(out.resolve("site/en/index.html")));
        assertEquals(List.of("Laporan PDF (bahasa Indonesia)|../pdf/17.04-kaur.pdf",
                "Laporan PDF (bahasa Inggris)|../pdf/en/17.04-kaur.pdf").stream().map(s -> s.replace("../", "")).toList(),
                documents(out.resolve("site/17.04-kaur.html")));
        for (String document : List.of("site/pdf/en/17.04-kaur.pdf", "site/slides/en/17-bengkulu.pptx")) {
            assertTrue(Files.exists(out.resolve(document)), document);
        }
    }

    @Test
    void englishFirstPutsTheIndonesianDocumentsUnderId() {
        var run = Fixtures.cli("build", "--lang", "en,id", "--region", "17", "--data",
                Fixtures.projectDir().resolve("data").toString(), "--out", temp.resolve("en-first").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote"), run.out());
        assertTrue(Files.exists(temp.resolve("en-first/pdf/17-bengkulu.pdf")));
        assertTrue(Files.exists(temp.resolve("en-first/pdf/id/17-bengkulu.pdf")));
        assertTrue(Files.exists(temp.resolve("en-first/slides/id/17-bengkulu.pptx")));
    }

    @Test
    void aLanguageWeDoNotSpeakIsAUsageError() {
        var run = Fixtures.cli("build", "--lang", "id,fr", "--data", Fixtures.projectDir().resolve("data").toString(),
                "--out", temp.resolve("fr").toString());
        assertEquals(2, run.exitCode());
        assertEquals("cakupan build: Nilai tidak sah untuk --lang: \"fr\" bukan bahasa (tulis id atau en)\n"
                + "Lihat 'cakupan build --help'.\n", run.err());
        assertFalse(Files.exists(temp.resolve("fr")));
    }

    /** The document links of a page: label and address. */
    private static List<String> documents(Path page) throws IOException {
        return Jsoup.parse(page.toFile()).select("a[href~=\\.(pdf|pptx)$]").stream()
                .map((Element a) -> a.text() + "|" + a.attr("href")).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
