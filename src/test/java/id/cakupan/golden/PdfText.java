package id.cakupan.golden;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A briefing as text: the document's title, language, date and bookmarks, then the text of every
 * page after a {@code === page N ===} line, as PDFBox reads it in the order it was drawn. Positions,
 * fonts and drawings are left out; a moved line shows only when it changes the reading order.
 */
final class PdfText {

    private PdfText() {
    }

    static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new ArrayList<>();
            PDDocumentInformation info = document.getDocumentInformation();
            lines.add("pages: " + document.getNumberOfPages());
            lines.add("title: " + orNone(info.getTitle()));
            lines.add("subject: " + orNone(info.getSubject()));
            lines.add("author: " + orNone(info.getAuthor()));
            lines.add("keywords: " + orNone(info.getKeywords()));
            lines.add("language: " + orNone(document.getDocumentCatalog().getLanguage()));
            lines.add("created: " + orNone(info.getCOSObject().getString(COSName.CREATION_DATE)));
            bookmarks(document.getDocumentCatalog().getDocumentOutline(), "", lines);

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("");
            stripper.setPageEnd("");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                lines.add("=== page " + page + " ===");
                for (String line : stripper.getText(document).split("\n", -1)) {
                    if (!line.isBlank()) {
                        lines.add(line.stripTrailing());
                    }
                }
            }
            return String.join("\n", lines) + "\n";
        }
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    private static void bookmarks(PDOutlineNode node, String indent, List<String> lines) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            lines.add(indent + "bookmark: " + item.getTitle());
            bookmarks(item, indent + "  ", lines);
        }
    }
}
