package id.cakupan.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The terminal's words: every error, warning, note, progress line and the {@code --help} text, from
 * {@code report-templates/i18n/console.properties} (Indonesian, the default) and
 * {@code console_en.properties} (English), which the build copies into the program so that it can
 * speak before it has found any folder. Placeholders are {@code {0}}, {@code {1}} …, replaced as
 * they are: an apostrophe is just an apostrophe (no {@code MessageFormat} quoting).
 */
public final class Catalogue {

    public static final String INDONESIAN_FILE = "i18n/console.properties";
    public static final String ENGLISH_FILE = "i18n/console_en.properties";

    private static final Catalogue INDONESIAN = new Catalogue(load(INDONESIAN_FILE), Locale.forLanguageTag("id-ID"));
    private static final Catalogue ENGLISH = new Catalogue(load(ENGLISH_FILE), Locale.forLanguageTag("en-GB"));

    private final Properties words;
    private final Locale locale;

    private Catalogue(Properties words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    /** The catalogue of the locale's language: English for {@code en}, Indonesian for anything else. */
    public static Catalogue of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    public static Catalogue indonesian() {
        return INDONESIAN;
    }

    public static Catalogue english() {
        return ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** The message in this language, its arguments filled in. */
    public String word(Text text) {
        String pattern = words.getProperty(text.key());
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + text.key() + " in " + fileName());
        }
        if (text.args().isEmpty() && pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                if (index >= text.args().size()) {
                    throw new IllegalArgumentException(text.key() + " in " + fileName() + " uses {" + index + "} but has "
                            + text.args().size() + " argument(s)");
                }
                out.append(argument(text.args().get(index)));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Shorthand for {@code word(Text.of(key, args))}. */
    public String get(String key, Object... args) {
        return word(Text.of(key, args));
    }

    /** The message of a key as written in the catalogue, placeholders unfilled; null when there is none. */
    public String pattern(String key) {
        return words.getProperty(key);
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    public Set<String> keys() {
        return words.stringPropertyNames();
    }

    /** The same words as a bundle, for picocli's help ({@code cakupan.build.usage.description} …). */
    public ResourceBundle bundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return words.getProperty(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(words.stringPropertyNames());
            }

            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    private String argument(Object arg) {
        if (arg instanceof Text nested) {
            return word(nested);
        }
        if (arg instanceof Text.Figure figure) {
            return NumberFormat.getIntegerInstance(locale).format(figure.value());
        }
        if (arg instanceof Text.Seconds seconds) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(seconds.value());
        }
        return String.valueOf(arg);
    }

    private String fileName() {
        return this == ENGLISH ? ENGLISH_FILE : INDONESIAN_FILE;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the program is missing its messages (" + resource + ")");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return properties;
    }
}
