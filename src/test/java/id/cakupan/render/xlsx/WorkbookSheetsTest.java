package id.cakupan.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cakupan.render.IndicatorTables;
import id.cakupan.render.IndicatorTables.Column;
import id.cakupan.render.IndicatorTables.Kind;

/** A table with more rows than a worksheet holds is split over numbered sheets, none lost. */
class WorkbookSheetsTest {

    private static IndicatorTables.Table table(int rows) {
        List<List<Object>> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(List.of("17.0" + i, i));
        }
        return new IndicatorTables.Table("indikator_rentan",
                List.of(new Column("kode_wilayah", Kind.TEXT), new Column("terlindungi", Kind.COUNT)), list);
    }

    @Test
    void aTableThatFitsIsOneSheetUnderItsOwnName() {
        IndicatorTables.Table table = table(5);
        assertSame(table, IndicatorWorkbookRenderer.sheets(table, 5).get(0));
        assertEquals(1, IndicatorWorkbookRenderer.sheets(table, 5).size());
    }

    @Test
    void aLargerTableIsSplitIntoNumberedSheetsInOrder() {
        List<IndicatorTables.Table> parts = IndicatorWorkbookRenderer.sheets(table(5), 2);
        assertEquals(List.of("indikator_rentan (1)", "indikator_rentan (2)", "indikator_rentan (3)"),
                parts.stream().map(IndicatorTables.Table::name).toList());
        assertEquals(List.of(2, 2, 1), parts.stream().map(part -> part.rows().size()).toList());
        assertEquals(List.of(0, 1, 2, 3, 4),
                parts.stream().flatMap(part -> part.rows().stream()).map(row -> row.get(1)).toList());
        assertEquals(List.of("kode_wilayah", "terlindungi"), parts.get(2).header());
    }
}
