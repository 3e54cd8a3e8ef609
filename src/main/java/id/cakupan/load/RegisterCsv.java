package id.cakupan.load;

import static id.cakupan.load.InputFiles.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.cakupan.model.Funder;
import id.cakupan.model.InputFile;
import id.cakupan.text.Text;

/**
 * A register file read fast: a national register has millions of rows, which {@link CsvFile} would
 * read as a map of cells and a {@link Row} each. This reads the bytes as they come (RFC 4180, quotes
 * and line breaks in quotes included) and takes a row whose NIK is 16 digits, whose codes are
 * written as the lists write them and whose months are {@code YYYY-MM} straight to the
 * {@link Register}, without a string or an object, a code being compared with the row before's.
 * Any other row is made a {@link Row} and checked as {@link RegisterReader#accept} checks every row,
 * with the same messages. A file that is not comma-separated UTF-8 text as the contract says (Excel's
 * Indonesian CSV, a workbook...) is left to {@link CsvFile}.
 */
final class RegisterCsv {

    /** Bytes read at a time; a row longer than this is an error. */
    static final int BUFFER = 1 << 20;
    private static final String[] COLUMNS = {NIK, NAME, REGION, CATEGORY, FUNDER, START, END};
    private static final int C_NIK = 0;
    private static final int C_REGION = 2;
    private static final int C_CATEGORY = 3;
    private static final int C_FUNDER = 4;
    private static final int C_START = 5;
    private static final int C_END = 6;

    private final RegisterReader reader;
    private final ErrorSink sink;
    private final String file;
    private final RowSource.CsvSource source;
    private byte[] buffer = new byte[BUFFER];
    private int filled;
    private boolean ended;
    private InputStream in;
    /** The current record: where each field starts and ends in the buffer, and whether it was quoted. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] quoted = new boolean[16];
    private int fields;
    private int line = 1;
    /** The header position of each column read ({@link #COLUMNS} order). */
    private int[] positions;
    private int headerSize;
    private Object headerShown;
    private final Map<Integer, Text> fieldCountMessages = new HashMap<>();
    private final Cache regionCache;
    private final Cache categoryCache;
    private final Cache funderCache;

    /** The value of a column's text: the last text seen, and a map of the texts as the lists write them. */
    private static final class Cache {
        private final Map<String, Integer> values;
        private byte[] last = new byte[0];
        private int lastValue = -1;

        Cache(Map<String, Integer> values) {
            this.values = values;
        }

        /** The index of the text, or -1 when it is not written as the list writes it. */
        int value(byte[] bytes, int from, int to) {
            int length = to - from;
            if (length == last.length && Arrays.equals(bytes, from, to, last, 0, length)) {
                return lastValue;
            }
            last = Arrays.copyOfRange(bytes, from, to);
            lastValue = values.getOrDefault(new String(last, StandardCharsets.UTF_8), -1);
            return lastValue;
        }
    }

    private RegisterCsv(RegisterReader reader, ErrorSink sink, String file) {
        this.reader = reader;
        this.sink = sink;
        this.file = file;
        this.source = new RowSource.CsvSource(file, Dialect.CONTRACT);
        this.regionCache = new Cache(reader.regionIndex());
        this.categoryCache = new Cache(reader.categoryIndex());
        Map<String, Integer> funders = new HashMap<>();
        for (Funder funder : Funder.values()) {
            funders.put(funder.name(), funder.ordinal());
        }
        this.funderCache = new Cache(funders);
    }

    /**
     * Whether the fast reading applies: a file without a signature problem whose header is
     * comma-separated (else {@link CsvFile} reads it, and names its dialect or what it is).
     */
    static boolean applies(Path path) throws IOException {
        byte[] head = new byte[FileSignature.HEAD];
        int length;
        try (InputStream in = Files.newInputStream(path)) {
            length = in.readNBytes(head, 0, head.length);
        }
        return FileSignature.problem(head, length).isEmpty() && !FileSignature.semicolonHeader(head, length);
    }

