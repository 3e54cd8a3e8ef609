package id.cakupan.load;

import java.util.Map;

import id.cakupan.model.SourceRef;
import id.cakupan.text.Text;

/**
 * Where rows come from, as the messages name it: a CSV file by line and column name
 * ({@code data/kepesertaan.csv:14: kolom peserta_aktif: …}) or a sheet of a workbook by cell
 * ({@code data/cakupan.xlsx [kepesertaan] D14: …}). {@link Row} applies the same rules to both;
 * the source only names places and says how its text is written.
 */
sealed interface RowSource {

    /** The file as the user should see it, or the workbook and sheet: {@code data/cakupan.xlsx [target]}. */
    String name();

    /** How numbers, months and dates are written in the text of its cells. */
    Dialect dialect();

    /** A problem at a cell of a row, or with the row as a whole when {@code column} is null. */
    DataError error(int line, String column, Text message);

    /** A cell read with a correction (see {@link ErrorSink#corrected}). */
    void corrected(ErrorSink sink, int line, String column, Text message);

    SourceRef ref(int line);

    /** The row as another message names it: {@code baris 3} ({@code line 3}, or {@code row 3} of a sheet). */
    Text place(int line);

    /** A CSV file: places are lines, columns are named by their header. */
    record CsvSource(String name, Dialect dialect) implements RowSource {

        @Override
        public DataError error(int line, String column, Text message) {
            return new DataError(name, line, column, message);
        }

        @Override
        public void corrected(ErrorSink sink, int line, String column, Text message) {
            sink.corrected(name, line, column, message);
        }

        @Override
        public SourceRef ref(int line) {
            return new SourceRef(name, line);
        }

        @Override
        public Text place(int line) {
            return Text.of("load.line", line);
        }
    }

    /**
     * A sheet: places are cells, named by the column's letter and the row's number as Excel shows
     * them; the text of its cells is written as the contract says, since numbers and dates come typed.
     *
     * @param letters the letter of each column read, by its header name
     */
    record SheetSource(String name, Map<String, String> letters) implements RowSource {

        @Override
        public Dialect dialect() {
            return Dialect.CONTRACT;
        }

        @Override
        public DataError error(int line, String column, Text message) {
            return DataError.inSheet(name, line, column == null ? null : letters.get(column), message, true);
        }

        @Override
        public void corrected(ErrorSink sink, int line, String column, Text message) {
            sink.corrected(name, line, letters.get(column), message, true);
        }

        @Override
        public SourceRef ref(int line) {
            return new SourceRef(name, line, true);
        }

        @Override
        public Text place(int line) {
            return Text.of("load.row", line);
        }
    }
}
