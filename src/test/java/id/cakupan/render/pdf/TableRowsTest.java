package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.cakupan.Fixtures;
import id.cakupan.render.view.Cell;
import id.cakupan.render.view.Column;
import id.cakupan.render.view.Table;

/** The PDF tables print the view's cells as they are: a figure not known is its dash, and no template blanks a null. */
class TableRowsTest {

    private static final String DASH = "\u2013";

    private static Table regulations(Cell... cells) {
        List<Column> columns = new ArrayList<>();
        for (String key : List.of("region", "type", "status", "date", "title")) {
            columns.add(new Column(key, key, false));
        }
        return new Table("Regulasi", "Tidak ada data.", columns, List.of(new Table.Row(List.of(cells), false)));
    }

    @Test
    void aRegionWithoutRegulationNamesNoTypeOrTitleButItsMissingDateIsTheDash() {
        Table table = regulations(Cell.of("Kaur"), Cell.of(""), Cell.of("Belum ada"), Cell.figure("", null, DASH),
                Cell.of(""));
        assertEquals(List.of(new TableRows.RegulationRow("Kaur", "", "Belum ada", DASH, "")),
                TableRows.rows(table, TableRows.RegulationRow::of));
    }

    @Test
    void aColumnTheTableDoesNotHaveIsAMistakeNotABlank() {
        Table table = regulations(Cell.of("Kaur"), Cell.of(""), Cell.of("Belum ada"), Cell.of(""), Cell.of(""));
        var error = assertThrows(IllegalArgumentException.class, () -> TableRows.rows(table, TableRows.BudgetRow::of));
        assertEquals("no column payer in Regulasi", error.getMessage());
    }

    @Test
    void noTemplateBlanksANull() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve("report-templates/pdf"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jrxml") || f.toString().endsWith(".jrtx"))
                    .sorted().toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("blankWhenNull=\"true\"")) {
                    offending.add(String.valueOf(file.getFileName()));
                }
            }
        }
        assertEquals(List.of(), offending, "templates with blankWhenNull=\"true\"");
    }
}
