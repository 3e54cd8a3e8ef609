package id.cakupan.load;

import java.time.YearMonth;

import id.cakupan.text.Text;

/**
 * The Nomor Induk Kependudukan of a register row, kept as a {@code long} (16 decimal digits fit in
 * 54 bits): digits 1–2 the province and 3–4 the regency or city where it was first issued, 5–6 the
 * district, 7–12 the birth date {@code DDMMYY} with 40 added to the day for women, 13–16 a serial
 * number. A NIK keeps the code of the place it was issued, so a code that existed before the 2022
 * Papua splits stays valid ({@link NikPrefixes}).
 *
 * <p>The two-digit birth year is resolved against the month protection starts: {@code 20YY} unless
 * that birth date falls after the first day of that month, then {@code 19YY} (nobody is enrolled
 * before being born, and nobody enrolled is over a hundred).
 *
 * <p>A NIK is shown only masked, its first 6 and last 4 digits: {@code 170101******0003}; a text that is
 * not a NIK is masked the same way, and its characters other than digits are never shown.
 */
public final class Nik {

    public static final int DIGITS = 16;
    /** The digits shown at the start and at the end of a masked NIK. */
    private static final int SHOWN_HEAD = 6;
    private static final int SHOWN_TAIL = 4;
    /** The most characters of a text that is not a NIK that its masked form shows. */
    private static final int MASKED_MAX = 24;
    private static final long TEN_12 = 1_000_000_000_000L;
    private static final long TEN_6 = 1_000_000L;
    private static final long TEN_4 = 10_000L;

    private Nik() {
    }

    /** The 16 digits as a number, or -1 when the text is not exactly 16 ASCII digits. */
    public static long parse(CharSequence text) {
        if (text.length() != DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < DIGITS; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The first four digits: the province and regency code the NIK was issued in, {@code 1701}. */
    public static int prefix(long nik) {
        return (int) (nik / TEN_12);
    }

    /** Digits 7–8 as written: the day of birth, plus 40 for a woman. */
    static int dayDigits(long nik) {
        return (int) (nik / TEN_4 / TEN_4 % 100);
    }

    static int monthDigits(long nik) {
        return (int) (nik / TEN_6 % 100);
    }

    static int yearDigits(long nik) {
        return (int) (nik / TEN_4 % 100);
    }

    /**
     * The birth date as {@code yyyy * 10000 + mm * 100 + dd}, the year resolved against the first
     * month of protection ({@code start}, as {@code year * 12 + month - 1}); -1 when digits 7–12 are
     * no date (a day 0, 32–40 or over 71, a month 0 or over 12, 30 February...).
     */
    public static int birthDate(long nik, int start) {
        int day = dayDigits(nik);
        if (day > 40) {
            day -= 40;
        }
        int month = monthDigits(nik);
        int yy = yearDigits(nik);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return -1;
        }
        int year = 2000 + yy;
        int firstDay = (start / 12) * 10000 + (start % 12 + 1) * 100 + 1;
        if (year * 10000 + month * 100 + day > firstDay) {
            year -= 100;
        }
        if (day > daysIn(year, month)) {
            return -1;
        }
        return year * 10000 + month * 100 + day;
    }

    /** The age in whole years on the first day of the month {@code start}, of a birth date as {@link #birthDate} gives it. */
    public static int ageAt(int birthDate, int start) {
        int year = birthDate / 10000;
        int month = birthDate / 100 % 100;
        int day = birthDate % 100;
        int startYear = start / 12;
        int startMonth = start % 12 + 1;
        int age = startYear - year;
        if (startMonth < month || startMonth == month && day > 1) {
            age--;
        }
        return age;
    }

    /** Whether digits 7–8 say a woman (day plus 40). */
    public static boolean isWoman(long nik) {
        return dayDigits(nik) > 40;
    }

    static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** A month as the register's arithmetic counts it: {@code year * 12 + month - 1}. */
    public static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /** The month of {@link #monthIndex}. */
    public static YearMonth month(int index) {
        return YearMonth.of(index / 12, index % 12 + 1);
    }

    /** {@code 170101******0003}: the first 6 and last 4 digits of a NIK. */
    public static String mask(long nik) {
        char[] shown = new char[DIGITS];
        long rest = nik;
        for (int i = DIGITS - 1; i >= 0; i--) {
            shown[i] = i >= SHOWN_HEAD && i < DIGITS - SHOWN_TAIL ? '*' : (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(shown);
    }

    /**
     * A text written as a NIK, masked: of a text of 16 characters, as a NIK is, only digits among its
     * first 6 and last 4 characters are shown; of any other text over 10 characters only digits among
     * its last 4 (a NIK with a digit missing or one too many would otherwise show 10 of its digits);
     * every other character is a star. A long text is cut after {@value #MASKED_MAX} characters, its
     * last 4 kept.
     */
    public static String mask(CharSequence text) {
        int length = text.length();
        StringBuilder shown = new StringBuilder(Math.min(length, MASKED_MAX + 1));
        for (int i = 0; i < length; i++) {
            if (length > MASKED_MAX && i == MASKED_MAX - SHOWN_TAIL - 1) {
                shown.append('…');
                i = length - SHOWN_TAIL - 1;
                continue;
            }
            char c = text.charAt(i);
            boolean visible = (i < SHOWN_HEAD && length == DIGITS || i >= length - SHOWN_TAIL)
                    && length > SHOWN_HEAD + SHOWN_TAIL;
            shown.append(visible && c >= '0' && c <= '9' ? c : '*');
        }
        return shown.toString();
    }

    /**
     * What is wrong with a NIK as written, or null when it is one: not 16 digits, a region code
     * that never was, or digits 7–12 that are no birth date.
     *
     * @param start the first month of protection ({@link #monthIndex}), to resolve the birth year
     */
    public static Text problem(CharSequence text, int start, NikPrefixes prefixes) {
        long nik = parse(text);
        String masked = mask(text);
        if (nik < 0) {
            return onlyDigits(text) ? Text.of("load.register.nik.length", masked, Text.figure(text.length()))
                    : Text.of("load.register.nik.notDigits", masked);
        }
        return problem(nik, start, prefixes);
    }

    /** As {@link #problem(CharSequence, int, NikPrefixes)}, for 16 digits. */
    public static Text problem(long nik, int start, NikPrefixes prefixes) {
        if (!prefixes.isKnown(prefix(nik))) {
            int prefix = prefix(nik);
            return Text.of("load.register.nik.region", mask(nik), String.format("%02d.%02d", prefix / 100, prefix % 100));
        }
        if (birthDate(nik, start) < 0) {
            return Text.of("load.register.nik.birthDate", mask(nik));
        }
        return null;
    }

    private static boolean onlyDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return text.length() > 0;
    }
}
