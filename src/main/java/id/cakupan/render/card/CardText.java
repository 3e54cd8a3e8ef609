package id.cakupan.render.card;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A text fitted into a box: broken into lines at spaces (never at the no-break spaces inside a figure),
 * in the largest size from {@code size} down to {@code minSize} that fits {@code maxLines} lines of
 * {@code width}. What does not fit even at the smallest size is cut with an ellipsis, so that a text
 * never runs out of its box.
 *
 * @param font  the font in its fitted size
 * @param lines the lines, each no wider than the box
 */
record CardText(Font font, List<String> lines) {

    private static final String ELLIPSIS = "…";

    CardText {
        lines = List.copyOf(lines);
    }

    static CardText fit(String text, Font face, float size, float minSize, double width, int maxLines,
                        FontRenderContext frc) {
        for (float s = size; s >= minSize; s -= 2) {
            Font font = face.deriveFont(s);
            List<String> lines = wrap(text, font, width, frc);
            if (lines.size() <= maxLines && lines.stream().allMatch(l -> width(l, font, frc) <= width)) {
                return new CardText(font, lines);
            }
        }
        Font font = face.deriveFont(minSize);
        List<String> lines = new ArrayList<>(wrap(text, font, width, frc));
        boolean cut = lines.size() > maxLines;
        while (lines.size() > maxLines) {
            lines.remove(lines.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            String line = lines.get(i);
            if (width(line, font, frc) > width || last && cut) {
                lines.set(i, shorten(line, font, width, frc));
            }
        }
        return new CardText(font, lines);
    }

    /**
     * Like {@link #fit}, but a text that fits one line at {@code oneLineMin} or larger stays on one
     * line: a sentence reads better a little smaller than broken after its last word.
     */
    static CardText fitOneLineFirst(String text, Font face, float size, float oneLineMin, float minSize, double width,
                                    int maxLines, FontRenderContext frc) {
        for (float s = size; s >= oneLineMin; s -= 2) {
            Font font = face.deriveFont(s);
            if (width(text, font, frc) <= width) {
                return new CardText(font, List.of(text));
            }
        }
        return fit(text, face, size, minSize, width, maxLines, frc);
    }

    /** The line height of the font: its ascent, descent and leading. */
    double lineHeight(FontRenderContext frc) {
        var metrics = font.getLineMetrics("Xg", frc);
        return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    }

    double ascent(FontRenderContext frc) {
        return font.getLineMetrics("Xg", frc).getAscent();
    }

    /** How tall the lines are together, drawn {@code spacing} line heights apart. */
    double height(FontRenderContext frc, double spacing) {
        var metrics = font.getLineMetrics("Xg", frc);
        return metrics.getAscent() + metrics.getDescent() + (lines.size() - 1) * lineHeight(frc) * spacing;
    }

    static double width(String text, Font font, FontRenderContext frc) {
        return font.getStringBounds(text, frc).getWidth();
    }

    /** Greedy line breaking at spaces; a word wider than the box stays whole on its line (the caller checks). */
    private static List<String> wrap(String text, Font font, double width, FontRenderContext frc) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, frc) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest start of the line that fits with an ellipsis after it. */
    private static String shorten(String line, Font font, double width, FontRenderContext frc) {
        for (int end = line.length(); end > 0; end--) {
            String candidate = line.substring(0, end).stripTrailing() + ELLIPSIS;
            if (width(candidate, font, frc) <= width) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }
}
