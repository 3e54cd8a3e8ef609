package id.cakupan.render.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Worksheet;

import id.cakupan.model.ProgramVersion;
import id.cakupan.render.IndicatorTables;
import id.cakupan.render.IndicatorTables.Kind;
import id.cakupan.render.Messages;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.render.SafeText;
import id.cakupan.render.ValueTexts;
import id.cakupan.render.view.RegionViews;
import id.cakupan.text.Text;

/**
 * Writes {@code OUT/data/indikator.xlsx}: the indicator tables of the CSV files as sheets of the same
 * names and cells, with numbers stored as numbers (so that a spreadsheet shows them in its own
 * language's style, {@code 708.000} and {@code 35,45} in Indonesian), a frozen, filterable header row,
 * and a sheet that says what the tables are and where the region names come from.
 *
 * <p>Text cells of a workbook are never formulas, so text from the data is only cleaned and
 * shortened as in the CSV files, without the CSV files' leading apostrophe.
 */
public final class IndicatorWorkbookRenderer implements Renderer {

    public static final String FILE = "indikator.xlsx";

    private static final String COUNT_FORMAT = "#,##0";
    private static final String PERCENT_FORMAT = "0.00";
    private static final String PLAIN_FORMAT = "0";
    private static final String DECIMAL_FORMAT = "0.0";

    @Override
    public Text name() {
        return Text.of("render.workbook");
    }

    @Override
    public List<Path> render(RenderContext context) throws IOException {
        Path file = context.outDir().resolve("data").resolve(FILE);
        Files.createDirectories(file.getParent());
        List<IndicatorTables.Table> tables = IndicatorTables.of(context);
        Messages messages = context.messages();
        Xlsx.write(file, context.documentDate().moment(), workbook -> {
            workbook.properties().setTitle(messages.get("workbook.title"));
            for (IndicatorTables.Table table : tables) {
                for (IndicatorTables.Table part : sheets(table, SHEET_ROWS)) {
                    tableSheet(workbook.newWorksheet(part.name()), part);
                }
            }
            aboutSheet(workbook.newWorksheet(messages.get("workbook.about")), context);
        });
        return List.of(file);
    }

