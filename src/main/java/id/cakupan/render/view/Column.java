package id.cakupan.render.view;

/**
 * A column of a {@link Table}.
 *
 * @param key     the name an output's template knows the column by, such as {@code coverage}
 * @param label   the header, in the reader's language
 * @param numeric whether it holds figures (right-aligned, sorted by value)
 */
public record Column(String key, String label, boolean numeric) {
}
