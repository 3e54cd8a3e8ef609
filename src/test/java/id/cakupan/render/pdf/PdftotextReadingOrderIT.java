package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.cakupan.Fixtures;

/**
 * What poppler's {@code pdftotext} reads in its default mode (no {@code -layout}, no {@code -raw}),
 * the mode a search index or a quick copy uses: it ignores the structure tree and orders the page's
 * text blocks by their geometry, reading anything it takes for a table row by row. Each key-figure
 * card of the briefings and of the slides must come out as its label and then its value, with no other
 * card in between, and each finding as one piece starting with its bullet. The cards and findings to
 * look for come from the structure tree, so the test follows the data rather than a copy of it.
 */
class PdftotextReadingOrderIT {

    /** A card's value: a figure, possibly with a currency, a unit or a per cent sign, or a dash. */
    private static final Pattern VALUE = Pattern.compile(
            "(Rp )?[−+-]?[\\d.,]+ ?(%|miliar|juta|triliun|billion|million|trillion)?|–");

    @TempDir
    static Path temp;

    @BeforeAll
    static void build() {
        var run = Fixtures.cli("build", "--quiet", "--lang", "id,en", "--data",
                Fixtures.projectDir().resolve("data").toString(), "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf/17-bengkulu.pdf", "pdf/en/17-bengkulu.pdf", "pdf/17.04-kaur.pdf",
        "pdf/en/17.01-bengkulu-selatan.pdf"})
    void briefingCardsReadLabelThenValue(String file) throws IOException, InterruptedException {
        Path pdf = temp.resolve(file);
        List<Card> cards = cards(pageNodes(pdf, 1), 1, 6);
        assertLabelThenValue(cards, pdftotext(pdf, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"slides/17-bengkulu.pdf", "slides/en/17-bengkulu.pdf"})
    void slideTilesReadLabelThenValue(String file) throws IOException, InterruptedException {
        Path pdf = temp.resolve(file);
        // slide 2: the six key figures; slide 3: three tiles on coverage
        for (int page = 2; page <= 3; page++) {
            // label and note share a text element, which the tree holds as two runs: the label is two
            // elements before the value
            List<Card> cards = cards(pageNodes(pdf, page), 2, page == 2 ? 6 : 3);
            assertLabelThenValue(cards, pdftotext(pdf, page));
        }
    }

    @Test
    void findingsReadAsOnePieceEach() throws IOException, InterruptedException {
        for (String file : List.of("pdf/17-bengkulu.pdf", "pdf/17.04-kaur.pdf")) {
            Path pdf = temp.resolve(file);
            long findings = pageNodes(pdf, 1).stream().filter(node -> node.type().equals("LI")).count();
            List<String> lines = pdftotext(pdf, 1);
            assertTrue(findings >= 5, file + ": " + findings);
            assertEquals(findings, lines.stream().filter(line -> line.startsWith("• ")).count(), file + "\n" + lines);
            assertEquals(0, lines.stream().filter(line -> line.strip().equals("•")).count(), file + "\n" + lines);
        }
    }

    /** A key figure as the structure tree holds it: the label (with the note where the two share a text
     * element, as on the slides) and the value. */
    private record Card(String label, String value) {
    }

    /** The first {@code count} cards of a page: elements whose whole text is a value, each with the
     * element {@code back} places before it as its label. */
    private static List<Card> cards(List<StructureTree.Node> nodes, int back, int count) {
        List<Card> cards = new ArrayList<>();
        for (int i = back; i < nodes.size() && cards.size() < count; i++) {
            StructureTree.Node node = nodes.get(i);
            StructureTree.Node label = nodes.get(i - back);
            if (isText(node) && isText(label) && VALUE.matcher(node.text().strip()).matches()
                    && !VALUE.matcher(label.text().strip()).matches()) {
                cards.add(new Card(firstLine(label.text()), node.text().strip()));
            }
        }
        assertEquals(count, cards.size(), cards + "\n" + nodes);
        return cards;
    }

    /** A paragraph: JasperReports tags a text element {@code Text}, which the role map makes a {@code P}. */
    private static boolean isText(StructureTree.Node node) {
        return node.type().equals("Text") || node.type().equals("P");
    }

    /** Each card's label line, then its value before any other card's label. */
    private static void assertLabelThenValue(List<Card> cards, List<String> lines) {
        for (Card card : cards) {
            int label = indexOf(lines, card.label(), 0);
            assertTrue(label >= 0, "no line starts with " + card.label() + "\n" + String.join("\n", lines));
            int value = -1;
            for (int i = label + 1; i < lines.size() && value < 0; i++) {
                String line = lines.get(i);
                if (line.equals(card.value())) {
                    value = i;
                }
                for (Card other : cards) {
                    assertTrue(other == card || !line.startsWith(other.label()),
                            card + " is read apart: " + other.label() + " comes between its label and its value\n"
                                    + String.join("\n", lines));
                }
            }
            assertTrue(value > label, card + " has no value after its label\n" + String.join("\n", lines));
        }
    }

    private static int indexOf(List<String> lines, String start, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static List<StructureTree.Node> pageNodes(Path pdf, int page) throws IOException {
        return StructureTree.of(pdf).nodes().stream().filter(node -> node.page() == page).toList();
    }

    /** The page's text as {@code pdftotext} gives it in its default mode: non-empty lines, stripped. */
    private static List<String> pdftotext(Path pdf, int page) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page),
                "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
