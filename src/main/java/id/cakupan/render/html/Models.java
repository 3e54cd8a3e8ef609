package id.cakupan.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.cakupan.model.Region;
import id.cakupan.render.view.Cell;
import id.cakupan.render.view.Column;
import id.cakupan.render.view.Table;

/** The maps the templates read, made from the view: tables, cells, links. */
final class Models {

    private Models() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> link(String label, String href) {
        return map("label", label, "href", href);
    }

    /**
     * A table as the template reads it: caption, columns (label, whether numeric), rows of cells
     * (text, link, sort key) and the text when there are no rows.
     *
     * @param pages the page of a region a cell names, or null for no link; null for a table without links
     */
    static Map<String, Object> table(Table table, boolean sortable, Function<Region, String> pages) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(map("label", column.label(), "num", column.numeric()));
        }
        List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
        for (Table.Row row : table.rows()) {
            List<Map<String, Object>> cells = new ArrayList<>(row.cells().size());
            for (Cell cell : row.cells()) {
                String href = pages == null || cell.region() == null ? null : pages.apply(cell.region());
                cells.add(map("text", cell.text(), "href", href, "sort", cell.sort()));
            }
            rows.add(map("current", row.current(), "cells", cells));
        }
        return map("caption", table.caption(), "empty", table.empty(), "sortable", sortable, "columns", columns,
                "rows", rows);
    }
}
