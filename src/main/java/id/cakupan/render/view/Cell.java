package id.cakupan.render.view;

import id.cakupan.model.Region;

/**
 * One cell of a {@link Table}: its text as printed, and what it sorts by.
 *
 * @param text   the formatted text, never null: empty where there is nothing to show (a region without
 *               a regulation has no title), the dash of the message bundle where a figure is not known
 * @param sort   the value a reader sorts the column by (a plain number such as {@code 35.45}), or
 *               null to sort by the text
 * @param region the region the cell names, for an output that links to its page; else null
 * @param known  false for a figure that is not known (no coverage without potential, no change without
 *               last year's month): its text is the dash
 */
public record Cell(String text, String sort, Region region, boolean known) {

    public Cell {
        if (text == null) {
            throw new IllegalArgumentException("a cell's text is never null");
        }
    }

    public static Cell of(String text) {
        return new Cell(text, null, null, true);
    }

    public static Cell of(String text, Object sortKey) {
        return new Cell(text, sortKey == null ? null : sortKey.toString(), null, true);
    }

    /** A cell naming a region, for a link to its page. */
    public static Cell naming(String text, Region region) {
        return new Cell(text, null, region, true);
    }

    /**
     * A figure: its text, or {@code dash} when it is not known ({@code text} empty), so that a missing
     * figure never looks like a cell left out.
     */
    public static Cell figure(String text, Object sortKey, String dash) {
        return text.isEmpty() ? new Cell(dash, null, null, false) : of(text, sortKey);
    }
}
