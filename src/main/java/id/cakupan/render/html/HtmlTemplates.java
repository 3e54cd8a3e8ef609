package id.cakupan.render.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.tree.TreeNode;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

import id.cakupan.render.CacheFolder;
import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * FreeMarker set up for untrusted text in trusted templates: HTML output format with auto-escaping,
 * the {@code new} and {@code api} built-ins off, errors rethrown instead of printed into the page.
 */
final class HtmlTemplates {

    static final String DIR = "html";

    private final Configuration configuration;
    private final Path dir;

    HtmlTemplates(Path templatesDir) throws IOException {
        this.dir = templatesDir.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            throw new TextIOException(Text.of("render.site.templatesNotFound", dir));
        }
        Configuration c = new Configuration(Configuration.VERSION_2_3_33);
        c.setDirectoryForTemplateLoading(dir.toFile());
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setRecognizeStandardFileExtensions(true);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("computer");
        // the templates checked before the data was read are the ones used, however long the run
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.configuration = c;
    }

    Path dir() {
        return dir;
    }

    /** Loads and parses a template; a syntax error names the file and line. */
    Template get(String name) throws IOException {
        try {
            return configuration.getTemplate(name);
        } catch (freemarker.core.ParseException e) {
            throw doesNotParse(e, name);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new TextIOException(Text.of("render.site.templateNotFound", dir.resolve(name)), e);
        }
    }

    /**
     * Parses a template and every template it imports or includes, and theirs: FreeMarker itself would
     * read those only when a page is written. A syntax error names the file and line, a missing
     * template the line that names it. Afterwards a record in the {@link CacheFolder} says that these
     * templates passed, for {@link #checkedBefore}.
     */
    void check(String entry) throws IOException {
        Path record = record(dir, entry);
        Set<String> seen = new HashSet<>(Set.of(entry));
        Deque<Template> todo = new ArrayDeque<>(List.of(get(entry)));
        while (!todo.isEmpty()) {
            Template template = todo.pop();
            for (Reference reference : references(template)) {
                String name = resolve(template.getName(), reference.name());
                if (name != null && seen.add(name)) {
                    todo.push(imported(name, template, reference.line()));
                }
            }
        }
        if (record != null && record.equals(record(dir, entry))) {
            try {
                Files.writeString(record, entry);
            } catch (IOException e) {
                // only saves the next run a wait
            }
        }
    }

    /**
     * Whether {@link #check} passed before for the same entry and the same bytes of every {@code .ftl}
     * file in the folder, with the same FreeMarker.
     */
    static boolean checkedBefore(Path templatesDir, String entry) {
        try {
            Path record = record(templatesDir.resolve(DIR), entry);
            return record != null && Files.isRegularFile(record);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Template imported(String name, Template by, int line) throws IOException {
        try {
            return configuration.getTemplate(name);
        } catch (freemarker.core.ParseException e) {
            throw doesNotParse(e, name);
        } catch (freemarker.template.TemplateNotFoundException | freemarker.template.MalformedTemplateNameException e) {
            throw new TextIOException(Text.of("render.site.importNotFound", dir.resolve(by.getName()) + ":" + line,
                    dir.resolve(name)), e);
        }
    }

    private TextIOException doesNotParse(freemarker.core.ParseException e, String name) {
        String template = e.getTemplateName() != null ? e.getTemplateName() : name;
        String where = dir.resolve(template) + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "");
        return new TextIOException(Text.of("render.site.doesNotParse", where, oneLine(e.getEditorMessage())), e);
    }

    /**
     * The parser's message on one line: its first line says what is wrong; when it ends "was expecting
     * one of these patterns:", the patterns follow on lines of their own and are joined to it (the first
     * few); anything else below it (a list of every built-in) is left out.
     */
    static String oneLine(String message) {
        List<String> lines = message == null ? List.of("") : message.strip().lines().toList();
        String first = lines.get(0).strip();
        if (!first.endsWith(":")) {
            return first;
        }
        List<String> patterns = lines.stream().skip(1).takeWhile(l -> l.startsWith(" ")).map(String::strip).toList();
        String shown = String.join(", ", patterns.subList(0, Math.min(patterns.size(), SHOWN_PATTERNS)));
        return first + " " + shown + (patterns.size() > SHOWN_PATTERNS ? ", …" : "");
    }

    private static final int SHOWN_PATTERNS = 8;

    /** A template named in an {@code #import} or {@code #include} with a literal name, and the line. */
    private record Reference(String name, int line) {
    }

    private static final Pattern LITERAL_NAME = Pattern.compile("^<#(?:import|include)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The imports and includes anywhere in the template: FreeMarker offers its parse tree for this only. */
    @SuppressWarnings("deprecation")
    private static List<Reference> references(Template template) {
        List<Reference> found = new ArrayList<>();
        Deque<TreeNode> nodes = new ArrayDeque<>(List.of(template.getRootTreeNode()));
        while (!nodes.isEmpty()) {
            TreeNode node = nodes.pop();
            // #import is a public LibraryLoad, #include a package-private Include: both print as written
            if (node instanceof freemarker.core.LibraryLoad
                    || node.getClass().getName().equals("freemarker.core.Include")) {
                var object = (freemarker.core.TemplateObject) node;
                Matcher m = LITERAL_NAME.matcher(object.getCanonicalForm());
                if (m.find()) {
                    found.add(new Reference(m.group(1).replaceAll("\\\\(.)", "$1"), object.getBeginLine()));
                }
            }
            for (int i = 0; i < node.getChildCount(); i++) {
                nodes.push(node.getChildAt(i));
            }
        }
        return found;
    }

    /**
     * A name as FreeMarker resolves it: relative to the folder of the template that names it, or to
     * the templates folder when it starts with {@code /}; null for a name it would look up otherwise
     * (acquisition with {@code *}, a scheme).
     */
    static String resolve(String from, String name) {
        if (name.contains("://") || name.contains("*")) {
            return null;
        }
        String path = name.startsWith("/") ? name.substring(1)
                : from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) + name : name;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /**
     * The record in the cache that the templates passed {@link #check}: its name is a hash of the check,
     * the FreeMarker version, the entry, and the name and bytes of every {@code .ftl} under the folder
     * (any change, a file added or removed, checks them again). Null when there is no cache.
     */
    private static Path record(Path dir, String entry) throws IOException {
        Path cache = CacheFolder.dir();
        if (cache == null || !Files.isDirectory(dir)) {
            return null;
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
        // the version from the jar, not Configuration.getVersion(): that initialises the engine, which a
        // build waiting for this answer would pay for on its main thread
        digest.update(("cakupan site check 1\n" + Template.class.getPackage().getImplementationVersion() + "\n" + entry
                + "\n").getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".ftl") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> dir.relativize(f).toString())).toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            digest.update((dir.relativize(file).toString().replace('\\', '/') + "\n" + bytes.length + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
        return cache.resolve("site-" + HexFormat.of().formatHex(digest.digest()) + ".checked");
    }
}
