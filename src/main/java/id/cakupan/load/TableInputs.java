package id.cakupan.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

import id.cakupan.text.Text;

/**
 * Where each input table of a data folder is given: its CSV file ({@code kepesertaan.csv}), a sheet
 * named like the table in any workbook ({@code cakupan.xlsx}, sheet {@code kepesertaan}), or the first
 * sheet of a workbook named like the table ({@code kepesertaan.xlsx}) unless it has a sheet of that
 * name. Other sheets (the template's {@code Petunjuk} and hidden {@code daftar}, notes) are not tables
 * and are passed over in silence. A table given twice is an error naming both places, and is then not
 * read at all.
 *
 * <p>A sheet holding only its header is a table not filled in, as the template leaves the tables an
 * officer has no data for: it gives way to any other place of the table (a CSV file beside the
 * workbook is no clash), and an optional table given only so is not given (without {@code kategori}
 * the built-in categories apply). A required table given only so stays, to be reported as having no rows.
 */
final class TableInputs {

    /** One place a table is given. */
    sealed interface Input {
        /** As messages name it: {@code data/kepesertaan.csv}, {@code data/cakupan.xlsx [kepesertaan]}. */
        String display();
    }

    record CsvInput(Path path, String display) implements Input {
    }

    /**
     * @param label    the name of the input in the list of files read, {@code cakupan.xlsx [kepesertaan]}
     * @param unfilled whether the sheet holds only its header
     */
    record SheetInput(Path workbook, int index, String display, String label, boolean unfilled) implements Input {
    }

    private final Map<String, List<Input>> byTable = new LinkedHashMap<>();
    /** The sheets named {@code daftar_rentan}: the register may be given in several places. */
    private final List<SheetInput> registerSheets = new ArrayList<>();

    private TableInputs() {
    }

    /** Finds every table's places; a workbook that cannot be opened is an error. */
    static TableInputs find(Path dataDir, ErrorSink errors) throws IOException {
        TableInputs inputs = new TableInputs();
        for (String file : InputFiles.ALL) {
            Path path = dataDir.resolve(file);
            if (Files.exists(path)) {
                inputs.add(file, new CsvInput(path, path.toString()));
            }
        }
        for (Path workbook : workbooks(dataDir)) {
            inputs.addSheets(workbook, errors);
        }
        inputs.byTable.replaceAll(TableInputs::withoutUnfilled);
        inputs.byTable.values().removeIf(List::isEmpty);
        inputs.byTable.forEach((table, places) -> {
            if (places.size() > 1) {
                Object others = DataError.list(places.subList(1, places.size()).stream().map(Input::display).toList(),
                        "load.and");
                errors.add(DataError.ofFile(places.get(0).display(), places.size() == 2
                        ? Text.of("load.table.givenTwice", base(table), others)
                        : Text.of("load.table.givenTimes", base(table), places.size(), others)));
            }
        });
        return inputs;
    }

    /** The one place the table is given; empty when it is not given, or given more than once. */
    Optional<Input> of(String table) {
        List<Input> places = byTable.getOrDefault(table, List.of());
        return places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }

    /** The sheets that give the register of vulnerable workers, by workbook and sheet order. */
    List<SheetInput> registerSheets() {
        return List.copyOf(registerSheets);
    }

    /** The CSV files of the register of vulnerable workers ({@code daftar_rentan*.csv}), by name. */
    static List<Path> registerFiles(Path dataDir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir)) {
            for (Path file : files) {
                String name = String.valueOf(file.getFileName());
                if (name.startsWith(InputFiles.REGISTER_PREFIX) && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    found.add(file);
                }
            }
        }
        found.sort(null);
        return found;
    }

    /** Whether the table is given at all, once or more. */
    boolean isGiven(String table) {
        return byTable.containsKey(table);
    }

    /** The places of a table less its sheets that hold only a header, unless nothing else gives a required table. */
    private static List<Input> withoutUnfilled(String table, List<Input> places) {
        List<Input> filled = places.stream().filter(place -> !(place instanceof SheetInput sheet && sheet.unfilled()))
                .toList();
        if (!filled.isEmpty() || !InputFiles.REQUIRED.contains(table)) {
            return filled;
        }
        return places.subList(0, 1);
    }

    private void add(String table, Input input) {
        byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(input);
    }

    private void addSheets(Path workbook, ErrorSink errors) throws IOException {
        String fileName = workbook.getFileName().toString();
        String named = table(fileName.substring(0, fileName.length() - ".xlsx".length()));
        try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
            List<Sheet> sheets = book.getSheets().toList();
            // a template saved as kepesertaan.xlsx: its sheet kepesertaan is the table, not its first sheet, Petunjuk
            boolean firstIsNamed = named != null && sheets.stream().noneMatch(s -> named.equals(table(s.getName())));
            for (Sheet sheet : sheets) {
                String table = sheet.getIndex() == 0 && firstIsNamed ? named : table(sheet.getName());
                if (InputFiles.REGISTER_PREFIX.equals(sheet.getName().trim().toLowerCase(Locale.ROOT))) {
                    String label = fileName + " [" + sheet.getName() + "]";
                    if (!SheetTable.isUnfilled(sheet, InputFiles.requiredColumns(InputFiles.REGISTER))) {
                        registerSheets.add(new SheetInput(workbook, sheet.getIndex(),
                                workbook + " [" + sheet.getName() + "]", label, false));
                    }
                } else if (table != null) {
                    String label = fileName + " [" + sheet.getName() + "]";
                    add(table, new SheetInput(workbook, sheet.getIndex(), workbook + " [" + sheet.getName() + "]", label,
                            SheetTable.isUnfilled(sheet, InputFiles.requiredColumns(table))));
                }
            }
        } catch (ExcelReaderException | IOException e) {
            // the library's own words (English, and naming the path again) help no officer: what to do does
            errors.add(DataError.ofFile(workbook.toString(), Text.of("load.workbook.unreadable")));
        }
    }

    /** The table a sheet or workbook name stands for ({@code Kepesertaan} → kepesertaan.csv), else null. */
    private static String table(String name) {
        String file = name.trim().toLowerCase(Locale.ROOT) + ".csv";
        return InputFiles.ALL.contains(file) ? file : null;
    }

    /** The workbooks of the folder, by name; Excel's lock files ({@code ~$cakupan.xlsx}) left out. */
    private static List<Path> workbooks(Path dataDir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".")
                        && Files.isRegularFile(file)) {
                    found.add(file);
                }
            }
        }
        found.sort(null);
        return found;
    }

    /** {@code kepesertaan.csv} → {@code kepesertaan}. */
    static String base(String table) {
        return table.substring(0, table.length() - ".csv".length());
    }
}
