package id.cakupan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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

    /**
     * Loads the bundle of the locale's language; fails naming the file when it is missing or incomplete.
     * A key that neither file of the folder has is the program's own text (the bundles travel inside it
     * too): a folder of templates customized for an earlier version lacks the texts of what came since.
     */
    public static Messages load(Path templatesDir, Locale locale) throws IOException {
        Properties indonesian = withDefaults(read(templatesDir.resolve(BASE)), BASE);
        Properties english = withDefaults(read(templatesDir.resolve(ENGLISH)), ENGLISH);
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

    /** The program's own bundle {@code name} with {@code texts} over it. */
    private static Properties withDefaults(Properties texts, String name) throws IOException {
        Properties merged = new Properties();
        InputStream in = Messages.class.getClassLoader().getResourceAsStream(name);
        if (in != null) {
            try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                merged.load(reader);
            }
        }
        merged.putAll(texts);
        return merged;
    }

    /** Reads a bundle; a byte that is not UTF-8 or a broken unicode escape (backslash, u) is named with its line. */
    private static Properties read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new TextIOException(Text.of("render.messages.notFound", file));
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TextIOException(Text.of("render.messages.notUtf8", file + ":" + firstNonUtf8Line(bytes)), e);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            // the one thing Properties rejects: a unicode escape (backslash, u) without four hexadecimal digits
            int line = firstBrokenEscapeLine(text);
            throw new TextIOException(Text.of("render.messages.badEscape", line > 0 ? file + ":" + line : file), e);
        }
        return properties;
    }

    private static int firstNonUtf8Line(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    private static int firstBrokenEscapeLine(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (BROKEN_ESCAPE.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Backslash and u after an even number of backslashes (an escape, not an escaped backslash), without four hex digits. */
    private static final Pattern BROKEN_ESCAPE =
            Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");

    public Locale locale() {
        return locale;
    }

    /** The text of a key with its {@code {0}}-style arguments filled in; arguments are pre-formatted strings. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        if (args.length == 0) {
            return text;
        }
        // a pattern is parsed once per run; each use formats with its own copy (a MessageFormat is not
        // safe for several threads at once), which costs far less than parsing it again
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(text, Locale.ROOT));
        return ((MessageFormat) format.clone()).format(args);
    }

    private final ConcurrentHashMap<String, MessageFormat> formats =
            new ConcurrentHashMap<>();

    /** The same texts as a bundle for JasperReports' {@code $R{key}} expressions. */
    public ResourceBundle asResourceBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.getProperty(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.stringPropertyNames());
            }
        };
    }

    public Set<String> keys() {
        return texts.stringPropertyNames();
    }
}
