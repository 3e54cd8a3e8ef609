package id.cakupan.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One input CSV read strictly: UTF-8 (a byte-order mark is accepted), RFC 4180, one header row,
 * every row with as many fields as the header. Problems go to the {@link ErrorSink} with the line
 * they start on; rows that cannot be split into fields are left out.
 */
public final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .build();

    private final String name;
    private final String sha256;
    private final List<Row> rows;

    private CsvFile(String name, String sha256, List<Row> rows) {
        this.name = name;
        this.sha256 = sha256;
        this.rows = rows;
    }

    /**
     * Reads a file whose header must hold the required columns (other columns are allowed and
     * ignored). Returns empty when the file cannot be read as a table at all.
     *
     * @param displayName the path as the user should see it in messages, e.g. {@code data/target.csv}
     */
    public static Optional<CsvFile> read(Path path, String displayName, List<String> requiredColumns,
                                         List<String> optionalColumns, ErrorSink sink) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String sha256 = sha256(bytes);
        Optional<String> content = decode(bytes, displayName, sink);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        String text = content.get();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            sink.add(DataError.ofFile(displayName,
                    "the file is empty (expected a header row: " + String.join(",", requiredColumns) + ")"));
            return Optional.empty();
        }
        return new Parser(displayName, text, requiredColumns, optionalColumns, sink).parse()
                .map(rows -> new CsvFile(displayName, sha256, rows));
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    public List<Row> rows() {
        return rows;
    }

    private static Optional<String> decode(byte[] bytes, String displayName, ErrorSink sink) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return Optional.of(decoder.decode(in).toString());
        } catch (CharacterCodingException e) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            sink.add(DataError.at(displayName, line, String.format(
                    "byte 0x%02X is not valid UTF-8 (save the file as \"CSV UTF-8\")", bytes[Math.min(offset, bytes.length - 1)])));
            return Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Splits the decoded text into rows, checking the header and the field count. */
    private static final class Parser {
        private final String file;
        private final String text;
        private final List<String> required;
        private final List<String> optional;
        private final ErrorSink sink;
        private final int[] lineStarts;

        Parser(String file, String text, List<String> required, List<String> optional, ErrorSink sink) {
            this.file = file;
            this.text = text;
            this.required = required;
            this.optional = optional;
            this.sink = sink;
            this.lineStarts = lineStarts(text);
        }

        Optional<List<Row>> parse() throws IOException {
            try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
                long nextLine = 1;
                List<String> header = null;
                List<Row> rows = new ArrayList<>();
                var records = parser.iterator();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        String message = String.valueOf(e.getMessage());
                        sink.add(DataError.at(file, (int) nextLine, message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")
                                ? "text follows a closing quote (a field in quotes must end with the quote, as in \"100\",)"
                                : "a quoted field is never closed (a \" opens a field that does not end)"));
                        return Optional.empty();
                    }
                    int line = lineOf(record.getCharacterPosition());
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (header == null) {
                        header = header(record, line);
                        if (header == null) {
                            return Optional.empty();
                        }
                        continue;
                    }
                    row(record, line, header).ifPresent(rows::add);
                }
                if (header == null) {
                    sink.add(DataError.ofFile(file, "the file is empty (expected a header row: "
                            + String.join(",", required) + ")"));
                    return Optional.empty();
                }
                return Optional.of(rows);
            }
        }

        private List<String> header(CSVRecord record, int line) {
            List<String> names = new ArrayList<>();
            record.forEach(value -> names.add(value.trim()));
            if (names.size() == 1 && names.get(0).contains(";")) {
                sink.add(DataError.at(file, line, "the columns are separated by semicolons (;), expected commas (,):"
                        + " save the sheet as \"CSV (comma delimited)\" or \"CSV UTF-8\""));
                return null;
            }
            boolean ok = true;
            for (int i = 0; i < names.size(); i++) {
                if (names.indexOf(names.get(i)) != i && (required.contains(names.get(i)) || optional.contains(names.get(i)))) {
                    sink.add(DataError.at(file, line, "column " + names.get(i) + " appears twice in the header"));
                    ok = false;
                }
            }
            for (String column : required) {
                if (!names.contains(column)) {
                    sink.add(DataError.at(file, line, "missing column " + column
                            + " (the header has: " + String.join(",", names) + ")"));
                    ok = false;
                }
            }
            return ok ? names : null;
        }

        private Optional<Row> row(CSVRecord record, int line, List<String> header) {
            if (record.size() == 1 && record.get(0).isBlank() || isAllBlank(record)) {
                return Optional.empty();
            }
            if (record.size() != header.size()) {
                sink.add(DataError.at(file, line, "found " + record.size() + " fields, expected "
                        + header.size() + " like the header (" + String.join(",", header) + ")"
                        + (record.size() > header.size() && hasDecimalCommaSplit(record)
                                ? "; a number with a decimal comma? write 35.5, not 35,5" : "")));
                return Optional.empty();
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = record.get(i).trim();
                cells.putIfAbsent(header.get(i), value.isEmpty() ? null : value);
            }
            return Optional.of(new Row(file, line, cells, sink));
        }

        /** Two neighbouring fields of digits, as an unquoted {@code 35,5} splits into. */
        private static boolean hasDecimalCommaSplit(CSVRecord record) {
            for (int i = 1; i < record.size(); i++) {
                if (record.get(i - 1).trim().matches("\\d+") && record.get(i).trim().matches("\\d+")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isAllBlank(CSVRecord record) {
            for (String value : record) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The 1-based line of a character offset, skipping the blank lines the parser passed over. */
        private int lineOf(long position) {
            int offset = (int) position;
            while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
                offset++;
            }
            int index = Arrays.binarySearch(lineStarts, offset);
            return index >= 0 ? index + 1 : -index - 1;
        }

        private static int[] lineStarts(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
