package id.cakupan.cli;

import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import id.cakupan.text.Catalogue;

/**
 * {@code --lang id|en}: the language of the messages and, for {@code build}, of the reports. Its
 * default is {@code CAKUPAN_LANG} when set to a language we speak, else Indonesian (see
 * {@link Main#run}). {@code build} takes several, {@code --lang id,en}: the documents are written in
 * each, the first language's where they always are, the others' under a folder of their code; the
 * messages are in the first.
 */
final class LanguageOption {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    @Option(names = "--lang", paramLabel = "id|en", converter = Converter.class, split = ",", splitSynopsisLabel = ",")
    List<Locale> locales;

    Locale locale() {
        return locales != null && !locales.isEmpty() ? locales.get(0) : INDONESIAN;
    }

    /** The languages after the first, each once, in the order given. */
    List<Locale> others() {
        if (locales == null) {
            return List.of();
        }
        return locales.stream().distinct().filter(l -> !l.equals(locale())).toList();
    }

    Catalogue catalogue() {
        return Catalogue.of(locale());
    }

    /**
     * The locale of a language code, or of the first of a list ({@code id,en}), or null when it is
     * neither {@code id} nor {@code en}.
     */
    static Locale parse(String value) {
        if (value != null && value.contains(",")) {
            return parse(value.substring(0, value.indexOf(',')));
        }
        return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
            case "id" -> INDONESIAN;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    static final class Converter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale locale = parse(value);
            if (locale == null) {
                throw new CommandLine.TypeConversionException("cli.value.notALanguage");
            }
            return locale;
        }
    }
}
