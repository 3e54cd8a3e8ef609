package id.cakupan.render.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table as RFC 4180 CSV (CRLF, quotes only where needed), UTF-8 without byte-order
 * mark, dot decimals and no thousands separators; empty cells for missing values.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row; values are turned into text by {@link #cell(Object)}. */
    void add(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException("row has " + values.length + " cells, header " + header.size());
        }
        List<String> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(cell(value));
        }
        rows.add(row);
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
