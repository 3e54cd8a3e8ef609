package id.cakupan.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableTest {

    private final Table table = new Table.Builder("Peringkat", "Tidak ada data.")
            .column("region", "Wilayah", false).column("coverage", "Cakupan", true).column("change", "Perubahan", true)
            .row(false, Cell.of("Kaur"), Cell.of("35,45 %", "35.45"), Cell.of(""))
            .row(true, Cell.of("Seluma"), Cell.of("30,00 %", "30.00"), Cell.of(""))
            .build();

    @Test
    void aMisspeltColumnIsAnErrorNotABlank() {
        var error = assertThrows(IllegalArgumentException.class, () -> table.cell(table.rows().get(0), "coverag"));
        assertEquals("no column coverag in Peringkat", error.getMessage());
    }

    @Test
    void cellsAreFoundByTheirColumnsKey() {
        assertEquals("30,00 %", table.cell(table.rows().get(1), "coverage").text());
        assertEquals("30.00", table.cell(table.rows().get(1), "coverage").sort());
    }

    @Test
    void anOutputPicksItsColumnsInItsOwnOrder() {
        Table picked = table.select(List.of("coverage", "region"));
        assertEquals(List.of("Cakupan", "Wilayah"), picked.columns().stream().map(Column::label).toList());
        assertEquals(List.of("35,45 %", "Kaur"), picked.rows().get(0).cells().stream().map(Cell::text).toList());
        assertTrue(picked.rows().get(1).current());
    }

    @Test
    void aColumnEmptyInEveryRowIsNotFilled() {
        assertTrue(table.filled("coverage"));
        assertFalse(table.filled("change"));
    }

    @Test
    void aRowMustHaveACellForEveryColumn() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new Table.Builder("T", "").column("a", "A", false).row(false, Cell.of("x"), Cell.of("y")).build());
        assertEquals("T: a row of 2 cells for 1 columns", error.getMessage());
    }
}
