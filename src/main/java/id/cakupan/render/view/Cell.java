package id.cakupan.render.view;

import id.cakupan.model.Region;

/**
 * One cell of a {@link Table}: its text as printed, and what it sorts by.
 *
 * @param text   the formatted text; empty, never null, where there is nothing to show
 * @param sort   the value a reader sorts the column by (a plain number such as {@code 35.45}), or
 *               null to sort by the text
 * @param region the region the cell names, for an output that links to its page; else null
 */
public record Cell(String text, String sort, Region region) {

    public Cell {
        if (text == null) {
            throw new IllegalArgumentException("a cell's text is never null");
        }
    }

    public static Cell of(String text) {
        return new Cell(text, null, null);
    }

    public static Cell of(String text, Object sortKey) {
        return new Cell(text, sortKey == null ? null : sortKey.toString(), null);
    }
}
