package id.cakupan.render.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.render.IndicatorTables;

/** Cells written without commons-csv are the bytes commons-csv writes for them. */
class CsvTableTest {

    @Test
    void sameBytesAsCommonsCsvOnRandomCells(@TempDir Path temp) throws Exception {
        Random random = new Random(7);
        String alphabet = "aZ09 ,\"\r\n#!-=+@.'\t\u00e9\u2212";
        List<IndicatorTables.Column> columns = List.of(new IndicatorTables.Column("a", IndicatorTables.Kind.TEXT),
                new IndicatorTables.Column("b,c", IndicatorTables.Kind.COUNT),
                new IndicatorTables.Column("d", IndicatorTables.Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < 3_000; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int kind = random.nextInt(5);
                if (kind == 0) {
                    row.add(null);
                } else if (kind == 1) {
                    row.add(random.nextBoolean() ? Long.valueOf(random.nextInt(2_000_000) - 1_000_000)
                            : BigDecimal.valueOf(random.nextInt(20_000) - 10_000, 2));
                } else {
                    StringBuilder text = new StringBuilder();
                    for (int i = random.nextInt(6); i > 0; i--) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    row.add(text.toString());
                }
            }
            rows.add(row);
        }
        Path file = temp.resolve("t.csv");
        CsvTable.write(new IndicatorTables.Table("t", columns, rows), file);

        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(IndicatorTables.Column::name).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::cell).toList());
            }
        }
        assertEquals(expected.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void plainCellsNeedNoQuotes() {
        for (String text : Arrays.asList("17.04", "-0.12", "Kaur", "a b", "x#")) {
            assertEquals(true, CsvTable.plain(text), text);
        }
        for (String text : Arrays.asList("", "#a", " a", "a ", "a,b", "a\"b", "a\nb", "!x")) {
            assertEquals(false, CsvTable.plain(text), text);
        }
    }
}
