package id.cakupan.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Completes what the PDF exporter of JasperReports 7.0.6 leaves out of PDF/UA-1 and PDF/A-2a, on the
 * exported file:
 * <ul>
 * <li>content it draws outside the structure (lines, frames, backgrounds) is marked as artifact;</li>
 * <li>a list item holds only {@code Lbl} and {@code LBody}: an item with other content becomes the
 * body of a new item;</li>
 * <li>a table's header cell states that it heads its column ({@code /Scope /Column}): the exporter
 * tags {@code TH} without it, and the templates' tables have their headers in one row on top;</li>
 * <li>the fonts' {@code CIDSet}, which lists only the glyphs used, is dropped (PDF/A-2 and PDF/UA
 * accept none, not an incomplete one);</li>
 * <li>XMP metadata that repeats the document information and identifies PDF/A-2 and PDF/UA-1;</li>
 * <li>an sRGB output intent, the profile the JDK carries (nothing bundled).</li>
 * </ul>
 * The result is saved without object streams, so that {@link ReproduciblePdf} finds what it normalises.
 */
final class AccessiblePdf {

    /** The operators that put marks on the page; a run of operators without one needs no marking. */
    private static final Set<String> PAINTING = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Tj", "TJ",
            "'", "\"", "Do", "sh", "BI");
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final COSName SCOPE = COSName.getPDFName("Scope");
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    private AccessiblePdf() {
    }

    /**
     * @param language the document's language, as the catalog states it ({@code id}, {@code en})
     */
    static byte[] complete(byte[] pdf, String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                markArtifacts(document, page);
            }
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    if (kid instanceof PDStructureElement element) {
                        fixListItems(element);
                        scopeHeaders(element);
                    }
                }
            }
            for (COSObject descriptor : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
                if (descriptor.getObject() instanceof COSDictionary dictionary) {
                    dictionary.removeItem(COSName.CID_SET);
                }
            }
            metadata(document, language);
            outputIntent(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /**
     * Wraps every run of operators outside marked content that paints something in an
     * {@code /Artifact BMC … EMC}. A run never holds {@code BT} or {@code ET}: marked content must
     * nest with text objects.
     */
    private static void markArtifacts(PDDocument document, PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        List<Object> result = new ArrayList<>(tokens.size() + 64);
        List<Object> run = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        boolean paints = false;
        boolean changed = false;
        int depth = 0;
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            String name = operator.getName();
            boolean boundary = "BDC".equals(name) || "BMC".equals(name) || "EMC".equals(name)
                    || "BT".equals(name) || "ET".equals(name);
            if (depth > 0 || boundary) {
                if (depth == 0) {
                    changed |= flush(run, paints, result);
                    paints = false;
                }
                result.addAll(operands);
                result.add(operator);
                if ("BDC".equals(name) || "BMC".equals(name)) {
                    depth++;
                } else if ("EMC".equals(name)) {
                    depth--;
                }
            } else {
                run.addAll(operands);
                run.add(operator);
                paints |= PAINTING.contains(name);
            }
            operands.clear();
        }
        changed |= flush(run, paints, result);
        result.addAll(operands);
        if (!changed) {
            return;
        }
        PDStream contents = new PDStream(document);
        try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(result);
        }
        page.setContents(contents);
    }

    /** Moves a run into the result, marked as artifact when it paints; whether it was marked. */
    private static boolean flush(List<Object> run, boolean paints, List<Object> result) {
        if (run.isEmpty()) {
            return false;
        }
        if (paints) {
            result.add(ARTIFACT);
            result.add(Operator.getOperator("BMC"));
        }
        result.addAll(run);
        if (paints) {
            result.add(Operator.getOperator("EMC"));
        }
        run.clear();
        return paints;
    }

    /**
     * A list item whose content is not {@code Lbl}/{@code LBody} becomes the {@code LBody} of a new
     * item in its place: its marked content keeps its owner, so the parent tree stays right.
     */
    private static void fixListItems(PDStructureElement element) {
        List<Object> kids = element.getKids();
        for (int i = 0; i < kids.size(); i++) {
            if (!(kids.get(i) instanceof PDStructureElement kid)) {
                continue;
            }
            if ("LI".equals(kid.getStructureType()) && !onlyLabelAndBody(kid)) {
                PDStructureElement item = new PDStructureElement("LI", element);
                kid.setStructureType("LBody");
                replaceKid(element, kid, item);
                item.appendKid(kid);
            } else {
                fixListItems(kid);
            }
        }
    }

    /** Every {@code TH} below the element without attributes gets {@code /A << /O /Table /Scope /Column >>}. */
    private static void scopeHeaders(PDStructureElement element) {
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                if ("TH".equals(child.getStructureType()) && child.getCOSObject().getDictionaryObject(COSName.A) == null) {
                    COSDictionary attributes = new COSDictionary();
                    attributes.setName(COSName.O, "Table");
                    attributes.setName(SCOPE, "Column");
                    child.getCOSObject().setItem(COSName.A, attributes);
                }
                scopeHeaders(child);
            }
        }
    }

    private static boolean onlyLabelAndBody(PDStructureElement item) {
        for (Object kid : item.getKids()) {
            if (!(kid instanceof PDStructureElement element)
                    || !("Lbl".equals(element.getStructureType()) || "LBody".equals(element.getStructureType()))) {
                return false;
            }
        }
        return true;
    }

    /** Puts {@code replacement} where {@code kid} is in the parent's K entry. */
    private static void replaceKid(PDStructureNode parent, PDStructureElement kid, PDStructureElement replacement) {
        COSBase k = parent.getCOSObject().getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) == kid.getCOSObject()) {
                    array.set(i, replacement);
                    return;
                }
            }
        }
        parent.getCOSObject().setItem(COSName.K, replacement);
    }

    /**
     * XMP metadata with the document information's title, author, subject, producer and dates, the
     * language, and the PDF/A-2a and PDF/UA-1 identification (with the extension schema PDF/A asks
     * for the latter).
     */
    private static void metadata(PDDocument document, String language) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        String created = xmpDate(info.getCreationDate());
        String modified = xmpDate(info.getModificationDate());
        StringBuilder xmp = new StringBuilder(4096);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        if (info.getTitle() != null) {
            xmp.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getTitle()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (info.getAuthor() != null) {
            xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.getAuthor()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.getSubject() != null) {
            xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getSubject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xmp.append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        if (info.getProducer() != null) {
            xmp.append("<pdf:Producer>").append(escape(info.getProducer())).append("</pdf:Producer>\n");
        }
        if (info.getKeywords() != null) {
            xmp.append("<pdf:Keywords>").append(escape(info.getKeywords())).append("</pdf:Keywords>\n");
        }
        xmp.append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        if (info.getCreator() != null) {
            xmp.append("<xmp:CreatorTool>").append(escape(info.getCreator())).append("</xmp:CreatorTool>\n");
        }
        if (created != null) {
            xmp.append("<xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n");
        }
        if (modified != null) {
            xmp.append("<xmp:ModifyDate>").append(modified).append("</xmp:ModifyDate>\n");
        }
        xmp.append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n")
                .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        PDMetadata metadata = new PDMetadata(document);
        try (OutputStream out = metadata.createOutputStream()) {
            out.write(xmp.toString().getBytes(StandardCharsets.UTF_8));
        }
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private static String xmpDate(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(calendar.getTimeZone().getOffset(calendar.getTimeInMillis()) / 1000);
        return ZonedDateTime.ofInstant(calendar.toInstant(), offset).format(XMP_DATE);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The sRGB profile of the JDK as output intent, as PDF/A asks of a document in device RGB. */
    private static void outputIntent(PDDocument document) throws IOException {
        if (!document.getDocumentCatalog().getOutputIntents().isEmpty()) {
            return;
        }
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
