package id.cakupan.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The structure tree of a tagged PDF as a screen reader walks it: each structure element with its
 * type, its depth, the page where its content starts and the text of the marked content it holds
 * (its own and its descendants'), read from the page's marked-content sequences by their MCID.
 */
record StructureTree(List<Node> nodes) {

    /** One structure element: its type ({@code H1}, {@code TR}…), depth below the root (0 for the
     * document's element), the page (1-based, 0 when it holds no content) and its whole text. */
    record Node(String type, int depth, int page, String text, String alt) {

        @Override
        public String toString() {
            return "  ".repeat(depth) + type + (page > 0 ? " p" + page : "") + (text.isEmpty() ? "" : ": " + text)
                    + (alt == null ? "" : " [Alt: " + alt + "]");
        }
    }

    static StructureTree of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Map<COSDictionary, Integer> pageNumbers = new HashMap<>();
            Map<COSDictionary, Map<Integer, String>> texts = new HashMap<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                pageNumbers.put(page.getCOSObject(), number);
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byMcid = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    collect(content, byMcid);
                }
                texts.put(page.getCOSObject(), byMcid);
            }
            List<Node> nodes = new ArrayList<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    if (kid instanceof PDStructureElement element) {
                        walk(element, 0, null, pageNumbers, texts, nodes);
                    }
                }
            }
            return new StructureTree(List.copyOf(nodes));
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        float line = Float.NaN;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                // a new line of the same element: its words are apart
                if (!Float.isNaN(line) && Math.abs(position.getY() - line) > 1) {
                    text.append(' ');
                }
                line = position.getY();
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
        if (content.getMCID() >= 0) {
            byMcid.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    /** Adds the element and its descendants; returns the element's text and sets its page. */
    private static String walk(PDStructureElement element, int depth, PDPage inherited,
            Map<COSDictionary, Integer> pageNumbers, Map<COSDictionary, Map<Integer, String>> texts, List<Node> nodes) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        int index = nodes.size();
        nodes.add(null);
        StringBuilder text = new StringBuilder();
        int firstPage = 0;
        for (Object kid : element.getKids()) {
            String part = "";
            int kidPage = 0;
            if (kid instanceof PDStructureElement child) {
                int childIndex = nodes.size();
                part = walk(child, depth + 1, page, pageNumbers, texts, nodes);
                kidPage = nodes.get(childIndex).page();
            } else if (kid instanceof Integer mcid && page != null) {
                part = texts.getOrDefault(page.getCOSObject(), Map.of()).getOrDefault(mcid, "");
                kidPage = pageNumbers.getOrDefault(page.getCOSObject(), 0);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage refPage = reference.getPage() != null ? reference.getPage() : page;
                if (refPage != null) {
                    part = texts.getOrDefault(refPage.getCOSObject(), Map.of()).getOrDefault(reference.getMCID(), "");
                    kidPage = pageNumbers.getOrDefault(refPage.getCOSObject(), 0);
                }
            }
            if (firstPage == 0) {
                firstPage = kidPage;
            }
            if (!part.isBlank()) {
                if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                text.append(part.strip());
            }
        }
        String whole = text.toString().replaceAll("\\s+", " ").strip();
        nodes.set(index, new Node(element.getStructureType(), depth, firstPage, whole, element.getAlternateDescription()));
        return whole;
    }

    /** The elements of one type, in reading order. */
    List<Node> ofType(String type) {
        return nodes.stream().filter(node -> node.type().equals(type)).toList();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        nodes.forEach(node -> out.append(node).append('\n'));
        return out.toString();
    }
}
