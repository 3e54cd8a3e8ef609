package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRStyledTextParser;
import net.sf.jasperreports.engine.util.JRTextAttribute;
import net.sf.jasperreports.engine.util.StyledTextListItemInfo;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import id.cakupan.Fixtures;
import id.cakupan.render.SafeText;

/**
 * The key findings reach the PDFs as JasperReports' styled-text list, never through the "html"
 * markup: that one runs Swing's HTML parser, whose shared DTD caches are filled lazily without
 * locking, and two reports filled at once (the renderer's two threads) then got another list
 * structure now and then, so the same data gave other line breaks or an empty list.
 */
class FindingsMarkupTest {

    @Test
    void noReportTemplateUsesTheHtmlMarkup() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve("report-templates/pdf"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("markup=\"html\"")) {
                    offending.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), offending, "templates with markup=\"html\" (use markup=\"styled\")");
    }

    @Test
    void eachSentenceIsOneListItemWithItsTextAsWritten() throws SAXException {
        List<String> sentences = List.of("Cakupan <b>35,45 %</b> & \"naik\" 'sedikit'", "Kota Bengkulu", "akhir");
        assertEquals(sentences, items(BriefingParameters.styledList(sentences)));
    }

    @Test
    void charactersXmlCannotCarryBecomeTheVisibleMark() throws SAXException {
        String mark = String.valueOf(SafeText.REPLACEMENT);
        List<String> items = items(BriefingParameters.styledList(List.of("a\u0000b\u0007c", "lone \ud800 half", "ok \ud83d\ude00")));
        assertEquals(List.of("a" + mark + "b" + mark + "c", "lone " + mark + " half", "ok \ud83d\ude00"), items);
    }

    /** The list items' texts as the engine reads the markup; throws when it is not a valid styled text. */
    private static List<String> items(String markup) throws SAXException {
        JRStyledText styled = JRStyledTextParser.getInstance().parse(new HashMap<>(), markup, Locale.ROOT);
        List<String> items = new ArrayList<>();
        for (JRStyledText.Run run : styled.getRuns()) {
            if (run.attributes.get(JRTextAttribute.HTML_LIST_ITEM) instanceof StyledTextListItemInfo item
                    && item != StyledTextListItemInfo.NO_LIST_ITEM_FILLER
                    && !run.attributes.containsKey(JRTextAttribute.HTML_LIST)) {
                items.add(styled.getText().substring(run.startIndex, run.endIndex));
            }
        }
        return items;
    }
}
