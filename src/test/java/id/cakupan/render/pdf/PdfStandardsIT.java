package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import id.cakupan.Fixtures;
import id.cakupan.bench.NationalSample;

/**
 * veraPDF, the reference validator, finds no failed rule of PDF/UA-1 or PDF/A-2a in any kind of PDF
 * the build writes, in either language: a province briefing, a one-pager, the national summary and
 * the slide decks. A failure lists every failed rule with one place it fails.
 */
class PdfStandardsIT {

    @TempDir
    static Path temp;

    @BeforeAll
    static void build() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        var run = Fixtures.cli("build", "--quiet", "--lang", "id,en", "--data",
                Fixtures.projectDir().resolve("data").toString(), "--out", temp.resolve("bengkulu").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path national = temp.resolve("national-data");
        new NationalSample(2, 3).write(national);
        run = Fixtures.cli("build", "--quiet", "--lang", "id,en", "--data", national.toString(), "--out",
                temp.resolve("national").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static Stream<Arguments> documents() {
        List<String> files = List.of("bengkulu/pdf/17-bengkulu.pdf", "bengkulu/pdf/17.04-kaur.pdf",
                "bengkulu/slides/17-bengkulu.pdf", "national/pdf/00-indonesia.pdf", "national/slides/00-indonesia.pdf");
        return Stream.of("ua1", "2a").flatMap(flavour -> files.stream().flatMap(file -> Stream.of(
                Arguments.of(flavour, file), Arguments.of(flavour, file.replaceFirst("/([^/]+)$", "/en/$1")))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void noRuleFails(String flavourName, String file) throws Exception {
        Path pdf = temp.resolve(file);
        assertTrue(Files.isRegularFile(pdf), file + " was written");
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        Map<String, String> failed = new TreeMap<>();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage() + " at " + assertion.getLocation().getContext());
                }
            }
        }
        assertEquals(Map.of(), failed, file + " against " + flavour);
    }
}
