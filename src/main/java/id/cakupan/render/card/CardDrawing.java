package id.cakupan.render.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import id.cakupan.render.BundledFonts;
import id.cakupan.render.chart.Palette;
import id.cakupan.render.view.ShareCard;

/**
 * Draws a {@link ShareCard} with Java2D, antialiased, in DejaVu Sans and the charts' Okabe–Ito
 * colours: a band with the region's name and month, the key figure large, the gap to the target and
 * where the region stands, a small trend, and the source at the foot. Two shapes: a square for chat
 * groups ({@link #square}) and a wide one for link previews ({@link #wide}). Every text is fitted
 * into its box (see {@link CardText}): long names wrap or shrink, never run out of the picture.
 */
final class CardDrawing {

    static final int SQUARE = 1080;
    static final int WIDE_WIDTH = 1200;
    static final int WIDE_HEIGHT = 630;

    private static final Color ON_BAND = Color.WHITE;
    private static final Color SOFT = new Color(0x4A, 0x4A, 0x4A);
    private static final Color FOOT = new Color(0xF1, 0xF3, 0xF5);
    private static final Color FILL = blend(Palette.PRIMARY, Color.WHITE, 0.14);
    private static final Color BAND_TEXT_SOFT = blend(Color.WHITE, Palette.PRIMARY, 0.88);
    /** The lowest top of the trend's scale, in points, for a region whose coverage is near zero. */
    private static final double MIN_SPAN = 4;

