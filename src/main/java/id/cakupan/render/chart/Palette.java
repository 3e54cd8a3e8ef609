package id.cakupan.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Locale;

import id.cakupan.render.BundledFonts;

/**
 * Colours, strokes and fonts of every chart: the Okabe–Ito colour-blind-safe palette, chosen so
 * that the series also differ in lightness and line pattern when printed in grey.
 */
public final class Palette {

    /** Main series: dark blue (prints dark grey). */
    public static final Color PRIMARY = new Color(0x00, 0x72, 0xB2);
    /** Highlighted or second series: orange (prints light grey). */
    public static final Color ACCENT = new Color(0xE6, 0x9F, 0x00);
    /** Third series: a dark vermillion (prints mid-dark grey, apart from the light target dashes' black). */
    public static final Color THIRD = new Color(0xB3, 0x4B, 0x00);
    public static final Color MUTED = new Color(0x9A, 0xB8, 0xD0);
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TARGET = Color.BLACK;
    /** The projection that continues the main series: a lighter tint of it. */
    public static final Color PROJECTION = new Color(0x3D, 0x95, 0xC8);
    /** Behind the months a projection covers: the faintest tint of the main series. */
    public static final Color PROJECTED_MONTHS = new Color(0xF1, 0xF6, 0xFA);

    public static final String FONT = BundledFonts.FAMILY;
    public static final Font LABEL = font(9);
    public static final Font SMALL = font(8);
    public static final Font LEGEND = font(9);

    public static final Stroke SOLID = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    /** Short, thick dashes: apart from the target's longer thin black ones and the round dots. */
    public static final Stroke PROJECTED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {3.5f, 2.5f}, 0f);
    public static final Stroke DOTTED = new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {0.5f, 4f}, 0f);

    private Palette() {
    }

    /**
     * DejaVu Sans as the PDFs embed it, from the jar's own file, so that charts measure and draw
     * their text with the font of the reports whatever the machine has installed under that name;
     * looked up by name only when the file cannot be loaded.
     */
    private static Font font(float size) {
        Font bundled = BundledFonts.face(BundledFonts.NORMAL);
        return bundled != null ? new KnownNames(bundled.deriveFont(Font.PLAIN, size))
                : new Font(FONT, Font.PLAIN, Math.round(size));
    }

    /**
     * A font loaded from a file that knows its family and font names. For such a font Java looks the
     * names up in the file's name table on every {@link Font#getFamily()} and
     * {@link Font#getFontName()}, copying the table each time, and the SVG writer asks for the family,
     * the PDF's graphics for the font name, with every piece of text they draw: a fifth of the
     * dashboard's time and 15 % of the PDF charts' went there. The same font in every other respect
     * (it shares the loaded face).
     */
    private static final class KnownNames extends Font {
        private static final long serialVersionUID = 1L;

        private final transient Locale locale = Locale.getDefault();
        private final String family;
        private final String fontName;

        KnownNames(Font font) {
            super(font);
            this.family = font.getFamily(locale);
            this.fontName = font.getFontName(locale);
        }

        /** Equal as fonts are: the names it keeps are the face's own, so they change nothing. */
        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }

        @Override
        public String getFamily() {
            Locale current = Locale.getDefault();
            return current.equals(locale) ? family : super.getFamily(current);
        }

        @Override
        public String getFontName() {
            Locale current = Locale.getDefault();
            return current.equals(locale) ? fontName : super.getFontName(current);
        }
    }
}
