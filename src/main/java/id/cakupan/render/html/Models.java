package id.cakupan.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the maps the templates read: tables, cells, links. */
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

    /** A table column: its header and whether it holds numbers (right-aligned, sorted by value). */
    static Map<String, Object> column(String label, boolean numeric) {
        return map("label", label, "num", numeric);
    }

    static Map<String, Object> cell(String text) {
        return map("text", text, "href", null, "sort", null);
    }

    static Map<String, Object> cell(String text, Object sortKey) {
        return map("text", text, "href", null, "sort", sortKey == null ? null : sortKey.toString());
    }

    static Map<String, Object> linkedCell(String text, String href, Object sortKey) {
        return map("text", text, "href", href, "sort", sortKey == null ? null : sortKey.toString());
    }

    /** A table model: caption, columns, rows of cells, the text when there are no rows. */
    static final class Table {
        private final Map<String, Object> model = new LinkedHashMap<>();
        private final List<Map<String, Object>> columns = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();

        Table(String caption, String empty, boolean sortable) {
            model.put("caption", caption);
            model.put("empty", empty);
            model.put("sortable", sortable);
            model.put("columns", columns);
            model.put("rows", rows);
        }

        Table column(String label, boolean numeric) {
            columns.add(Models.column(label, numeric));
            return this;
        }

        Table row(boolean current, List<Map<String, Object>> cells) {
            rows.add(map("current", current, "cells", cells));
            return this;
        }

        Map<String, Object> build() {
            return model;
        }
    }
}
