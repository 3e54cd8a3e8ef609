package id.cakupan.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JRReportTemplate;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JRTemplateReference;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRElementsVisitor;
import net.sf.jasperreports.engine.util.UniformElementVisitor;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

import id.cakupan.text.TextIOException;

/**
 * The style templates ({@code .jrtx}) that the JRXML templates include with
 * {@code <template>"styles.jrtx"</template>}, read and checked with them before any data is read.
 * JasperReports itself loads a style template only when it fills a report, from a location relative
 * to the report ({@link ReportTemplates#fill}); a missing or broken one, or a style that an element
 * names and no template declares, would then fail a build after the data was read. Here each is found
 * where the engine will look, parsed, and every style an element or a style names is looked up, with
 * the file and line of what is wrong.
 */
final class StyleTemplates {

    /** A {@code <template>} of a JRXML whose location is a literal string, or the location in a {@code .jrtx}. */
    private static final Pattern INCLUDE = Pattern.compile(
            "<template>\\s*(?:<!\\[CDATA\\[)?\\s*\"?([^\"<\\]]+?)\"?\\s*(?:]]>)?\\s*</template>");

    /** The style templates read so far, by their path: a run reads each once. */
    private final Map<Path, JRTemplate> loaded = new HashMap<>();

    /**
     * Checks that every style template the design includes is there and parses, and that every
     * style its elements and styles name is declared in it or in them.
     *
     * @param file   the JRXML, whose folder relative locations start from
     * @param source its text, to find the lines of what is wrong
     */
    void check(Path file, String source, JasperDesign design) throws IOException {
        Map<String, Path> declared = new LinkedHashMap<>();  // style name -> where it is declared
        List<Path> files = new ArrayList<>();
        for (JRReportTemplate inclusion : design.getTemplates()) {
            String location = literal(inclusion.getSourceExpression());
            if (location == null) {
                continue;  // computed when the report is filled: nothing to check here
            }
            Path styles = file.resolveSibling(location).normalize();
            if (!Files.isRegularFile(styles)) {
                throw JrxmlErrors.styleTemplateNotFound(file, source, inclusion.getSourceExpression(), styles);
            }
            collect(styles, declared, files, new LinkedHashSet<>());
        }
        for (JRStyle style : design.getStyles()) {
            declared.put(style.getName(), file);
        }
        for (JRStyle style : design.getStyles()) {
            String parent = parentName(style);
            if (parent != null && !declared.containsKey(parent)) {
                throw JrxmlErrors.unknownStyle(file, source, style, parent, files);
            }
        }
        List<JRElement> unresolved = new ArrayList<>();
        JRElementsVisitor.visitReport(design, new UniformElementVisitor() {
            @Override
            protected void visitElement(JRElement element) {
                String name = element.getStyleNameReference();
                if (name != null && !declared.containsKey(name)) {
                    unresolved.add(element);
                }
            }

            @Override
            public void visitElementGroup(JRElementGroup group) {
                // its elements are visited one by one
            }
        });
        if (!unresolved.isEmpty()) {
            JRElement element = unresolved.get(0);
            throw JrxmlErrors.unknownStyle(file, source, element, element.getStyleNameReference(), files);
        }
    }

    /** Reads a style template and those it includes, adding their styles to {@code declared}. */
    private void collect(Path styles, Map<String, Path> declared, List<Path> files, Set<Path> seen)
            throws IOException {
        if (!seen.add(styles)) {
            return;
        }
        String text = Files.readString(styles, StandardCharsets.UTF_8);
        JRTemplate template = load(styles, text);
        files.add(styles);
        for (JRTemplateReference reference : template.getIncludedTemplates()) {
            Path included = styles.resolveSibling(reference.getLocation()).normalize();
            if (!Files.isRegularFile(included)) {
                throw JrxmlErrors.styleTemplateNotFound(styles, text, reference.getLocation(), included);
            }
            collect(included, declared, files, seen);
        }
        for (JRStyle style : template.getStyles()) {
            declared.put(style.getName(), styles);
        }
        for (JRStyle style : template.getStyles()) {
            String parent = parentName(style);
            if (parent != null && !declared.containsKey(parent)) {
                throw JrxmlErrors.unknownStyle(styles, text, style, parent, files);
            }
        }
    }

    private JRTemplate load(Path styles, String text) throws TextIOException {
        JRTemplate template = loaded.get(styles);
        if (template == null) {
            try {
                template = JRXmlTemplateLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                throw JrxmlErrors.notLoaded(styles, text, e);
            }
            loaded.put(styles, template);
        }
        return template;
    }

    private static String parentName(JRStyle style) {
        return style.getStyle() != null ? style.getStyle().getName() : style.getStyleNameReference();
    }

    /** The string an expression is, when it is nothing but a string literal ({@code "styles.jrtx"}); else null. */
    private static String literal(JRExpression expression) {
        String text = expression == null || expression.getText() == null ? "" : expression.getText().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf('"', 1) == text.length() - 1
                && text.indexOf('\\') < 0 ? text.substring(1, text.length() - 1) : null;
    }

    /**
     * The bytes of the style templates a JRXML includes (and those they include), as found beside it
     * now, for the key of a compiled template in the cache: a template is checked again when one of
     * its style templates changed. Read from the texts alone, without parsing anything.
     */
    static byte[] sources(Path file, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        addSources(file.getParent(), text, out, new LinkedHashSet<>());
        return out.toByteArray();
    }

    private static void addSources(Path dir, String text, ByteArrayOutputStream out, Set<Path> seen) {
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            Path styles = dir.resolve(m.group(1).strip()).normalize();
            out.writeBytes(styles.toString().getBytes(StandardCharsets.UTF_8));
            out.write(0);
            if (seen.add(styles)) {
                try {
                    String included = Files.readString(styles, StandardCharsets.UTF_8);
                    out.writeBytes(included.getBytes(StandardCharsets.UTF_8));
                    addSources(styles.getParent(), included, out, seen);
                } catch (IOException | RuntimeException e) {
                    out.writeBytes("(missing)".getBytes(StandardCharsets.UTF_8));
                }
            }
            out.write(0);
        }
    }
}
