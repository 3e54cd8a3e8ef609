package id.cakupan.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/**
 * The user-facing text of every output, from the message bundles in {@code TEMPLATES/i18n/}:
 * {@code messages.properties} (Indonesian, the default) and {@code messages_en.properties}
 * (English). Both must hold the same keys, so that no output falls back to the other language.
 */
public final class Messages {

    public static final String BASE = "i18n/messages.properties";
    public static final String ENGLISH = "i18n/messages_en.properties";

    private final Properties texts;
    private final Locale locale;

    private Messages(Properties texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** Loads the bundle of the locale's language; fails naming the file when it is missing or incomplete. */
    public static Messages load(Path templatesDir, Locale locale) throws IOException {
        Properties indonesian = read(templatesDir.resolve(BASE));
        Properties english = read(templatesDir.resolve(ENGLISH));
        Set<String> missing = new TreeSet<>(indonesian.stringPropertyNames());
        missing.removeAll(english.stringPropertyNames());
        if (!missing.isEmpty()) {
            throw new TextIOException(Text.of("render.messages.missingKeys", templatesDir.resolve(ENGLISH), missing));
        }
        missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(indonesian.stringPropertyNames());
        if (!missing.isEmpty()) {
            throw new TextIOException(Text.of("render.messages.missingKeys", templatesDir.resolve(BASE), missing));
        }
        return new Messages("en".equals(locale.getLanguage()) ? english : indonesian, locale);
    }

    private static Properties read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new TextIOException(Text.of("render.messages.notFound", file));
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key with its {@code {0}}-style arguments filled in; arguments are pre-formatted strings. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(args);
    }

    /** The same texts as a bundle for JasperReports' {@code $R{key}} expressions. */
    public java.util.ResourceBundle asResourceBundle() {
        return new java.util.ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.getProperty(key);
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                return java.util.Collections.enumeration(texts.stringPropertyNames());
            }
        };
    }

    public Set<String> keys() {
        return texts.stringPropertyNames();
    }
}
