package id.cakupan.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.cakupan.model.SourceRef;
import id.cakupan.text.Text;

/**
 * One data row of a CSV file or a sheet, with typed, checked access to its cells: the rules are
 * the same whatever the source. Text is read in the source's {@link Dialect}; a sheet's number and
 * date cells are read by their type. Each getter reports a bad or missing cell to the error sink at
 * the place the source names, and returns null; {@link #isValid()} then tells the loader not to
 * build a record from the row.
 */
public final class Row {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PERCENT_SIGN = Pattern.compile("(.*?)\\s*%");

    static final long MAX_PEOPLE = 1_000_000_000L;
    static final long MAX_RUPIAH = 1_000_000_000_000_000L;

    private final RowSource source;
    private final int line;
    private final Map<String, Cell> cells;
    private final ErrorSink sink;
    private boolean valid = true;
    private boolean valuesPrivate;

    Row(RowSource source, int line, Map<String, Cell> cells, ErrorSink sink) {
        this.source = source;
        this.line = line;
        this.cells = cells;
        this.sink = sink;
    }

    /** A row of a CSV file in the contract's dialect, its cells as text (null for an empty one). */
    static Row ofText(String file, int line, Map<String, String> texts, ErrorSink sink) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        texts.forEach((column, text) -> cells.put(column, text == null ? null : Cell.text(text)));
        return new Row(new RowSource.CsvSource(file, Dialect.CONTRACT), line, cells, sink);
    }

    public int line() {
        return line;
    }

    public SourceRef ref() {
        return source.ref(line);
    }

    /** Another row of the same source as a message names it: {@code baris 3} (a line, or a row of a sheet). */
    public Text place(int otherLine) {
        return source.place(otherLine);
    }

    public boolean isValid() {
        return valid;
    }

    /**
     * From now on no message about this row shows what its cells hold, unless {@link PrivateValues}
     * shows it is a code or a month: the row is of the register, whose cells may be NIKs, names or
     * birth dates, in whatever column they were typed.
     */
    void keepValuesPrivate() {
        valuesPrivate = true;
    }

    /** Reports a problem with a cell of this row. */
    public void error(String column, Text message) {
        sink.add(source.error(line, column, shown(message)));
        valid = false;
    }

    /** Reports a problem with the row as a whole. */
    public void error(Text message) {
        sink.add(source.error(line, null, shown(message)));
        valid = false;
    }

    /** The message as it may be shown: without the cells' values when they are private. */
    private Text shown(Text message) {
        if (!valuesPrivate) {
            return message;
        }
        List<String> texts = new ArrayList<>(cells.size());
        cells.values().forEach(cell -> texts.add(cell == null ? null : cell.text()));
        return PrivateValues.redact(message, texts);
    }

    /**
     * Tells the user that a cell was read with a correction whose intent is certain; the row stays
     * valid. Gathered into one warning per file, column and message.
     */
    public void corrected(String column, String readAs) {
        warn(column, Text.of("load.corrected", quote(cells.get(column).text()), readAs));
    }

    /** A warning about a cell that was read; gathered as {@link #corrected} is. */
    public void warn(String column, Text message) {
        source.corrected(sink, line, column, shown(message));
    }

    /**
     * The trimmed cell as text, or null when empty or when the column is not in the header. A
     * number cell of a sheet is its number written plainly ({@code 17.1}), a date cell its date.
     */
    public String optionalText(String column) {
        Cell cell = cells.get(column);
        return cell == null ? null : cell.text();
    }

    /**
     * The month of a cell for a row's key, so that {@code 2025-11}, a date cell in November 2025 and
     * {@code 01/11/2025} are the same month; the cell as written when it is not a month. Reports nothing.
     */
    public String periodKey(String column) {
        Cell cell = cells.get(column);
        if (cell == null || cell.problem() != null || cell.number() != null) {
            return cell == null ? null : cell.text();
        }
        if (cell.date() != null) {
            return YearMonth.from(cell.date()).toString();
        }
        try {
            return source.dialect().period(cell.text()).toString();
        } catch (Dialect.Invalid e) {
            return cell.text();
        }
    }

    /** The value of a number cell of a sheet; null for text or an empty cell. */
    public BigDecimal numberCell(String column) {
        Cell cell = cells.get(column);
        return cell == null ? null : cell.number();
    }

    public String text(String column) {
        Cell cell = cells.get(column);
        if (cell == null) {
            error(column, Text.of("load.cell.required"));
            return null;
        }
        if (cell.problem() != null) {
            error(column, cell.problem());
            return null;
        }
        return cell.text();
    }

    /** A count of people or rupiah: a whole number of 0 or more. */
    public Long count(String column, boolean required) {
        Cell cell = readable(column, required, Text.of("load.expect.whole"));
        if (cell == null) {
            return null;
        }
        long number;
        try {
            if (cell.number() != null) {
                number = wholeNumber(cell);
            } else if (cell.date() != null) {
                throw new Dialect.Invalid(Text.of("load.cell.dateNotWhole", quote(cell.text())));
            } else {
                number = source.dialect().whole(cell.text());
            }
        } catch (Dialect.Invalid e) {
            error(column, e.text());
            return null;
        }
        if (number < 0) {
            error(column, Text.of("load.cell.negative", quote(cell.text())));
            return null;
        }
        return number;
    }

    private static long wholeNumber(Cell cell) {
        BigDecimal value = cell.number();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new Dialect.Invalid(Text.of("load.cell.notWhole", quote(cell.text()), Text.of("load.hint.noDecimals")));
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new Dialect.Invalid(Text.of("load.cell.tooLarge", quote(cell.text()), Text.figure(Long.MAX_VALUE)));
        }
    }

    /** Workers: a count of at most a billion (Indonesia has about 145 million working people). */
    public Long people(String column, boolean required) {
        return atMost(column, count(column, required), MAX_PEOPLE, "load.cell.tooManyWorkers");
    }

    /** Rupiah: at most Rp 1,000 trillion. */
    public Long rupiah(String column, boolean required) {
        return atMost(column, count(column, required), MAX_RUPIAH, "load.cell.tooManyRupiah");
    }

    private Long atMost(String column, Long value, long max, String key) {
        if (value != null && value > max) {
            error(column, Text.of(key, quote(cells.get(column).text()), Text.figure(max)));
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
            error(column, Text.of("load.cell.tooManyMonths", quote(cells.get(column).text())));
            return null;
        }
        return value.intValue();
    }

    /** A number of 0 or more with an optional decimal dot, such as {@code 48} or {@code 48.5}. */
    public BigDecimal decimal(String column, boolean required) {
        Cell cell = readable(column, required, Text.of("load.expect.decimal"));
        return cell == null ? null : decimal(column, cell, cell.text());
    }

    /**
     * A percentage: a number as for {@link #decimal}, where {@code 50%} or {@code 50 %}, as a
     * spreadsheet formats a percentage, is read as 50 with a warning.
     */
    public BigDecimal percent(String column, boolean required) {
        Cell cell = cells.get(column);
        var sign = cell == null || !cell.isText() ? null : PERCENT_SIGN.matcher(cell.text());
        if (sign == null || !sign.matches() || sign.group(1).isEmpty()) {
            return decimal(column, required);
        }
        BigDecimal number = decimal(column, Cell.text(sign.group(1)), cell.text());
        if (number != null) {
            corrected(column, number.toPlainString());
        }
        return number;
    }

    /** Reads {@code cell}, the cell or the number in it; messages show the cell as written. */
    private BigDecimal decimal(String column, Cell cell, String written) {
        BigDecimal number;
        try {
            if (cell.number() != null) {
                number = cell.number();
            } else if (cell.date() != null) {
                throw new Dialect.Invalid(Text.of("load.cell.dateNotNumber", quote(written)));
            } else {
                number = source.dialect().decimal(cell.text(), written);
            }
        } catch (Dialect.Invalid e) {
            error(column, e.text());
            return null;
        }
        if (number.signum() < 0) {
            error(column, Text.of("load.cell.negative", quote(written)));
            return null;
        }
        return number;
    }

    /** A month: {@code 2025-11} as text, or a date cell anywhere in the month. */
    public YearMonth period(String column) {
        Cell cell = readable(column, true, Text.of("load.expect.month"));
        if (cell == null) {
            return null;
        }
        try {
            if (cell.date() != null) {
                return YearMonth.from(cell.date());
            }
            if (cell.number() != null) {
                throw new Dialect.Invalid(Text.of("load.cell.numberNotMonth", quote(cell.text())));
            }
            return source.dialect().period(cell.text());
        } catch (Dialect.Invalid e) {
            error(column, e.text());
            return null;
        }
    }

    public Integer year(String column) {
        Cell cell = readable(column, true, Text.of("load.expect.year"));
        if (cell == null) {
            return null;
        }
        if (!YEAR.matcher(cell.text()).matches()) {
            error(column, Text.of(cell.date() != null ? "load.cell.dateNotYear" : "load.cell.notYear",
                    quote(cell.text())));
            return null;
        }
        return Integer.parseInt(cell.text());
    }

    public LocalDate date(String column, boolean required) {
        Cell cell = readable(column, required, Text.of("load.expect.date"));
        if (cell == null) {
            return null;
        }
        try {
            if (cell.date() != null) {
                return cell.date();
            }
            if (cell.number() != null) {
                throw new Dialect.Invalid(Text.of("load.cell.numberNotDate", quote(cell.text())));
            }
            return source.dialect().date(cell.text());
        } catch (Dialect.Invalid e) {
            error(column, e.text());
            return null;
        }
    }

    /**
     * One of a fixed list of codes. A cell that is a code but for case, spaces or hyphens
     * ({@code Ditetapkan}, {@code APBD Provinsi}) can only mean that code: it is read as the code,
     * with a warning.
     */
    /** The names of an enum's constants as a message lists them, joined once per enum rather than on every row. */
    private static final ClassValue<String> CHOICES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.joining(", "));
        }
    };

    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String expected = CHOICES.get(type);
        Cell cell = readable(column, true, Text.of("load.expect.oneOf", expected));
        if (cell == null) {
            return null;
        }
        String value = cell.text();
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
        error(column, Text.of("load.cell.unknownCode", quote(value), column, expected));
        return null;
    }

    /** The cell, or null after reporting it when it is empty and required or cannot be read. */
    private Cell readable(String column, boolean required, Text expected) {
        Cell cell = cells.get(column);
        if (cell == null) {
            if (required) {
                missing(column, expected);
            }
            return null;
        }
        if (cell.problem() != null) {
            error(column, cell.problem());
            return null;
        }
        return cell;
    }

    private void missing(String column, Text expected) {
        error(column, Text.of("load.cell.empty", expected));
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