    /**
     * Writes a table's sheet as a stream, {@link #CHUNK} rows at a time, so that a table of hundreds of
     * thousands of rows never lies in memory as cells. Columns are sized before any row is written (the
     * sheet states its columns first), so the rows are read twice: once for the widths, once for the
     * cells. Each chunk gets its columns' number formats before it is written; the first chunk, as a
     * whole sheet did, defines them in the order of the columns, which gives the styles their numbers.
     */
    private static void tableSheet(Worksheet sheet, IndicatorTables.Table table) throws IOException {
        List<IndicatorTables.Column> columns = table.columns();
        List<List<Object>> rows = table.rows();
        int[] longest = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            longest[c] = columns.get(c).name().length();
        }
        ValueTexts texts = new ValueTexts(value -> SafeText.clean(value.toString(), RegionViews.TITLE_MAX));
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    longest[c] = Math.max(longest[c], shownLength(number, columns.get(c).kind()));
                } else if (value != null) {
                    longest[c] = Math.max(longest[c], texts.of(value).length());
                }
            }
        }
        Sheets.header(sheet, table.header());
        int last = Math.max(1, rows.size());
        double total = 0;
        String[] formats = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            formats[c] = switch (columns.get(c).kind()) {
                case COUNT, RUPIAH -> COUNT_FORMAT;
                case PERCENT -> PERCENT_FORMAT;
                case DECIMAL -> DECIMAL_FORMAT;
                case PLAIN -> PLAIN_FORMAT;
                case TEXT -> null;
            };
            sheet.width(c, Sheets.width(longest[c]));
            total += Sheets.width(longest[c]);
        }
        // the header row stays in view, and the region's code and name where the table has one
        boolean named = columns.size() > 1 && columns.get(1).name().equals("nama_wilayah");
        int frozen = named ? 2 : 1;
        sheet.freezePane(frozen, 1);
        sheet.setAutoFilter(0, 0, last, columns.size() - 1);
        Sheets.printLandscape(sheet, total, frozen, true);
        for (int start = 0; start < rows.size(); start += CHUNK) {
            int end = Math.min(rows.size(), start + CHUNK);
            for (int i = start; i < end; i++) {
                List<Object> row = rows.get(i);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(i + 1, c, number);
                    } else if (value != null) {
                        sheet.value(i + 1, c, texts.of(value));
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                if (formats[c] != null) {
                    sheet.range(start + 1, c, end, c).style().format(formats[c]).set();
                }
            }
            sheet.flush();
        }
        sheet.finish();
    }

    /** The rows a sheet holds below its header: a worksheet has 1,048,576 rows at most. */
    static final int SHEET_ROWS = 1_048_575;

    /**
     * A table as the sheets that hold it: itself when its rows fit one sheet, otherwise parts of
     * {@code limit} rows each, named after the table with their number ("indikator_rentan (2)"), each
     * with the header, so that a national table larger than a worksheet is split rather than refused.
     */
    static List<IndicatorTables.Table> sheets(IndicatorTables.Table table, int limit) {
        List<List<Object>> rows = table.rows();
        if (rows.size() <= limit) {
            return List.of(table);
        }
        List<IndicatorTables.Table> parts = new ArrayList<>();
        for (int start = 0, part = 1; start < rows.size(); start += limit, part++) {
            parts.add(new IndicatorTables.Table(table.name() + " (" + part + ")", table.columns(),
                    rows.subList(start, Math.min(rows.size(), start + limit))));
        }
        return parts;
    }

    /** Rows of a table sheet written at a time. */
    private static final int CHUNK = 4096;

    /** The characters a number takes as a spreadsheet shows it, for the column's width: counts and rupiah with separators. */
    private static int shownLength(Number number, Kind kind) {
        String shown = number instanceof BigDecimal d ? d.toPlainString() : number.toString();
        return kind == Kind.COUNT || kind == Kind.RUPIAH ? Sheets.groupedLength(shown) : shown.length();
    }

    /**
     * Lines a wrapped text takes in a column this many characters wide (at about one and a quarter
     * characters of text per character of column width).
     */
    private static int lines(String text, int width) {
        return Math.max(1, (int) Math.ceil(text.length() * 0.8 / width));
    }

    /** What the workbook is: title, date of the data, one line per sheet, the input files, the credit line. */
    private static void aboutSheet(Worksheet sheet, RenderContext context) {
        Messages messages = context.messages();
        var source = context.indicators().source();
        sheet.value(0, 0, messages.get("workbook.title"));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.rowHeight(0, 22);
        sheet.value(1, 0, messages.get("workbook.intro", context.formats().month(context.indicators().period())));
        sheet.range(1, 0, 1, 1).style().wrapText(true).verticalAlignment("top").merge().set();
        sheet.rowHeight(1, 15 * lines(sheet.value(1, 0).toString(), 120));
        int r = 3;
        sheet.value(r, 0, messages.get("workbook.sheet"));
        sheet.value(r, 1, messages.get("workbook.contents"));
        sheet.range(r, 0, r, 1).style().bold().fillColor(Sheets.HEADER_FILL).set();
        r++;
        List<String> keys = List.of("tables.regions", "tables.vulnerable", "tables.budgets", "tables.regulations",
                "tables.sharing");
        List<String> sheets = List.of(IndicatorTables.REGIONS, IndicatorTables.VULNERABLE, IndicatorTables.BUDGETS,
                IndicatorTables.REGULATIONS, IndicatorTables.SHARING);
        for (int i = 0; i < keys.size(); i++) {
            String text = messages.get(keys.get(i));
            // the bundle's line names the CSV file first ("indikator_wilayah.csv: …"); the sheet has its own cell
            int colon = text.indexOf(": ");
            sheet.value(r, 0, sheets.get(i));
            sheet.value(r, 1, colon < 0 ? text : text.substring(colon + 2));
            sheet.style(r, 1).wrapText(true).verticalAlignment("top").set();
            sheet.rowHeight(r, 15 * lines(sheet.value(r, 1).toString(), 100));
            sheet.style(r, 0).verticalAlignment("top").set();
            r++;
        }
        r++;
        sheet.value(r++, 0, messages.get("tables.fingerprint", source.fingerprint()));
        sheet.value(r++, 0, messages.get("tables.inputs"));
        for (var input : source.inputFiles()) {
            sheet.value(r, 0, input.name());
            sheet.value(r++, 1, input.sha256());
        }
        r++;
        sheet.value(r++, 0, messages.get("tables.program", ProgramVersion.version()));
        sheet.value(r, 0, messages.get("credit.regions"));
        sheet.style(r, 0).italic().set();
        sheet.width(0, 24);
        sheet.width(1, 100);
        Sheets.printLandscape(sheet, 124, 0, false);
    }
}
