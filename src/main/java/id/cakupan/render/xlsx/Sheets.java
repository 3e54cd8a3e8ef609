package id.cakupan.render.xlsx;

import java.util.List;

import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

/** The look both workbooks share: a header row that stands out, and columns as wide as their content. */
final class Sheets {

    /** Light blue of the header row, dark blue of its bottom rule. */
    static final String HEADER_FILL = "DCE6F1";
    static final String HEADER_RULE = "1F4E79";
    /** Excel's column width is in characters of the default font; beyond this a column gets unwieldy. */
    static final double MAX_WIDTH = 60;

    private Sheets() {
    }

    /** Writes the header row (row 0) in bold on a tinted background with a rule below. */
    static void header(Worksheet sheet, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            sheet.value(0, c, names.get(c));
        }
        sheet.range(0, 0, 0, names.size() - 1).style().bold().fillColor(HEADER_FILL).verticalAlignment("center")
                .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).borderColor(BorderSide.BOTTOM, HEADER_RULE).set();
        sheet.rowHeight(0, 20);
    }

    /**
     * Prints across on A4 with the header row on every page: a table up to about twice a landscape
     * page's width is shrunk to the page's width; a wider one would be unreadably small, so it runs
     * over several pages, each starting with the frozen columns.
     */
    static void printLandscape(Worksheet sheet, double totalWidth, int frozenColumns, boolean repeatHeader) {
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        if (totalWidth <= 240) {
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
        } else if (frozenColumns > 0) {
            sheet.repeatCols(0, frozenColumns - 1);
        }
        if (repeatHeader) {
            sheet.repeatRows(0);
        }
    }

    /** A width for a column whose longest text (header or value, as shown) has this many characters. */
    static double width(int characters) {
        // a little room for the filter button in the header and the cell margins
        return Math.min(MAX_WIDTH, Math.max(8, characters + 3.5));
    }

    /** How many characters a whole number takes with thousands separators: 708000 → 7 ("708.000"). */
    static int groupedLength(String plain) {
        String digits = plain.startsWith("-") ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        int whole = dot < 0 ? digits.length() : dot;
        return plain.length() + (whole - 1) / 3;
    }
}
