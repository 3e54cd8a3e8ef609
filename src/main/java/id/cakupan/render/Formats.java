package id.cakupan.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Numbers, money and dates as readers of each language write them: Indonesian {@code 708.000},
 * {@code 35,45 %}, {@code Rp 14,50 miliar}, {@code 11 Desember 2025}; English {@code 708,000},
 * {@code 35.45%}, {@code Rp 14.50 billion}, {@code 11 December 2025}. The locale is always an
 * argument, never the JVM default. Negative numbers get a true minus sign (U+2212).
 */
public final class Formats {

    private static final List<String> MONTHS_ID = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember");
    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final long MILLION = 1_000_000L;
    private static final long BILLION = 1_000_000_000L;
    private static final long TRILLION = 1_000_000_000_000L;
    private static final char MINUS = '\u2212';

    private final boolean indonesian;
    private final char grouping;
    private final char decimalSeparator;
    /** The space inside a figure: before "%", after "Rp", before "miliar". */
    private final String space;
    private final boolean web;
    private final Locale locale;

    public Formats(Locale locale) {
        this(locale, false);
    }

    /**
     * @param web for web pages: a figure's parts joined with no-break spaces, so that "35,45 %" or
     *            "Rp 14,50 miliar" never wraps across lines, and free text kept whole where PDFs
     *            replace what their font cannot draw
     */
    public Formats(Locale locale, boolean web) {
        this.web = web;
        this.locale = locale;
        this.space = web ? "\u00a0" : " ";
        this.indonesian = "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
        this.grouping = indonesian ? '.' : ',';
        this.decimalSeparator = indonesian ? ',' : '.';
    }

    /**
     * The same language's formats for what is drawn rather than typeset (charts): plain spaces, since
     * a drawing never wraps a figure across lines.
     */
    public Formats drawing() {
        return web ? new Formats(locale, false) : this;
    }

    public boolean isIndonesian() {
        return indonesian;
    }