    private final Font regular;
    private final Font bold;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);

    CardDrawing() {
        Font normal = BundledFonts.face(BundledFonts.NORMAL);
        Font heavy = BundledFonts.face(BundledFonts.BOLD);
        this.regular = normal != null ? normal : new Font(BundledFonts.FAMILY, Font.PLAIN, 1);
        this.bold = heavy != null ? heavy : new Font(BundledFonts.FAMILY, Font.BOLD, 1);
    }

    /** A picture to draw a square card on: {@value #SQUARE} pixels a side; it may be drawn on again and again. */
    static BufferedImage squareImage() {
        return new BufferedImage(SQUARE, SQUARE, BufferedImage.TYPE_INT_RGB);
    }

    /** A picture to draw a wide card on. */
    static BufferedImage wideImage() {
        return new BufferedImage(WIDE_WIDTH, WIDE_HEIGHT, BufferedImage.TYPE_INT_RGB);
    }

    /** The square card, drawn over whatever {@code image} (see {@link #squareImage}) held; returns it. */
    BufferedImage square(ShareCard card, BufferedImage image) {
        int w = SQUARE;
        int h = SQUARE;
        int m = 72;
        double width = w - 2.0 * m;
        Graphics2D g = start(image);

        // the band: kicker, name, month
        CardText kicker = CardText.fit(card.kicker(), regular, 28, 22, width, 1, frc);
        CardText name = CardText.fitOneLineFirst(card.name(), bold, 64, 54, 40, width, 2, frc);
        CardText month = CardText.fit(card.month(), regular, 34, 26, width, 1, frc);
        double y = 52 + kicker.height(frc, 1.2) + 16 + name.height(frc, 1.08) + 14 + month.height(frc, 1.2) + 44;
        g.setColor(Palette.PRIMARY);
        g.fill(new Rectangle2D.Double(0, 0, w, y));
        double by = draw(g, kicker, m, 52, BAND_TEXT_SOFT, 1.2) + 16;
        by = draw(g, name, m, by, ON_BAND, 1.08) + 14;
        draw(g, month, m, by, ON_BAND, 1.2);
        g.setColor(Palette.ACCENT);
        g.fill(new Rectangle2D.Double(0, y, w, 12));
        double bandBottom = y + 12;

        // the foot: source and credit
        double footTop = foot(g, card, new FootSizes(24, 18, 20, 16, 2, 28, 10, 30), w, h, m, width);

        // the body: figure, what it is, gap, standing; the trend takes the room left, the figure what the rest leaves
        CardText label = CardText.fit(card.figureLabel(), regular, 34, 26, width, 1, frc);
        CardText gap = CardText.fitOneLineFirst(card.gap(), bold, 40, 32, 28, width - 52, 2, frc);
        CardText standing = card.standing() == null ? null
                : CardText.fitOneLineFirst(card.standing(), regular, 36, 30, 26, width, 2, frc);
        CardText trendLabel = card.trendLabel() == null ? null : CardText.fit(card.trendLabel(), regular, 26, 20, width, 1, frc);
        double top = bandBottom + 48;
        double fixed = 22 + label.height(frc, 1.2) + 28 + gap.height(frc, 1.15)
                + (standing == null ? 0 : 14 + standing.height(frc, 1.15))
                + (trendLabel == null ? 0 : 40 + trendLabel.height(frc, 1.2) + 12 + 100) + 32;
        double figureHeight = Math.max(80, Math.min(160, footTop - top - fixed));
        y = figure(g, card.figure(), m, top, width, figureHeight) + 22;
        y = draw(g, label, m, y, SOFT, 1.2) + 28;
        y = gapLine(g, card, gap, m, y, 52);
        if (standing != null) {
            y = draw(g, standing, m, y + 14, Palette.TEXT, 1.15);
        }
        if (trendLabel != null) {
            trend(g, card, trendLabel, m, y + 40, width, footTop - 32 - (y + 40), 24);
        }
        g.dispose();
        return image;
    }

    /**
     * The wide card, {@value #WIDE_WIDTH} × {@value #WIDE_HEIGHT} pixels, the size link previews ask for,
     * drawn over whatever {@code image} (see {@link #wideImage}) held; returns it.
     */
    BufferedImage wide(ShareCard card, BufferedImage image) {
        int w = WIDE_WIDTH;
        int h = WIDE_HEIGHT;
        int m = 56;
        double width = w - 2.0 * m;
        Graphics2D g = start(image);

        CardText month = CardText.fit(card.month(), bold, 26, 20, width / 2, 1, frc);
        double monthWidth = CardText.width(month.lines().get(0), month.font(), frc);
        CardText kicker = CardText.fit(card.kicker(), regular, 24, 18, width - monthWidth - 32, 1, frc);
        CardText name = CardText.fitOneLineFirst(card.name(), bold, 52, 36, 32, width, 2, frc);
        double y = 40 + kicker.height(frc, 1.2) + 14 + name.height(frc, 1.08) + 32;
        g.setColor(Palette.PRIMARY);
        g.fill(new Rectangle2D.Double(0, 0, w, y));
        draw(g, month, w - m - monthWidth, 40 + kicker.ascent(frc) - month.ascent(frc), ON_BAND, 1.2);
        double by = draw(g, kicker, m, 40, BAND_TEXT_SOFT, 1.2) + 14;
        draw(g, name, m, by, ON_BAND, 1.08);
        g.setColor(Palette.ACCENT);
        g.fill(new Rectangle2D.Double(0, y, w, 8));
        double bandBottom = y + 8;

        double footTop = foot(g, card, new FootSizes(19, 15, 16, 13, 1, 18, 6, 18), w, h, m, width);

        boolean trend = card.trendLabel() != null;
        double column = trend ? 560 : width;
        CardText label = CardText.fit(card.figureLabel(), regular, 28, 20, column, 1, frc);
        CardText gap = CardText.fitOneLineFirst(card.gap(), bold, 30, 24, 20, column - 40, 2, frc);
        CardText standing = card.standing() == null ? null
                : CardText.fitOneLineFirst(card.standing(), regular, 26, 22, 19, column, 2, frc);
        double fixed = label.height(frc, 1.2) + 22 + gap.height(frc, 1.15)
                + (standing == null ? 0 : 14 + standing.height(frc, 1.15));
        double top = bandBottom + 36;
        double room = footTop - 30 - top - fixed - 18;
        y = figure(g, card.figure(), m, top, column, Math.max(60, Math.min(120, room))) + 18;
        y = draw(g, label, m, y, SOFT, 1.2) + 22;
        y = gapLine(g, card, gap, m, y, 40);
        if (standing != null) {
            draw(g, standing, m, y + 14, Palette.TEXT, 1.15);
        }
        if (trend) {
            double x = m + column + 48;
            CardText trendLabel = CardText.fit(card.trendLabel(), regular, 22, 16, w - m - x, 1, frc);
            trend(g, card, trendLabel, x, top, w - m - x, footTop - 30 - top, 20);
        }
        g.dispose();
        return image;
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /** Draws lines of text from {@code top}; returns the bottom of the last line. */
    /**
     * The sizes of a card's foot: the source's and the credit's largest and smallest type, the lines each
     * may take, the room above the source, between the two and below the credit, in pixels.
     */
    private record FootSizes(float sourceMax, float sourceMin, float creditMax, float creditMin, int lines, double above,
                        double between, double below) {
    }

    /** Draws the foot, source over credit, at the bottom of a card {@code w} × {@code h}; returns its top. */
    private double foot(Graphics2D g, ShareCard card, FootSizes foot, int w, int h, double m, double width) {
        CardText source = CardText.fit(card.source(), regular, foot.sourceMax(), foot.sourceMin(), width, foot.lines(),
                frc);
        CardText credit = CardText.fit(card.credit(), regular, foot.creditMax(), foot.creditMin(), width, foot.lines(),
                frc);
        double height = foot.above() + source.height(frc, 1.2) + foot.between() + credit.height(frc, 1.2)
                + foot.below();
        double top = h - height;
        g.setColor(FOOT);
        g.fill(new Rectangle2D.Double(0, top, w, height));
        double y = draw(g, source, m, top + foot.above(), Palette.TEXT, 1.2) + foot.between();
        draw(g, credit, m, y, SOFT, 1.2);
        return top;
    }

    private double draw(Graphics2D g, CardText text, double x, double top, Color colour, double spacing) {
        g.setFont(text.font());
        g.setColor(colour);
        double baseline = top + text.ascent(frc);
        double line = text.lineHeight(frc) * spacing;
        for (String s : text.lines()) {
            g.drawString(s, (float) x, (float) baseline);
            baseline += line;
        }
        return top + text.height(frc, spacing);
    }

    /** The key figure, as large as fits the width and {@code maxHeight} (of its digits); returns its bottom. */
    private double figure(Graphics2D g, String figure, double x, double top, double width, double maxHeight) {
        Font font = bold.deriveFont(100f);
        var bounds = font.createGlyphVector(frc, figure).getVisualBounds();
        double scale = Math.min(width / CardText.width(figure, font, frc), maxHeight / bounds.getHeight());
        font = bold.deriveFont((float) (100 * Math.max(0.3, scale)));
        bounds = font.createGlyphVector(frc, figure).getVisualBounds();
        g.setFont(font);
        g.setColor(Palette.TEXT);
        g.drawString(figure, (float) x, (float) (top - bounds.getY()));
        return top + bounds.getHeight();
    }

    /** The gap to the target after a triangle pointing up (reached) or down (not yet); returns its bottom. */
    private double gapLine(Graphics2D g, ShareCard card, CardText gap, double x, double top, double indent) {
        Boolean reached = card.gapReached();
        Color colour = reached == null ? Palette.TEXT : reached ? Palette.PRIMARY : Palette.THIRD;
        if (reached != null) {
            double size = gap.font().getSize2D() * 0.62;
            double cy = top + gap.ascent(frc) * 0.62;
            Path2D triangle = new Path2D.Double();
            if (reached) {
                triangle.moveTo(x, cy + size / 2);
                triangle.lineTo(x + size, cy + size / 2);
                triangle.lineTo(x + size / 2, cy - size / 2);
            } else {
                triangle.moveTo(x, cy - size / 2);
                triangle.lineTo(x + size, cy - size / 2);
                triangle.lineTo(x + size / 2, cy + size / 2);
            }
            triangle.closePath();
            g.setColor(colour);
            g.fill(triangle);
        }
        return draw(g, gap, reached == null ? x : x + indent, top, colour, 1.15);
    }

    /** The small trend: its label, the coverage line over a light area, the target dashed, the last month marked. */
    private void trend(Graphics2D g, ShareCard card, CardText label, double x, double top, double width, double height,
                       float targetSize) {
        double plotTop = draw(g, label, x, top, SOFT, 1.2) + 12;
        CardText targetLabel = card.targetLine() == null ? null
                : CardText.fit(card.targetLine(), regular, targetSize, targetSize - 6, width / 2, 1, frc);
        double labelRoom = targetLabel == null ? 0 : targetLabel.height(frc, 1) + 10;
        double plotHeight = top + height - plotTop - labelRoom;
        if (plotHeight < 40) {
            return;
        }
        plotTop += labelRoom;
        List<BigDecimal> coverage = card.coverage();
        List<BigDecimal> target = card.target();
        double max = 0;
        for (List<BigDecimal> values : target == null ? List.of(coverage) : List.of(coverage, target)) {
            for (BigDecimal v : values) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        // from zero, as the area under the line says: a gap to the target or a change over the months
        // looks as large as it is (an axis fitted to the figures made two points look like a crash)
        double low = 0;
        double high = Math.max(max, MIN_SPAN) * 1.1;
        int n = coverage.size();
        double dot = 11;
        double left = x + dot;
        double step = n > 1 ? (width - 2 * dot) / (n - 1) : 0;
        double bottom = plotTop + plotHeight;
        DoubleUnaryOperator yOf = v -> bottom - (v - low) / (high - low) * plotHeight;

        // the area under the line, and the line, broken where a month has no figure
        Path2D line = new Path2D.Double();
        Path2D area = new Path2D.Double();
        boolean open = false;
        double lastX = 0;
        double lastY = 0;
        double startX = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal v = coverage.get(i);
            if (v == null) {
                if (open) {
                    area.lineTo(lastX, bottom);
                    area.lineTo(startX, bottom);
                    area.closePath();
                }
                open = false;
                continue;
            }
            double px = left + i * step;
            double py = yOf.applyAsDouble(v.doubleValue());
            if (!open) {
                line.moveTo(px, py);
                area.moveTo(px, bottom);
                area.lineTo(px, py);
                startX = px;
                open = true;
            } else {
                line.lineTo(px, py);
                area.lineTo(px, py);
            }
            lastX = px;
            lastY = py;
        }
        if (open) {
            area.lineTo(lastX, bottom);
            area.lineTo(startX, bottom);
            area.closePath();
        }
        g.setColor(FILL);
        g.fill(area);
        g.setColor(Palette.GRID);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(x, bottom, x + width, bottom));
        g.setColor(Palette.PRIMARY);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);

        if (target != null) {
            Path2D dashed = new Path2D.Double();
            boolean on = false;
            double endX = 0;
            double endY = 0;
            for (int i = 0; i < n; i++) {
                BigDecimal v = target.get(i);
                if (v == null) {
                    on = false;
                    continue;
                }
                double px = left + i * step;
                double py = yOf.applyAsDouble(v.doubleValue());
                if (on) {
                    // a target holds for its year: a step where it changes
                    dashed.lineTo(px - step / 2, endY);
                    dashed.lineTo(px - step / 2, py);
                } else {
                    dashed.moveTo(px - (i == 0 ? dot : step / 2), py);
                }
                dashed.lineTo(px, py);
                on = true;
                endX = px;
                endY = py;
            }
            g.setColor(Palette.TARGET);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {14f, 9f}, 0f));
            g.draw(dashed);
            if (targetLabel != null && on) {
                // at the line's end, left of the last month's dot, on the side away from the coverage line
                double tw = CardText.width(targetLabel.lines().get(0), targetLabel.font(), frc);
                double th = targetLabel.height(frc, 1);
                boolean below = lastX > 0 && lastY < endY;
                double ty = below ? endY + 10 : endY - 10 - th;
                if (below && ty + th > bottom - 4) {
                    ty = endY - 10 - th;
                }
                draw(g, targetLabel, Math.max(x, endX - 2 * dot - 8 - tw), ty, Palette.TARGET, 1);
            }
        }
        if (lastX > 0) {
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(lastX - dot - 3, lastY - dot - 3, 2 * dot + 6, 2 * dot + 6));
            g.setColor(Palette.PRIMARY);
            g.fill(new Ellipse2D.Double(lastX - dot, lastY - dot, 2 * dot, 2 * dot));
        }
    }

    private static Color blend(Color a, Color b, double share) {
        return new Color((int) Math.round(a.getRed() * share + b.getRed() * (1 - share)),
                (int) Math.round(a.getGreen() * share + b.getGreen() * (1 - share)),
                (int) Math.round(a.getBlue() * share + b.getBlue() * (1 - share)));
    }
}
