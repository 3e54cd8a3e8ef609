package id.cakupan.render.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import id.cakupan.render.chart.Palette;
import id.cakupan.render.view.RegencyMapView;

/**
 * A province's regency map drawn straight onto the PDF page as vectors: each area filled with its
 * band's colour and outlined in white, its name written on it where it fits. The image element takes
 * the column's width and the height {@link #of} decides ({@code scaleImage="RealHeight"}); the map is
 * centred in it.
 */
final class MapRenderable extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    private static final long serialVersionUID = 1L;

    /** The tallest a map is drawn, in points: with its title, legend and caption it takes half a page. */
    static final int MAX_HEIGHT = 330;
    /** The names on the map: a size smaller than the charts' labels, so that more of them fit. */
    private static final Font LABEL_FONT = Palette.SMALL.deriveFont(7.2f);

    private final int boxWidth;
    private final int boxHeight;
    private final String[] paths;
    private final String[] colours;
    private final String[] inks;
    private final String[] names;
    private final String[][] nameLines;
    private final double[] labels;
    private final int width;
    private final int height;

    private MapRenderable(RegencyMapView map, int width, int height) {
        this.boxWidth = map.width();
        this.boxHeight = map.height();
        List<RegencyMapView.Area> areas = map.areas();
        this.paths = areas.stream().map(RegencyMapView.Area::path).toArray(String[]::new);
        this.colours = areas.stream().map(RegencyMapView.Area::colour).toArray(String[]::new);
        this.inks = areas.stream().map(RegencyMapView.Area::ink).toArray(String[]::new);
        this.names = areas.stream().map(RegencyMapView.Area::name).toArray(String[]::new);
        this.nameLines = areas.stream().map(a -> a.nameLines().toArray(String[]::new)).toArray(String[][]::new);
        this.labels = new double[4 * areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            labels[4 * i] = areas.get(i).labelX();
            labels[4 * i + 1] = areas.get(i).labelY();
            labels[4 * i + 2] = areas.get(i).room();
            labels[4 * i + 3] = areas.get(i).height();
        }
        this.width = width;
        this.height = height;
    }

    /** The map as an image as wide as the column, as tall as its shape asks (at most {@link #MAX_HEIGHT}). */
    static MapRenderable of(RegencyMapView map, int columnWidth) {
        int height = (int) Math.min(MAX_HEIGHT, Math.ceil(columnWidth * (double) map.height() / map.width()));
        return new MapRenderable(map, columnWidth, height);
    }

    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new Dimension(width, height);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double scale = Math.min(area.getWidth() / boxWidth, area.getHeight() / boxHeight);
            double left = area.getX() + (area.getWidth() - boxWidth * scale) / 2;
            double top = area.getY() + (area.getHeight() - boxHeight * scale) / 2;
            AffineTransform place = new AffineTransform(scale, 0, 0, scale, left, top);
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < paths.length; i++) {
                var shape = place.createTransformedShape(path(paths[i]));
                g.setColor(Color.decode(colours[i]));
                g.fill(shape);
                g.setColor(Color.WHITE);
                g.draw(shape);
            }
            g.setFont(LABEL_FONT);
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < names.length; i++) {
                double room = labels[4 * i + 2] * scale - 6;
                List<String> lines = metrics.stringWidth(names[i]) <= room ? List.of(names[i]) : List.of(nameLines[i]);
                double lineHeight = metrics.getAscent() * 1.15;
                if (lines.stream().anyMatch(line -> metrics.stringWidth(line) > room)
                        || lines.size() * lineHeight > labels[4 * i + 3] * scale) {
                    continue;
                }
                g.setColor(Color.decode(inks[i]));
                double y = top + labels[4 * i + 1] * scale + metrics.getAscent() * 0.35 - (lines.size() - 1) * lineHeight / 2;
                for (String line : lines) {
                    g.drawString(line, (float) (left + labels[4 * i] * scale - metrics.stringWidth(line) / 2.0), (float) y);
                    y += lineHeight;
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** The path data the view holds ({@code M x y L x y x y … Z}, absolute moves and lines only), as a shape. */
    static Path2D path(String d) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        int i = 0;
        int n = d.length();
        char command = 'M';
        double[] xy = new double[2];
        int filled = 0;
        while (i < n) {
            char c = d.charAt(i);
            if (c == 'M' || c == 'L') {
                command = c;
                i++;
            } else if (c == 'Z') {
                path.closePath();
                command = 'M';
                i++;
            } else if (c == ' ' || c == ',') {
                i++;
            } else {
                int start = i;
                while (i < n && "0123456789.-eE".indexOf(d.charAt(i)) >= 0) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("not path data at " + start + ": " + d);
                }
                xy[filled++] = Double.parseDouble(d.substring(start, i));
                if (filled == 2) {
                    if (command == 'M') {
                        path.moveTo(xy[0], xy[1]);
                        command = 'L';
                    } else {
                        path.lineTo(xy[0], xy[1]);
                    }
                    filled = 0;
                }
            }
        }
        return path;
    }
}
