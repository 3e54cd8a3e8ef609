package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    static final Formats ID = new Formats(Locale.forLanguageTag("id-ID"));
    static final Formats EN = new Formats(Locale.forLanguageTag("en-GB"));

    @Test
    void counts() {
        assertEquals("708.000", ID.integer(708_000));
        assertEquals("708,000", EN.integer(708_000));
        assertEquals("0", ID.integer(0));
        assertEquals("1.101.234", ID.integer(1_101_234));
        assertEquals("999", ID.integer(999));
        assertEquals("1.000", ID.integer(1_000));
        assertEquals("\u22121.234.567", ID.integer(-1_234_567));
        assertEquals("\u22129,223,372,036,854,775,808", EN.integer(Long.MIN_VALUE));
    }

    @Test
    void percentagesAndPoints() {
        assertEquals("35,45 %", ID.percent(new BigDecimal("35.45")));
        assertEquals("35.45%", EN.percent(new BigDecimal("35.45")));
        assertEquals("63,10 %", ID.percent(new BigDecimal("63.1")));
        assertEquals("48 %", ID.target(new BigDecimal("48")));
        assertEquals("52,15 %", ID.target(new BigDecimal("52.15")));
        assertEquals("52,16 %", ID.target(new BigDecimal("52.155")));
        assertEquals("52,5 %", ID.target(new BigDecimal("52.50")));
        assertEquals("0 %", ID.target(new BigDecimal("0.004")));
        assertEquals("0 %", ID.target(new BigDecimal("-0.004")), "no minus before a zero");
        assertEquals("1.000 %", ID.target(new BigDecimal("1E+3")));
        assertEquals("0,00", ID.decimal(new BigDecimal("-0.001")));
        assertEquals("0.05", EN.decimal(new BigDecimal("0.045")));
        assertEquals("\u22121,234.50", EN.decimal(new BigDecimal("-1234.5")));
        assertEquals("\u221212,55", ID.points(new BigDecimal("-12.55")));
        assertEquals("+1.00", EN.points(new BigDecimal("1")));
        assertEquals("+1.100", ID.signedInteger(1_100));
        assertEquals("\u22125", ID.signedInteger(-5));
        assertEquals("0", EN.signedInteger(0));
        assertEquals("", ID.percent(null));
    }

    @Test
    void multiplesHaveOneDecimal() {
        assertEquals("3,5 \u00d7", ID.multiple(new BigDecimal("3.5")));
        assertEquals("3.5\u00d7", EN.multiple(new BigDecimal("3.5")));
        assertEquals("1.234,6 \u00d7", ID.multiple(new BigDecimal("1234.55")));
        assertEquals("17,0 \u00d7", ID.multiple(new BigDecimal("17")));
        assertEquals("", ID.multiple(null));
    }

    @Test
    void rupiah() {
        assertEquals("Rp 14,50 miliar", ID.rupiahShort(14_502_096_000L));
        assertEquals("Rp 14.50 billion", EN.rupiahShort(14_502_096_000L));
        assertEquals("Rp 119,28 juta", ID.rupiahShort(119_280_000L));
        assertEquals("Rp 16.800", ID.rupiahShort(16_800));
        assertEquals("Rp 1,20 triliun", ID.rupiahShort(1_200_000_000_000L));
        assertEquals("Rp 14.502.096.000", ID.rupiah(14_502_096_000L));
        assertEquals("Rp 201,600", EN.rupiah(201_600));
    }

    @Test
    void monthsAndDates() {
        assertEquals("November 2025", ID.month(YearMonth.of(2025, 11)));
        assertEquals("Desember 2024", ID.month(YearMonth.of(2024, 12)));
        assertEquals("11 Desember 2025", ID.date(LocalDate.of(2025, 12, 11)));
        assertEquals("11 December 2025", EN.date(LocalDate.of(2025, 12, 11)));
        assertEquals("Agustus 2024", ID.month(YearMonth.of(2024, 8)));
    }

    @Test
    void chartsWriteTheirFiguresWithTheSameFormatter() {
        var percent = ID.numberFormat(Formats.Figure.PERCENT);
        assertEquals("35,45 %", percent.format(35.45));
        assertEquals("35.45%", EN.numberFormat(Formats.Figure.PERCENT).format(35.45));
        assertEquals("40 %", ID.numberFormat(Formats.Figure.PERCENT_WHOLE).format(40.0));
        assertEquals("12 %", ID.numberFormat(Formats.Figure.PERCENT_WHOLE).format(12.5), "half to even, as axes round");
        assertEquals("35.164", ID.numberFormat(Formats.Figure.INTEGER).format(35_164L));
        assertEquals("\u22125 %", ID.numberFormat(Formats.Figure.PERCENT_WHOLE).format(-5));
        assertEquals("35,46 %", percent.format(new BigDecimal("35.455")), "a BigDecimal as it is, half up");
        assertEquals("", percent.format(Double.NaN), "no figure where there is no number");
        var web = new Formats(Locale.forLanguageTag("id-ID"), true);
        assertEquals("35,45\u00a0%", web.percent(new BigDecimal("35.45")), "a web page keeps a figure on one line");
        assertEquals("35,45 %", web.drawing().percent(new BigDecimal("35.45")), "a drawing never wraps");
    }
}
