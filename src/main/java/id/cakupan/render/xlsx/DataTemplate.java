package id.cakupan.render.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import id.cakupan.load.DatasetLoader;
import id.cakupan.model.Categories;
import id.cakupan.model.Funder;
import id.cakupan.model.Region;
import id.cakupan.model.RegulationStatus;
import id.cakupan.model.RegulationType;
import id.cakupan.model.Segment;

/**
 * The workbook officials fill in: a sheet "Petunjuk" on how to fill it, then one sheet per input
 * table with the contract's header, a comment on every column, codes and months kept as text,
 * whole numbers without thousands separators (so that a sheet saved as CSV reads back), and a
 * drop-down list on every coded column. Lists longer than Excel's 255 characters for a list written
 * in the rule itself are kept on a hidden sheet "daftar", which also names every region code.
 *
 * @param regions    the region codes offered in the drop-downs, with their names
 * @param rows       the rows to fill in, by sheet name (values: text, numbers, or null for empty)
 * @param guidance   paragraphs about this template's own rows, for "Petunjuk"
 */
public record DataTemplate(List<Region> regions, Categories categories, Map<String, List<List<Object>>> rows,
                           List<String> guidance) {

    public static final String GUIDE_SHEET = "Petunjuk";
    public static final String LIST_SHEET = "daftar";
    /** The most characters Excel takes in a list written into the validation rule itself. */
    static final int INLINE_LIST_MAX = 255;
    private static final String TEXT_FORMAT = "@";
    private static final String WHOLE_FORMAT = "0";

    /** Writes the template to {@code file}, atomically. */
    public void write(Path file, ZonedDateTime created) throws IOException {
        Xlsx.writeAtomically(file, created, this::fill);
    }

    /** The sheet names of the input tables, in the workbook's order. */
    public static List<String> tableSheets() {
        return InputSheets.ALL.stream().map(InputSheets.Sheet::name).toList();
    }

    private void fill(Workbook workbook) throws IOException {
        workbook.properties().setTitle("Templat data Cakupan");
        Guide.write(workbook.newWorksheet(GUIDE_SHEET), guidance, regions);
        List<Worksheet> sheets = new ArrayList<>();
        for (InputSheets.Sheet spec : InputSheets.ALL) {
            sheets.add(workbook.newWorksheet(spec.name()));
        }
        Lists lists = new Lists(workbook.newWorksheet(LIST_SHEET));
        for (int i = 0; i < sheets.size(); i++) {
            tableSheet(sheets.get(i), InputSheets.ALL.get(i), lists);
        }
        lists.finish();
        workbook.setActiveTab(0);
    }

    private void tableSheet(Worksheet sheet, InputSheets.Sheet spec, Lists lists) {
        List<InputSheets.Field> fields = spec.fields();
        Sheets.header(sheet, spec.header());
        int[] longest = new int[fields.size()];
        for (int c = 0; c < fields.size(); c++) {
            sheet.comment(0, c, fields.get(c).meaning());
            longest[c] = fields.get(c).name().length();
        }
        int r = 1;
        for (List<Object> row : rows.getOrDefault(spec.name(), List.of())) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
                longest[c] = Math.max(longest[c], value == null ? 0 : plain(value).length());
            }
            r++;
        }
        int last = Worksheet.MAX_ROWS - 1;
        for (int c = 0; c < fields.size(); c++) {
            InputSheets.Field field = fields.get(c);
            String format = switch (field.kind()) {
                case TEXT -> TEXT_FORMAT;
                case WHOLE -> WHOLE_FORMAT;
                case DECIMAL -> null;
            };
            if (format != null) {
                // the column's format applies to what is typed later, the cells' to the rows filled in here
                sheet.style(c).format(format).set();
                if (r > 1) {
                    sheet.range(1, c, r - 1, c).style().format(format).set();
                }
            }
            lists.validate(sheet, c, last, field.choice(), choices(field.choice()));
            sheet.width(c, Sheets.width(Math.min(longest[c], 50)));
        }
        sheet.freezePane(0, 1);
        Sheets.printLandscape(sheet, 100, 0, true);
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** The values a coded column offers. */
    private List<String> choices(InputSheets.Choice choice) {
        return switch (choice) {
            case NONE -> List.of();
            case REGION -> regions.stream().map(Region::code).toList();
            case SEGMENT -> names(Segment.values());
            case FUNDER -> names(Funder.values());
            case CATEGORY -> categories.categories().stream().map(c -> c.code()).toList();
            case GROUP -> categories.groups().stream().map(g -> g.code()).toList();
            case TARGET_SOURCE -> List.of("BPJSTK", "RPJMN", "RKP", "RPJMD");
            case REGULATION_TYPE -> names(RegulationType.values());
            case STATUS -> names(RegulationStatus.values());
            case PARAMETER -> DatasetLoader.KNOWN_PARAMETERS;
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The drop-down lists: written into the rule when short enough, else onto the hidden sheet. */
    private final class Lists {
        private final Worksheet sheet;
        private int nextColumn = 2;

        Lists(Worksheet sheet) {
            this.sheet = sheet;
            Sheets.header(sheet, List.of("kode_wilayah", "nama_wilayah"));
            for (int i = 0; i < regions.size(); i++) {
                sheet.value(i + 1, 0, regions.get(i).code());
                sheet.value(i + 1, 1, regions.get(i).name());
            }
            sheet.width(0, 14);
            sheet.width(1, 40);
        }

        void validate(Worksheet target, int column, int lastRow, InputSheets.Choice choice, List<String> values) {
            if (values.isEmpty()) {
                return;
            }
            String inline = String.join(",", values);
            String formula;
            if (choice == InputSheets.Choice.REGION) {
                formula = LIST_SHEET + "!$A$2:$A$" + (values.size() + 1);
            } else if (inline.length() <= INLINE_LIST_MAX) {
                // fastexcel writes the formula as it is into the XML
                formula = "&quot;" + inline + "&quot;";
            } else {
                int c = nextColumn++;
                sheet.value(0, c, choice.name().toLowerCase(Locale.ROOT));
                for (int i = 0; i < values.size(); i++) {
                    sheet.value(i + 1, c, values.get(i));
                }
                String letter = String.valueOf((char) ('A' + c));
                formula = LIST_SHEET + "!$" + letter + "$2:$" + letter + "$" + (values.size() + 1);
            }
            // a closed list refuses other values; regions, categories, groups and target sources may go
            // beyond the list offered (another province, a category of one's own), so they only warn
            boolean closed = switch (choice) {
                case SEGMENT, FUNDER, REGULATION_TYPE, STATUS, PARAMETER -> true;
                default -> false;
            };
            target.range(1, column, lastRow, column).validateWithListByFormula(formula)
                    .allowBlank(true).showDropdown(true)
                    .errorStyle(closed ? DataValidationErrorStyle.STOP : DataValidationErrorStyle.WARNING)
                    .showErrorMessage(true)
                    .errorTitle("Nilai tidak ada dalam daftar")
                    .error(closed ? "Pilih salah satu nilai dari daftar."
                            : "Nilai ini tidak ada dalam daftar. Lanjutkan hanya bila Anda yakin.");
        }

        void finish() {
            sheet.setVisibilityState(VisibilityState.HIDDEN);
        }
    }
}
