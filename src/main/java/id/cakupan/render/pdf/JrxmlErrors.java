package id.cakupan.render.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JRExpressionCollector;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JRVariable;
import net.sf.jasperreports.engine.design.JRValidationException;
import net.sf.jasperreports.engine.design.JRValidationFault;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.NamedEnum;

import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * What JasperReports says about a JRXML that does not load or compile, as a message naming the
 * template's file and line. The XML parser gives a line; for the rest (an unknown element, a value
 * not allowed, a field that is not declared, a Java expression that does not compile) the line is
 * that of the element, attribute or expression in the file, found from what the engine names.
 */
final class JrxmlErrors {

    /** One problem of the expression compiler: "1. The method foo() is undefined…" and the generated line under it. */
    private static final Pattern COMPILER_PROBLEM = Pattern.compile("(?m)^\\d+\\. (.+)\\R(.*)$");
    private static final Pattern EXPRESSION_ID = Pattern.compile("\\$JR_EXPR_ID=(\\d+)\\$");
    private static final int SHOWN_EXPRESSION = 100;

    private JrxmlErrors() {
    }

    /** The template could not be read into a report design: not well-formed XML, or not JRXML. */
    static TextIOException notLoaded(Path file, String source, Exception e) {
        Lines lines = new Lines(file, source);
        XMLStreamException xml = cause(e, XMLStreamException.class);
        if (xml != null) {
            int line = xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
            return new TextIOException(Text.of("render.pdf.notWellFormed", lines.where(line), firstLine(xml.getMessage())), e);
        }
        UnrecognizedPropertyException unknown = cause(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            String name = unknown.getPropertyName();
            int line = lines.near(reportedLine(unknown), "<" + name + " ", "<" + name + ">", "<" + name + "/", " " + name + "=");
            return new TextIOException(Text.of("render.pdf.unknownName", lines.where(line), name), e);
        }
        InvalidFormatException value = cause(e, InvalidFormatException.class);
        if (value != null && value.getTargetType() != null && NamedEnum.class.isAssignableFrom(value.getTargetType())) {
            String attribute = value.getPath().isEmpty() ? "" : value.getPath().get(value.getPath().size() - 1).getFieldName();
            String given = String.valueOf(value.getValue());
            int line = lines.near(reportedLine(value), attribute + "=\"" + given + "\"", attribute + "='" + given + "'",
                    ">" + given + "<");
            String choices = String.join(", ", Arrays.stream(value.getTargetType().getEnumConstants())
                    .map(c -> ((NamedEnum) c).getName()).toList());
            return new TextIOException(Text.of("render.pdf.badValue", lines.where(line), attribute, given, choices), e);
        }
        JsonProcessingException parse = cause(e, JsonProcessingException.class);
        if (parse != null) {
            return new TextIOException(Text.of("render.pdf.doesNotCompile", lines.where(reportedLine(parse)),
                    firstLine(parse.getOriginalMessage())), e);
        }
        return new TextIOException(Text.of("render.pdf.doesNotCompile", file, rootMessage(e)), e);
    }

    /** The design loaded but does not compile: it is not valid, or one of its Java expressions does not compile. */
    static TextIOException notCompiled(Path file, String source, JasperDesign design, Exception e) {
        Lines lines = new Lines(file, source);
        if (e instanceof JRValidationException invalid && !invalid.getFaults().isEmpty()) {
            List<JRValidationFault> faults = new ArrayList<>(invalid.getFaults());
            JRValidationFault first = faults.get(0);
            Text text = Text.of("render.pdf.doesNotCompile", lines.where(lines.of(first.getSource())), first.getMessage());
            return new TextIOException(andMore(text, faults.size() - 1), e);
        }
        // the JDT compiler's problems, each with the generated line that names the expression by its id
        // (each is listed once for every method the engine generates: the same problem three times)
        Set<Problem> problems = new LinkedHashSet<>();
        Matcher m = COMPILER_PROBLEM.matcher(e.getMessage() == null ? "" : e.getMessage());
        while (m.find()) {
            Matcher id = EXPRESSION_ID.matcher(m.group(2));
            problems.add(new Problem(id.find() ? Integer.parseInt(id.group(1)) : -1, m.group(1).strip()));
        }
        if (problems.isEmpty()) {
            return new TextIOException(Text.of("render.pdf.doesNotCompile", file, rootMessage(e)), e);
        }
        Problem first = problems.iterator().next();
        JRExpression expression = expression(design, first.expressionId());
        Text text = expression == null
                ? Text.of("render.pdf.doesNotCompile", file, first.message())
                : Text.of("render.pdf.expression", lines.where(lines.of(expression)), shown(expression.getText()),
                        first.message());
        return new TextIOException(andMore(text, problems.size() - 1), e);
    }