    /** A count: {@code 708.000} / {@code 708,000}. */
    public String integer(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A number with two decimals: {@code 35,45} / {@code 35.45}. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : number(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage with two decimals: {@code 35,45 %} / {@code 35.45%}. */
    public String percent(BigDecimal value) {
        return value == null ? "" : decimal(value) + (indonesian ? space + "%" : "%");
    }

    /**
     * A percentage rounded to a whole number, for chart axes: {@code 35 %} / {@code 35%}. Half to even,
     * as axis ticks were always rounded (a tick is a whole number in every chart we draw, so the rule
     * shows only on a half); figures in the text round half up, the rule they are computed with.
     */
    public String percentWhole(BigDecimal value) {
        return value == null ? "" : number(value.setScale(0, RoundingMode.HALF_EVEN)) + (indonesian ? space + "%" : "%");
    }

    /**
     * This formatter as a {@link NumberFormat}, for the figures a chart library writes itself (axis
     * ticks, bar labels): so that a chart writes {@code 35,45 %} exactly as the text beside it does.
     * Parsing is not supported.
     */
    public NumberFormat numberFormat(Figure figure) {
        return new FigureFormat(this, figure);
    }

    /** What kind of figure a {@link #numberFormat} writes. */
    public enum Figure {
        /** {@link #percent}: two decimals. */
        PERCENT,
        /** {@link #percentWhole}. */
        PERCENT_WHOLE,
        /** {@link #integer}, rounded half to even. */
        INTEGER
    }

    /** A target as set, without needless decimals: {@code 48 %}, {@code 52,15 %}. */
    public String target(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String number = number(value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
        return number + (indonesian ? space + "%" : "%");
    }

    /** A change in a count with its sign: {@code +1.100}, {@code −5}, {@code 0}. */
    public String signedInteger(long value) {
        return value > 0 ? "+" + integer(value) : integer(value);
    }

    /** A change in percentage points with its sign: {@code +1,00}, {@code −12,55}. */
    public String points(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String number = decimal(value);
        return value.signum() > 0 ? "+" + number : number;
    }

    /** A multiple with one decimal: {@code 3,5 ×} / {@code 3.5×}. */
    public String multiple(BigDecimal value) {
        return value == null ? "" : number(value.setScale(1, RoundingMode.HALF_UP)) + (indonesian ? space + "\u00d7" : "\u00d7");
    }

    /** Rupiah in full: {@code Rp 14.502.096.000}. */
    public String rupiah(long value) {
        return (value < 0 ? MINUS + "Rp" : "Rp") + space + integer(Math.abs(value));
    }

    /** Rupiah shortened to millions, billions or trillions: {@code Rp 14,50 miliar} / {@code Rp 14.50 billion}. */
    public String rupiahShort(long value) {
        long magnitude = Math.abs(value);
        String sign = value < 0 ? String.valueOf(MINUS) : "";
        String rp = sign + "Rp" + space;
        if (magnitude >= TRILLION) {
            return rp + scaled(magnitude, TRILLION) + space + (indonesian ? "triliun" : "trillion");
        }
        if (magnitude >= BILLION) {
            return rp + scaled(magnitude, BILLION) + space + (indonesian ? "miliar" : "billion");
        }
        if (magnitude >= MILLION) {
            return rp + scaled(magnitude, MILLION) + space + (indonesian ? "juta" : "million");
        }
        return rp + integer(magnitude);
    }

    /** A month written out: {@code November 2025}; {@code Desember 2024} / {@code December 2024}. */
    public String month(YearMonth month) {
        return (indonesian ? MONTHS_ID : MONTHS_EN).get(month.getMonthValue() - 1) + " " + month.getYear();
    }

    /** Free text from the data, fit for this output; see {@link SafeText}. */
    public String text(String value, int max) {
        return web ? SafeText.clean(value, max) : SafeText.forPdf(value, max);
    }

    /** A moment in Jakarta time: {@code 11 Desember 2025 pukul 14.05 WIB} / {@code 11 December 2025, 14:05 WIB}. */
    public String dateTime(ZonedDateTime moment) {
        var jakarta = moment.withZoneSameInstant(ZoneId.of("Asia/Jakarta"));
        String time = String.format(Locale.ROOT, indonesian ? "%02d.%02d" : "%02d:%02d", jakarta.getHour(),
                jakarta.getMinute());
        return date(jakarta.toLocalDate()) + (indonesian ? " pukul " : ", ") + time + " WIB";
    }

    /** A month in short, for chart axes: {@code Agu 2024} / {@code Aug 2024}. */
    public String monthShort(YearMonth month) {
        String name = (indonesian ? MONTHS_ID : MONTHS_EN).get(month.getMonthValue() - 1);
        String shortName = indonesian && month.getMonthValue() == 8 ? "Agu" : name.substring(0, 3);
        return shortName + " " + month.getYear();
    }

    /** A date written out: {@code 11 Desember 2025} / {@code 11 December 2025}. */
    public String date(LocalDate date) {
        return date.getDayOfMonth() + " " + month(YearMonth.from(date));
    }

    private static final class FigureFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient Formats formats;
        private final Figure figure;

        FigureFormat(Formats formats, Figure figure) {
            this.formats = formats;
            this.figure = figure;
        }

        /** A {@link BigDecimal} (a chart's data) is written as it is, without a detour through {@code double}. */
        @Override
        public StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
            if (number instanceof BigDecimal value) {
                return toAppendTo.append(text(value));
            }
            return super.format(number, toAppendTo, pos);
        }

        /** Nothing for a value that is not a number (NaN, infinity): a chart has no figure to write there. */
        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return Double.isFinite(number) ? toAppendTo.append(text(BigDecimal.valueOf(number))) : toAppendTo;
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(text(BigDecimal.valueOf(number)));
        }

        private String text(BigDecimal value) {
            return switch (figure) {
                case PERCENT -> formats.percent(value);
                case PERCENT_WHOLE -> formats.percentWhole(value);
                case INTEGER -> formats.number(value.setScale(0, RoundingMode.HALF_EVEN));
            };
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("a chart's figures are written, never read back");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FigureFormat f && f.formats == formats && f.figure == figure;
        }

        @Override
        public int hashCode() {
            return figure.hashCode();
        }
    }

    private String scaled(long value, long unit) {
        return decimal(BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP));
    }

    /**
     * A number with all its (non-negative) scale's decimals, thousands grouped. Written by hand:
     * {@code DecimalFormat} is not thread-safe, and a new one for every figure was a measurable part
     * of rendering.
     */
    private String number(BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        String digits = plain.unscaledValue().abs().toString();
        int scale = plain.scale();
        if (digits.length() <= scale) {
            digits = "0".repeat(scale - digits.length() + 1) + digits;
        }
        int whole = digits.length() - scale;
        StringBuilder text = new StringBuilder(digits.length() + whole / 3 + 2);
        if (value.signum() < 0) {
            text.append(MINUS);
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(grouping);
            }
            text.append(digits.charAt(i));
        }
        if (scale > 0) {
            text.append(decimalSeparator).append(digits, whole, digits.length());
        }
        return text.toString();
    }
}
