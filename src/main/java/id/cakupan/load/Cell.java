package id.cakupan.load;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.cakupan.text.Text;

/**
 * One non-empty cell as its source gives it. A CSV file gives text only; a sheet gives its cells'
 * types: a number, a date (a number with a date format), text, or a value that cannot be read
 * (an error value such as {@code #REF!}, a formula whose value was never stored). {@link Row}
 * reads every kind under the same rules.
 *
 * @param text    the cell as a message shows it: the text, the number written plainly ({@code 17.1}),
 *                the date as {@code 2025-11-01}, or the error value
 * @param number  the value of a number cell, else null
 * @param date    the value of a date cell, else null
 * @param problem why the cell cannot be read at all, else null
 */
record Cell(String text, BigDecimal number, LocalDate date, Text problem) {

    static Cell text(String text) {
        return new Cell(text, null, null, null);
    }

    static Cell number(BigDecimal number) {
        return new Cell(plain(number), number, null, null);
    }

    static Cell date(LocalDate date) {
        return new Cell(date.toString(), null, date, null);
    }

    static Cell unreadable(String shown, Text problem) {
        return new Cell(shown, null, null, problem);
    }

    boolean isText() {
        return number == null && date == null && problem == null;
    }

    /** {@code 17.1}, {@code 200}: without an exponent or needless zeros. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