    /**
     * A style template that a template includes is not where the engine will look for it.
     *
     * @param inclusion the JRXML's {@code <template>} expression, or the location written in a style template
     */
    static TextIOException styleTemplateNotFound(Path file, String source, Object inclusion, Path missing) {
        Lines lines = new Lines(file, source);
        int line = inclusion instanceof JRExpression expression ? lines.of(expression) : lines.first(String.valueOf(inclusion));
        return new TextIOException(Text.of("render.pdf.stylesNotFound", lines.where(line), missing));
    }

    /**
     * An element or a style names a style that neither its template nor the style templates it
     * includes declare: the engine would stop on it only when it fills the report.
     */
    static TextIOException unknownStyle(Path file, String source, Object where, String name, List<Path> styleTemplates) {
        Lines lines = new Lines(file, source);
        String at = lines.where(lines.of(where));
        return new TextIOException(styleTemplates.isEmpty() ? Text.of("render.pdf.unknownStyle.noTemplates", at, name)
                : Text.of("render.pdf.unknownStyle", at, name, String.join(", ",
                        styleTemplates.stream().map(p -> String.valueOf(p.getFileName())).distinct().toList())));
    }

    /** A problem the expression compiler reports, and the id of the expression it is in (-1 when none). */
    private record Problem(int expressionId, String message) {
    }

    private static Text andMore(Text text, int more) {
        return more > 0 ? Text.of("render.template.andMore", text, more) : text;
    }

    /** The expression the compiler numbered so in the report's main dataset, or null. */
    private static JRExpression expression(JasperDesign design, int id) {
        if (id < 0) {
            return null;
        }
        try {
            return JRExpressionCollector.collector(DefaultJasperReportsContext.getInstance(), design).getExpression(id);
        } catch (RuntimeException e) {
            return null;  // in a sub-dataset, or numbered otherwise: the file alone is named
        }
    }

    /** An expression on one line, shortened when long. */
    private static String shown(String expression) {
        String line = expression == null ? "" : expression.strip().replaceAll("\\s+", " ");
        return line.length() <= SHOWN_EXPRESSION ? line : line.substring(0, SHOWN_EXPRESSION - 1) + "…";
    }

    private static int reportedLine(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** A parser's message without the position it appends on the next lines. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e instanceof JsonMappingException json ? json.getOriginalMessage()
                : e.getMessage() == null ? e.toString() : e.getMessage();
        return cause == e || cause.getMessage() == null ? message : message + " (" + cause.getMessage() + ")";
    }

    /** The template's lines, to find where the engine's object is written. */
    private static final class Lines {
        private final Path file;
        private final String[] lines;

        Lines(Path file, String source) {
            this.file = file;
            this.lines = source.split("\\R", -1);
        }

        /** "pdf/x.jrxml:12", or the file alone when the line is not known. */
        String where(int line) {
            return line > 0 && line <= lines.length ? file + ":" + line : file.toString();
        }

        /**
         * The line holding one of the texts nearest to the line a parser reported (which may be the
         * line after: it reports where it stopped reading), or that line when none is found.
         */
        int near(int reported, String... texts) {
            int best = 0;
            for (int i = 0; i < lines.length; i++) {
                for (String text : texts) {
                    if (!text.isEmpty() && lines[i].contains(text)
                            && (best == 0 || distance(i + 1, reported) < distance(best, reported))) {
                        best = i + 1;
                    }
                }
            }
            return best > 0 ? best : reported;
        }

        /** Lines after the reported one count as farther: a parser reports after what it read. */
        private static int distance(int line, int reported) {
            return line <= reported ? 2 * (reported - line) : 2 * (line - reported) + 1;
        }

        /** The line of an expression, element, parameter, field, variable or style of the design; 0 when not found. */
        int of(Object source) {
            if (source instanceof JRExpression expression && expression.getText() != null) {
                String text = expression.getText().strip();
                String firstLine = text.split("\\R", 2)[0].strip();
                return first(firstLine, escaped(firstLine));
            }
            if (source instanceof JRElement element && element.getUUID() != null) {
                return first("uuid=\"" + element.getUUID() + "\"");
            }
            String name = source instanceof JRParameter p ? p.getName() : source instanceof JRField f ? f.getName()
                    : source instanceof JRVariable v ? v.getName() : source instanceof JRStyle s ? s.getName() : null;
            if (name != null) {
                String kind = source instanceof JRParameter ? "parameter" : source instanceof JRField ? "field"
                        : source instanceof JRVariable ? "variable" : "style";
                Pattern declaration = Pattern.compile("<" + kind + "\\b[^>]*\\bname=\"" + Pattern.quote(escaped(name)) + "\"");
                for (int i = 0; i < lines.length; i++) {
                    if (declaration.matcher(lines[i]).find()) {
                        return i + 1;
                    }
                }
            }
            return 0;
        }

        private int first(String... texts) {
            for (int i = 0; i < lines.length; i++) {
                for (String text : texts) {
                    if (!text.isEmpty() && lines[i].contains(text)) {
                        return i + 1;
                    }
                }
            }
            return 0;
        }

        private static String escaped(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
