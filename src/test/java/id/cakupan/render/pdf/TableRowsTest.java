package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.cakupan.Fixtures;

/**
 * A figure that is not known is printed as the bundle's dash, never as a blank that could pass for
 * a cell left out: the rows give the text to show, and no template blanks a null.
 */
class TableRowsTest {

    private static final String DASH = "–";

    @Test
    void aFigureNotKnownIsTheDash() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("rank", "");
        cells.put("region", "Bengkulu Selatan");
        cells.put("potential", "0");
        cells.put("active", "0");
        cells.put("coverage", "");
        cells.put("gap", "");
        cells.put("needed", "");
        cells.put("change", "");
        cells.put("code", "17.01");
        assertEquals(new TableRows.RankingRow(DASH, "Bengkulu Selatan", "0", "0", DASH, DASH, DASH, DASH),
                TableRows.RankingRow.of(cells, DASH));
    }

    @Test
    void aRegionWithoutRegulationNamesNoTypeOrTitleButItsMissingDateIsTheDash() {
        Map<String, String> cells = Map.of("region", "Kaur", "type", "", "status", "Belum ada", "date", "", "title", "");
        assertEquals(new TableRows.RegulationRow("Kaur", "", "Belum ada", DASH, ""), TableRows.RegulationRow.of(cells, DASH));
    }

    @Test
    void aColumnTheTableDoesNotHaveIsAMistakeNotABlank() {
        Map<String, String> cells = Map.of("payer", "Provinsi Bengkulu", "year", "2025");
        assertThrows(IllegalStateException.class, () -> TableRows.BudgetRow.of(cells, DASH));
    }

    @Test
    void noTemplateBlanksANull() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve("report-templates/pdf"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jrxml") || f.toString().endsWith(".jrtx"))
                    .sorted().toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("blankWhenNull=\"true\"")) {
                    offending.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), offending, "templates with blankWhenNull=\"true\"");
    }
}