    /** Reads the file into the reader's register; empty when it cannot be read as a table. */
    static Optional<InputFile> read(Path path, String display, RegisterReader reader, ErrorSink sink)
            throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        RegisterCsv csv = new RegisterCsv(reader, sink, display);
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            csv.in = in;
            Optional<Integer> rows = csv.parse();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            in.transferTo(OutputStream.nullOutputStream());
            return Optional.of(new InputFile(String.valueOf(path.getFileName()), rows.get(),
                    HexFormat.of().formatHex(digest.digest())));
        }
    }

    private Optional<Integer> parse() throws IOException {
        fill();
        int at = FileSignature.byteOrderMark(buffer, filled);
        int rows = 0;
        boolean header = true;
        while (true) {
            int recordLine = line;
            int next = record(at);
            if (next == -2) {
                // the record reaches past the buffer: keep it, read on
                if (ended) {
                    sink.add(DataError.at(file, recordLine, Text.of("load.csv.quoteNotClosed")));
                    return Optional.empty();
                }
                if (at == 0) {
                    sink.add(DataError.at(file, recordLine, Text.of("load.csv.rowTooLong", BUFFER / (1024 * 1024))));
                    return Optional.empty();
                }
                System.arraycopy(buffer, at, buffer, 0, filled - at);
                filled -= at;
                at = 0;
                line = recordLine;
                fill();
                continue;
            }
            if (next == -3) {
                sink.add(DataError.at(file, recordLine, Text.of("load.csv.textAfterQuote")));
                return Optional.empty();
            }
            if (next == -1) {
                break;
            }
            at = next;
            if (isBlank()) {
                continue;
            }
            if (header) {
                if (!header(recordLine)) {
                    return Optional.empty();
                }
                header = false;
                continue;
            }
            rows++;
            row(recordLine);
        }
        if (header) {
            sink.add(DataError.ofFile(file, Text.of("load.file.empty", String.join(",", requiredColumns(REGISTER)))));
            return Optional.empty();
        }
        return Optional.of(rows);
    }

    /** Fills the rest of the buffer from the file. */
    private void fill() throws IOException {
        while (filled < buffer.length && !ended) {
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                ended = true;
            } else {
                filled += read;
            }
        }
    }

    /**
     * Splits the record starting at {@code at} into fields; returns where the next one starts, -1 at
     * the end of the text, -2 when the record goes on past the buffer, -3 for text after a closing quote.
     */
    private int record(int at) {
        if (at >= filled) {
            return ended ? -1 : -2;
        }
        int lines = 0;
        fields = 0;
        int i = at;
        while (true) {
            if (fields == starts.length) {
                starts = Arrays.copyOf(starts, fields * 2);
                ends = Arrays.copyOf(ends, fields * 2);
                quoted = Arrays.copyOf(quoted, fields * 2);
            }
            if (i < filled && buffer[i] == '"') {
                int j = i + 1;
                while (true) {
                    if (j >= filled) {
                        return -2;
                    }
                    byte b = buffer[j];
                    if (b == '"') {
                        if (j + 1 >= filled && !ended) {
                            return -2;
                        }
                        if (j + 1 < filled && buffer[j + 1] == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (b == '\n') {
                        lines++;
                    }
                    j++;
                }
                starts[fields] = i + 1;
                ends[fields] = j;
                quoted[fields] = true;
                fields++;
                i = j + 1;
                if (i < filled && buffer[i] != ',' && buffer[i] != '\n' && buffer[i] != '\r') {
                    return -3;
                }
            } else {
                int j = i;
                while (j < filled && buffer[j] != ',' && buffer[j] != '\n' && buffer[j] != '\r') {
                    j++;
                }
                if (j >= filled && !ended) {
                    return -2;
                }
                starts[fields] = i;
                ends[fields] = j;
                quoted[fields] = false;
                fields++;
                i = j;
            }
            if (i >= filled) {
                line += lines + 1;
                return i;
            }
            if (buffer[i] == ',') {
                i++;
                continue;
            }
            // the end of the line: CRLF, LF or CR
            if (buffer[i] == '\r') {
                if (i + 1 >= filled && !ended) {
                    return -2;
                }
                i += i + 1 < filled && buffer[i + 1] == '\n' ? 2 : 1;
            } else {
                i++;
            }
            line += lines + 1;
            return i;
        }
    }

    private boolean isBlank() {
        for (int f = 0; f < fields; f++) {
            for (int i = starts[f]; i < ends[f]; i++) {
                if (buffer[i] != ' ' && buffer[i] != '\t') {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean header(int at) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            names.add(text(f).trim());
        }
        // the first line of a file without a header is a row of NIKs and names: never shown
        List<String> required = List.of(COLUMNS);
        headerShown = CsvFile.privateHeader(names, required, List.of());
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        List<String> columns = List.of(COLUMNS);
        for (String name : names) {
            if (!seen.add(name) && columns.contains(name)) {
                sink.add(DataError.at(file, at, Text.of("load.header.twice", name)));
                ok = false;
            }
        }
        positions = new int[COLUMNS.length];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            positions[c] = names.indexOf(COLUMNS[c]);
            if (positions[c] < 0) {
                missing.add(COLUMNS[c]);
            }
        }
        if (!missing.isEmpty()) {
            sink.add(DataError.at(file, at, CsvFile.missingPrivate(missing, names, required)));
            ok = false;
        }
        headerSize = names.size();
        return ok;
    }

    private void row(int at) {
        if (fields != headerSize) {
            Text message = fieldCountMessages.computeIfAbsent(fields, k -> Text.of("load.row.fields",
                    Text.figure(fields), Text.figure(headerSize), headerShown));
            sink.add(DataError.at(file, at, message));
            return;
        }
        int nikField = positions[C_NIK];
        long nik = quoted[nikField] ? -1 : digits16(starts[nikField], ends[nikField]);
        int region = code(regionCache, positions[C_REGION]);
        int category = code(categoryCache, positions[C_CATEGORY]);
        int funder = code(funderCache, positions[C_FUNDER]);
        int start = month(positions[C_START]);
        int endField = positions[C_END];
        int end = starts[endField] == ends[endField] ? -1 : month(endField);
        if (nik < 0 || region < 0 || category < 0 || funder < 0 || start < 0 || end < -1
                || !reader.acceptChecked(nik, region, category, funder, start, end, at)) {
            reader.accept(new Row(source, at, cells(), sink));
        }
    }

    /** The index of a code written as its list writes it, else -1. */
    private int code(Cache cache, int field) {
        return quoted[field] ? -1 : cache.value(buffer, starts[field], ends[field]);
    }

    /** 16 ASCII digits as a number, else -1. */
    private long digits16(int from, int to) {
        if (to - from != Nik.DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int d = buffer[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** A month written {@code YYYY-MM} as {@link Nik#monthIndex}, else -2. */
    private int month(int field) {
        int from = starts[field];
        if (quoted[field] || ends[field] - from != 7 || buffer[from + 4] != '-') {
            return -2;
        }
        int year = 0;
        for (int i = from; i < from + 4; i++) {
            int d = buffer[i] - '0';
            if (d < 0 || d > 9) {
                return -2;
            }
            year = year * 10 + d;
        }
        int tens = buffer[from + 5] - '0';
        int ones = buffer[from + 6] - '0';
        if (tens < 0 || tens > 9 || ones < 0 || ones > 9) {
            return -2;
        }
        int month = tens * 10 + ones;
        return month < 1 || month > 12 ? -2 : year * 12 + month - 1;
    }

    /** The text of a field, its doubled quotes made single. */
    private String text(int field) {
        String text = new String(buffer, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        return quoted[field] ? text.replace("\"\"", "\"") : text;
    }

    /** The record as the cells of a {@link Row}: trimmed, null when empty. */
    private Map<String, Cell> cells() {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            String value = text(positions[c]).trim();
            cells.put(COLUMNS[c], value.isEmpty() ? null : Cell.text(value));
        }
        return cells;
    }
}
