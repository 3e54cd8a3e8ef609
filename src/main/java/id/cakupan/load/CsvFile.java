package id.cakupan.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.cakupan.text.Text;

/**
 * One input CSV read strictly: UTF-8 (a byte-order mark is accepted), RFC 4180, one header row,
 * every row with as many fields as the header. Two files as Excel saves them are read too, each with
 * a note that says so: text that is not UTF-8 but is Windows-1252 (Excel's "CSV (Comma delimited)"),
 * and a file separated by semicolons, Excel's CSV in Indonesian, whose numbers and dates are read
 * in that {@link Dialect}. The file is read as a stream and each row handed
 * on as it is read, so that a file of any size costs only the rows the caller keeps. Problems go
 * to the {@link ErrorSink} with the line they start on; rows that cannot be split into fields are
 * left out. A file that is not CSV text (a workbook, a PDF, UTF-16) is named as what it is.
 */
public final class CsvFile {

    /**
     * The most data rows of a file that are read: ten years of every region's four segments are
     * some 265,000; beyond this a file is refused rather than let run out of memory.
     */
    public static final int MAX_ROWS = 500_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .build();
    private static final CSVFormat SEMICOLON_FORMAT = FORMAT.builder().setDelimiter(';').build();

    private final String name;
    private final String sha256;
    private final int rows;
    private final List<Text> notes;

    private CsvFile(String name, String sha256, int rows, List<Text> notes) {
        this.name = name;
        this.sha256 = sha256;
        this.rows = rows;
        this.notes = List.copyOf(notes);
    }

    /**
     * Reads a file whose header must hold the required columns (other columns are allowed and
     * ignored), handing each data row to {@code rows} as it is read. Returns empty when the file
     * cannot be read as a table at all, or stopped early.
     *
     * @param displayName the path as the user should see it in messages, e.g. {@code data/target.csv}
     * @param maxRows     the most data rows read; beyond them the file is an error
     */
    public static Optional<CsvFile> read(Path path, String displayName, List<String> requiredColumns,
                                         List<String> optionalColumns, int maxRows, ErrorSink sink,
                                         Consumer<Row> rows) throws IOException {
        Charset charset = TextEncoding.of(path);
        MessageDigest digest = newDigest();
        try (InputStream file = Files.newInputStream(path);
             BufferedInputStream in = new BufferedInputStream(new DigestInputStream(file, digest))) {
            in.mark(FileSignature.HEAD);
            byte[] head = new byte[FileSignature.HEAD];
            int length = in.readNBytes(head, 0, head.length);
            in.reset();
            Optional<Text> notText = FileSignature.problem(head, length);
            if (notText.isPresent()) {
                sink.add(DataError.ofFile(displayName, notText.get()));
                return Optional.empty();
            }
            in.skipNBytes(FileSignature.byteOrderMark(head, length));
            List<Text> notes = new ArrayList<>();
            if (!charset.equals(StandardCharsets.UTF_8)) {
                notes.add(Text.of("load.note.windows1252", displayName));
            }
            Dialect dialect = FileSignature.semicolonHeader(head, length) ? Dialect.EXCEL_INDONESIAN : Dialect.CONTRACT;
            if (dialect == Dialect.EXCEL_INDONESIAN) {
                notes.add(Text.of("load.note.excelIndonesian", displayName));
            }
            var source = new RowSource.CsvSource(displayName, dialect);
            Optional<Integer> count = new Parser(source, new TextReader(in, charset), requiredColumns, optionalColumns,
                    maxRows, sink, rows).parse();
            if (count.isEmpty()) {
                return Optional.empty();
            }
            in.transferTo(OutputStreamNull.INSTANCE);
            return Optional.of(new CsvFile(displayName, HexFormat.of().formatHex(digest.digest()), count.get(), notes));
        }
    }

