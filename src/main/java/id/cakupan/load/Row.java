package id.cakupan.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.cakupan.model.SourceRef;

/**
 * One data row of a CSV file with typed, checked access to its cells. Each getter reports a bad
 * or missing cell to the error sink with file, line and column, and returns null; {@link #isValid()}
 * then tells the loader not to build a record from the row.
 */
public final class Row {

    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERCENT_SIGN = Pattern.compile("(.*?)\\s*%");

    static final long MAX_PEOPLE = 1_000_000_000L;
    static final long MAX_RUPIAH = 1_000_000_000_000_000L;

    private final String file;
    private final int line;
    private final Map<String, String> cells;
    private final ErrorSink sink;
    private boolean valid = true;

    Row(String file, int line, Map<String, String> cells, ErrorSink sink) {
        this.file = file;
        this.line = line;
        this.cells = cells;
        this.sink = sink;
    }

    public int line() {
        return line;
    }

    public SourceRef ref() {
        return new SourceRef(file, line);
    }

    public boolean isValid() {
        return valid;
    }

    /** Reports a problem with a cell of this row. */
    public void error(String column, String message) {
        sink.add(new DataError(file, line, column, message));
        valid = false;
    }

    /** Reports a problem with the row as a whole. */
    public void error(String message) {
        sink.add(DataError.at(file, line, message));
        valid = false;
    }

    /**
     * Tells the user that a cell was read with a correction whose intent is certain; the row stays
     * valid. Gathered into one warning per file, column and message.
     */
    public void corrected(String column, String readAs) {
        sink.corrected(file, line, column, "read " + quote(cells.get(column)) + " as " + readAs);
    }

    /** The trimmed cell, or null when empty or when the column is not in the header. */
    public String optionalText(String column) {
        return cells.get(column);
    }

    public String text(String column) {
        String value = cells.get(column);
        if (value == null) {
            missing(column, "a value");
        }
        return value;
    }

    /** A count of people or rupiah: a whole number of 0 or more. */
    public Long count(String column, boolean required) {
        String value = cells.get(column);
        if (value == null) {
            if (required) {
                missing(column, "a whole number such as 12500");
            }
            return null;
        }
        if (!WHOLE.matcher(value).matches()) {
            error(column, quote(value) + " is not a whole number" + wholeNumberHint(value));
            return null;
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            error(column, quote(value) + " is too large (at most " + Long.MAX_VALUE + ")");
            return null;
        }
        if (number < 0) {
            error(column, quote(value) + " is negative (expected 0 or more)");
            return null;
        }
        return number;
    }

    /** Workers: a count of at most a billion (Indonesia has about 145 million working people). */
    public Long people(String column, boolean required) {
        return atMost(column, count(column, required), MAX_PEOPLE, "workers");
    }

    /** Rupiah: at most Rp 1,000 trillion. */
    public Long rupiah(String column, boolean required) {
        return atMost(column, count(column, required), MAX_RUPIAH, "rupiah");
    }

    private Long atMost(String column, Long value, long max, String unit) {
        if (value != null && value > max) {
            error(column, quote(cells.get(column)) + " is more than " + max + " " + unit + " (is the value right?)");
            return null;
        }
        return value;
    }

    /** Months of premium paid within a budget year: 0 to 12. */
    public Integer months(String column, boolean required) {
        Long value = count(column, required);
        if (value == null) {
            return null;
        }
        if (value > 12) {
            error(column, quote(cells.get(column)) + " is more than 12 months (expected 0 to 12)");
            return null;
        }
        return value.intValue();
    }

    /** A number of 0 or more with an optional decimal dot, such as {@code 48} or {@code 48.5}. */
    public BigDecimal decimal(String column, boolean required) {
        String value = cells.get(column);
        if (value == null) {
            if (required) {
                missing(column, "a number such as 48.5");
            }
            return null;
        }
        return decimal(column, value, value);
    }

