package id.cakupan.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

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
        this.configuration = c;
    }

    Path dir() {
        return dir;
    }

    /** Loads and parses a template; a syntax error names the file. */
    Template get(String name) throws IOException {
        try {
            return configuration.getTemplate(name);
        } catch (freemarker.core.ParseException e) {
            throw new TextIOException(Text.of("render.site.doesNotParse", dir.resolve(name), e.getMessage()), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new TextIOException(Text.of("render.site.templateNotFound", dir.resolve(name)), e);
        }
    }
}
