package id.cakupan.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.cakupan.text.Text;

/**
 * How numbers, months and dates are written in the text of a file's cells. Both are read strictly:
 * a value that could mean two things is an error that says how to write it.
 */
enum Dialect {

    /** The data contract: {@code 708000}, {@code 48.5}, {@code 2025-11}, {@code 2024-12-17}. */
    CONTRACT,

    /**
     * What Excel set to Indonesian writes as "CSV": columns separated by {@code ;}, a dot grouping
     * thousands in threes ({@code 145.500}), a decimal comma ({@code 45,5}) and dates as
     * {@code dd/mm/yyyy}; a month may be a date in it ({@code 01/11/2024}) or {@code 11/2024}.
     * A plain {@code 2025-11} or {@code 2024-12-17} is read too: it cannot mean anything else.
     */
    EXCEL_INDONESIAN;

    /** A cell that cannot be read as asked; the message says what was found and what was expected. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Text text;

        Invalid(Text text) {
            super(text.key(), null, false, false);
            this.text = text;
        }

        Text text() {
            return text;
        }
    }

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    /** {@code 145.500}, {@code 1.234,5}, {@code 45,5}, {@code 48}: Indonesian grouping and decimal comma. */
    private static final Pattern INDONESIAN_DECIMAL = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How the numbers of a file separated by ";" are written, for messages. */
    private static final Text SEMICOLON_FILE = Text.of("load.semicolonFile");

    /** A whole number, sign included; the caller checks the range. */
    long whole(String text) {
        String digits = text;
        if (this == EXCEL_INDONESIAN && DOT_THOUSANDS.matcher(text).matches()) {
            digits = text.replace(".", "");
        }
        if (!isWhole(digits)) {
            throw new Invalid(Text.of("load.cell.notWhole", Row.quote(text), wholeNumberHint(text)));
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new Invalid(Text.of("load.cell.tooLarge", Row.quote(text), Text.figure(Long.MAX_VALUE)));
        }
    }

    /** Whether the text is a whole number as {@code -?\d+} matches it: checked by hand, on every cell of a count. */
    private static boolean isWhole(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A number with decimals, sign included. */
    BigDecimal decimal(String text, String written) {
        if (this == EXCEL_INDONESIAN) {
            if (INDONESIAN_DECIMAL.matcher(text).matches()) {
                return new BigDecimal(text.replace(".", "").replace(',', '.'));
            }
            throw new Invalid(DOT_DECIMAL.matcher(text).matches()
                    ? Text.of("load.cell.ambiguous", Row.quote(written), SEMICOLON_FILE, text.replace('.', ','))
                    : Text.of("load.cell.notNumber.semicolon", Row.quote(written)));
        }
        if (!DECIMAL.matcher(text).matches()) {
            Text hint = DECIMAL_COMMA.matcher(text).matches()
                    ? Text.of("load.hint.write", text.replace(',', '.'))
                    : Text.of("load.hint.decimalDot");
            throw new Invalid(Text.of("load.cell.notNumber", Row.quote(written), hint));
        }
        return new BigDecimal(text);
    }

    YearMonth period(String text) {
        YearMonth known = MONTHS.get(text);
        if (known != null) {
            return known;
        }
        Matcher iso = PERIOD.matcher(text);
        if (iso.matches()) {
            YearMonth month = month(text, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
            if (MONTHS.size() < MONTHS_KEPT) {
                MONTHS.put(text, month);
            }
            return month;
        }
        if (this == EXCEL_INDONESIAN) {
            Matcher monthYear = MONTH_SLASH_YEAR.matcher(text);
            if (monthYear.matches()) {
                return month(text, Integer.parseInt(monthYear.group(2)), Integer.parseInt(monthYear.group(1)));
            }
            if (DAY_MONTH_YEAR.matcher(text).matches()) {
                return YearMonth.from(slashDate(text, this::notAMonth));
            }
        }
        throw notAMonth(text);
    }

    /**
     * Months written as the contract writes them ({@code 2025-11}) and what they read as, the same in
     * every dialect: a file repeats a few dozen months on every row, so each is parsed once, and every
     * record of a month shares one {@code YearMonth}. Bounded, whatever a file holds.
     */
    private static final Map<String, YearMonth> MONTHS = new ConcurrentHashMap<>();
    private static final int MONTHS_KEPT = 10_000;

    LocalDate date(String text) {
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw notADate(text);
            }
        }
        if (this == EXCEL_INDONESIAN && DAY_MONTH_YEAR.matcher(text).matches()) {
            return slashDate(text, this::notADate);
        }
        throw notADate(text);
    }

    private YearMonth month(String text, int year, int month) {
        if (month < 1 || month > 12) {
            throw notAMonth(text);
        }
        return YearMonth.of(year, month);
    }

    private static LocalDate slashDate(String text, Function<String, Invalid> invalid) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        m.matches();
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw invalid.apply(text);
        }
    }

    private Invalid notAMonth(String text) {
        return new Invalid(Text.of(this == EXCEL_INDONESIAN ? "load.cell.notMonth.semicolon" : "load.cell.notMonth",
                Row.quote(text)));
    }

    private Invalid notADate(String text) {
        return new Invalid(Text.of(this == EXCEL_INDONESIAN ? "load.cell.notDate.semicolon" : "load.cell.notDate",
                Row.quote(text)));
    }

    /** What to write instead of a value that is not a whole number, shown in brackets after it. */
    private Text wholeNumberHint(String value) {
        if (this == EXCEL_INDONESIAN) {
            if (DOT_DECIMAL.matcher(value).matches()) {
                return Text.of("load.hint.semicolonThousands", SEMICOLON_FILE);
            }
            if (INDONESIAN_DECIMAL.matcher(value).matches()) {
                return Text.of("load.hint.noDecimals");
            }
        } else {
            if (DOT_THOUSANDS.matcher(value).matches()) {
                return Text.of("load.hint.write", value.replace(".", ""));
            }
            if (COMMA_THOUSANDS.matcher(value).matches()) {
                return Text.of("load.hint.write", value.replace(",", ""));
            }
            if (DECIMAL_COMMA.matcher(value).matches() || DECIMAL.matcher(value).matches()) {
                return Text.of("load.hint.noDecimals");
            }
        }
        return NumberWords.value(value).map(n -> Text.of("load.hint.write", n))
                .orElse(Text.of("load.hint.digitsOnly"));
    }
}