    /**
     * A percentage: a number as for {@link #decimal}, where {@code 50%} or {@code 50 %}, as a
     * spreadsheet formats a percentage, is read as 50 with a warning.
     */
    public BigDecimal percent(String column, boolean required) {
        String value = cells.get(column);
        var sign = value == null ? null : PERCENT_SIGN.matcher(value);
        if (sign == null || !sign.matches() || sign.group(1).isEmpty()) {
            return decimal(column, required);
        }
        BigDecimal number = decimal(column, sign.group(1), value);
        if (number != null) {
            corrected(column, number.toPlainString());
        }
        return number;
    }

    /** Parses {@code text}, the cell or the number in it; messages show the cell as written. */
    private BigDecimal decimal(String column, String text, String written) {
        if (!DECIMAL.matcher(text).matches()) {
            String hint = DECIMAL_COMMA.matcher(text).matches()
                    ? " (write " + text.replace(',', '.') + ")"
                    : " (expected a number with a decimal dot, such as 48.5)";
            error(column, quote(written) + " is not a number" + hint);
            return null;
        }
        BigDecimal number = new BigDecimal(text);
        if (number.signum() < 0) {
            error(column, quote(written) + " is negative (expected 0 or more)");
            return null;
        }
        return number;
    }

    public YearMonth period(String column) {
        String value = cells.get(column);
        if (value == null) {
            missing(column, "a month such as 2025-11");
            return null;
        }
        var matcher = PERIOD.matcher(value);
        int month = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
        if (month < 1 || month > 12) {
            error(column, quote(value) + " is not a month (expected YYYY-MM, such as 2025-11)");
            return null;
        }
        return YearMonth.of(Integer.parseInt(matcher.group(1)), month);
    }

    public Integer year(String column) {
        String value = cells.get(column);
        if (value == null) {
            missing(column, "a year such as 2025");
            return null;
        }
        if (!YEAR.matcher(value).matches()) {
            error(column, quote(value) + " is not a year (expected YYYY, such as 2025)");
            return null;
        }
        return Integer.parseInt(value);
    }

    public LocalDate date(String column, boolean required) {
        String value = cells.get(column);
        if (value == null) {
            if (required) {
                missing(column, "a date such as 2024-12-17");
            }
            return null;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                // falls through to the error below
            }
        }
        error(column, quote(value) + " is not a date (expected YYYY-MM-DD, such as 2024-12-17)");
        return null;
    }

    /**
     * One of a fixed list of codes. A cell that is a code but for case, spaces or hyphens
     * ({@code Ditetapkan}, {@code APBD Provinsi}) can only mean that code: it is read as the code,
     * with a warning.
     */
    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = cells.get(column);
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null) {
            missing(column, "one of " + expected);
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String normalized = Codes.upper(value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                corrected(column, constant.name());
                return constant;
            }
        }
        error(column, quote(value) + " is not a known " + column + " (expected one of " + expected + ")");
        return null;
    }

    private void missing(String column, String expected) {
        error(column, "is empty (expected " + expected + ")");
    }

    private static String wholeNumberHint(String value) {
        if (DOT_THOUSANDS.matcher(value).matches()) {
            return " (write " + value.replace(".", "") + ")";
        }
        if (COMMA_THOUSANDS.matcher(value).matches()) {
            return " (write " + value.replace(",", "") + ")";
        }
        if (DECIMAL_COMMA.matcher(value).matches() || DECIMAL.matcher(value).matches()) {
            return " (expected a count without decimals)";
        }
        return " (expected digits only, such as 12500)";
    }

    /** The value as shown in a message: quoted, on one line, at most 40 characters. */
    static String quote(String value) {
        return '"' + excerpt(value) + '"';
    }

    /** The value as shown in a message without quotes: on one line, at most 40 characters. */
    static String excerpt(String value) {
        return CsvFile.excerpt(value, 40);
    }
}