    /** Reads a file with at most {@link #MAX_ROWS} data rows. */
    public static Optional<CsvFile> read(Path path, String displayName, List<String> requiredColumns,
                                         List<String> optionalColumns, ErrorSink sink,
                                         Consumer<Row> rows) throws IOException {
        return read(path, displayName, requiredColumns, optionalColumns, MAX_ROWS, sink, rows);
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    /** How the file was read, where it is not as the contract says: its encoding, its dialect. */
    public List<Text> notes() {
        return notes;
    }

    /** Rows read after the header, right or wrong (blank rows are not counted). */
    public int rowCount() {
        return rows;
    }

    /**
     * Text from a file as a message shows it: on one line, at most {@code max} characters, then an
     * ellipsis, so that a message never repeats a huge cell or header.
     */
    /**
     * Whether a table's rows are about persons (the register, with its {@code nik} column): then
     * no message shows its first line, which is a row of NIKs and names when the header is missing.
     */
    static boolean isPersonal(List<String> required) {
        return required.contains(InputFiles.NIK);
    }

    /**
     * The header of a table of persons as a message shows it: its names when every one is a column
     * of the table, else only how many columns it has.
     */
    static Object privateHeader(List<String> names, List<String> required, List<String> optional) {
        boolean known = names.stream().allMatch(n -> required.contains(n) || optional.contains(n));
        return known ? String.join(",", names) : Text.of("load.register.header.shown", Text.figure(names.size()));
    }

    /** The columns missing from the first line of a table of persons, which is not shown: one message for all. */
    static Text missingPrivate(List<String> missing, List<String> names, List<String> required) {
        return Text.of(missing.size() == 1 ? "load.register.header.missing" : "load.register.header.missingMany",
                DataError.list(missing, "load.and"), Text.figure(names.size()), String.join(",", required));
    }

    static String excerpt(String text, int max) {
        String oneLine = text.replace("\r", "").replace("\n", "\\n");
        return oneLine.length() > max ? oneLine.substring(0, max) + "…" : oneLine;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Discards what is written, to read a file to its end for its checksum. */
    private static final class OutputStreamNull extends OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    /** Splits the text into rows, checking the header and the field count. */
    private static final class Parser {
        /** The header as a message shows it: the first columns, up to about a line of text. */
        private static final int HEADER_SHOWN = 80;

        private final RowSource.CsvSource source;
        private final String file;
        private final TextReader text;
        private final List<String> required;
        private final List<String> optional;
        private final int maxRows;
        private final ErrorSink sink;
        private final Consumer<Row> consumer;
        private List<String> header;
        /** The header as messages show it: its text, or its start and how many columns it has. */
        private Object headerShown;
        /** The header positions of the columns read, and their names. */
        private int[] knownIndexes;
        private String[] knownNames;
        private final Map<Integer, Text> fieldCountMessages = new HashMap<>();

        Parser(RowSource.CsvSource source, TextReader text, List<String> required, List<String> optional,
               int maxRows, ErrorSink sink, Consumer<Row> consumer) {
            this.source = source;
            this.file = source.name();
            this.text = text;
            this.required = required;
            this.optional = optional;
            this.maxRows = maxRows;
            this.sink = sink;
            this.consumer = consumer;
        }

        /** The number of data rows, or empty when the file cannot be read as a table. */
        Optional<Integer> parse() throws IOException {
            long nextLine = 1;
            int count = 0;
            CSVFormat format = source.dialect() == Dialect.EXCEL_INDONESIAN ? SEMICOLON_FORMAT : FORMAT;
            try (CSVParser parser = CSVParser.parse(text, format)) {
                var records = parser.iterator();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        stop(e, nextLine);
                        return Optional.empty();
                    }
                    int line = text.lineOf(record.getCharacterPosition());
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (header == null) {
                        if (!header(record, line)) {
                            return Optional.empty();
                        }
                        continue;
                    }
                    if (isAllBlank(record)) {
                        continue;
                    }
                    if (++count > maxRows) {
                        sink.add(DataError.at(file, line, Text.of("load.file.tooManyRows", Text.figure(maxRows))));
                        return Optional.empty();
                    }
                    row(record, line).ifPresent(consumer);
                }
            } catch (TextReader.StopException e) {
                stop(e, nextLine);
                return Optional.empty();
            }
            if (header == null) {
                sink.add(DataError.ofFile(file, Text.of("load.file.empty", String.join(",", required))));
                return Optional.empty();
            }
            return Optional.of(count);
        }

        /** Reports why the reading stopped: text that is not UTF-8, a row too long, a quote never closed. */
        private void stop(Exception e, long nextLine) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof TextReader.StopException stop) {
                sink.add(DataError.at(file, stop.line() > 0 ? stop.line() : (int) nextLine, stop.text()));
                return;
            }
            String message = String.valueOf(e.getMessage());
            sink.add(DataError.at(file, (int) nextLine, Text.of(message.toLowerCase(Locale.ROOT)
                    .contains("between encapsulated token and delimiter")
                    ? "load.csv.textAfterQuote" : "load.csv.quoteNotClosed")));
        }

        private boolean header(CSVRecord record, int line) {
            List<String> names = new ArrayList<>(record.size());
            record.forEach(value -> names.add(value.trim()));
            if (names.size() == 1 && names.get(0).contains(";")) {
                sink.add(DataError.at(file, line, Text.of("load.csv.semicolons")));
                return false;
            }
            boolean personal = isPersonal(required);
            headerShown = personal ? privateHeader(names, required, optional) : shown(names);
            boolean ok = true;
            Set<String> seen = new HashSet<>();
            Map<String, Integer> known = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                boolean read = required.contains(name) || optional.contains(name);
                if (!seen.add(name) && read) {
                    sink.add(DataError.at(file, line, Text.of("load.header.twice", name)));
                    ok = false;
                }
                if (read) {
                    known.putIfAbsent(name, i);
                }
            }
            List<String> missing = new ArrayList<>();
            for (String column : required) {
                if (!known.containsKey(column)) {
                    missing.add(column);
                    if (!personal) {
                        sink.add(DataError.at(file, line, Text.of("load.header.missing", column, headerShown)));
                    }
                    ok = false;
                }
            }
            if (personal && !missing.isEmpty()) {
                sink.add(DataError.at(file, line, missingPrivate(missing, names, required)));
            }
            if (ok) {
                header = names;
                knownNames = known.keySet().toArray(String[]::new);
                knownIndexes = known.values().stream().mapToInt(Integer::intValue).toArray();
            }
            return ok;
        }

        /** The header's first columns, about a line of text, and how many there are when not all are shown. */
        private static Object shown(List<String> names) {
            String all = String.join(",", names);
            if (all.length() <= HEADER_SHOWN) {
                return all;
            }
            return Text.of("load.header.shown", excerpt(all, HEADER_SHOWN), Text.figure(names.size()));
        }

        private Optional<Row> row(CSVRecord record, int line) {
            if (record.size() != header.size()) {
                boolean decimalComma = record.size() > header.size() && source.dialect() == Dialect.CONTRACT
                        && hasDecimalCommaSplit(record);
                // one message per field count, built once: a file can have millions of such rows
                Text message = fieldCountMessages.computeIfAbsent(decimalComma ? -record.size() : record.size(),
                        k -> Text.of(decimalComma ? "load.row.fields.decimalComma" : "load.row.fields",
                                Text.figure(record.size()), Text.figure(header.size()), headerShown));
                sink.add(DataError.at(file, line, message));
                return Optional.empty();
            }
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (int i = 0; i < knownIndexes.length; i++) {
                String value = record.get(knownIndexes[i]).trim();
                cells.put(knownNames[i], value.isEmpty() ? null : Cell.text(value));
            }
            return Optional.of(new Row(source, line, cells, sink));
        }

        /** Two neighbouring fields of digits, as an unquoted {@code 35,5} splits into. */
        private static boolean hasDecimalCommaSplit(CSVRecord record) {
            for (int i = 1; i < record.size(); i++) {
                if (isDigits(record.get(i - 1).trim()) && isDigits(record.get(i).trim())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isDigits(String text) {
            return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
        }

        private static boolean isAllBlank(CSVRecord record) {
            for (String value : record) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
