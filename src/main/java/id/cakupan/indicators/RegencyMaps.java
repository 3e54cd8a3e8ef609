package id.cakupan.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.cakupan.model.Boundary;
import id.cakupan.model.RegionCatalog;

/**
 * Projects the regencies' outlines of the boundary file into one {@link RegencyMap} per province:
 * equirectangular, longitudes scaled by the cosine of the province's middle latitude so that shapes
 * keep their proportions, fitted to a box {@link #WIDTH} wide (and at most {@link #MAX_HEIGHT} high),
 * then simplified (Douglas–Peucker) to a tenth of a unit, finer than a screen or a page shows it.
 */
public final class RegencyMaps {

    /** The box's width; a tall province is narrower, to stay within {@link #MAX_HEIGHT}. */
    public static final int WIDTH = 600;
    public static final int MAX_HEIGHT = 520;
    /** Room around the outlines, so that their strokes are not cut. */
    private static final double PAD = 4;
    /** Points nearer than this to the line the simplified ring draws are dropped. */
    private static final double TOLERANCE = 0.35;

    private RegencyMaps() {
    }

    /**
     * @param provinces the provinces to draw (those that have pages); a province none of whose
     *                  regencies has an outline gets no map
     */
    public static Map<String, RegencyMap> of(List<Boundary> boundaries, RegionCatalog catalog, Set<String> provinces) {
        Map<String, List<Boundary>> byProvince = new HashMap<>();
        for (Boundary boundary : boundaries) {
            String province = catalog.get(boundary.code()).parentCode();
            if (provinces.contains(province)) {
                byProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(boundary);
            }
        }
        Map<String, RegencyMap> maps = new HashMap<>();
        byProvince.forEach((province, outlines) -> maps.put(province, map(outlines)));
        return maps;
    }

    static RegencyMap map(Collection<Boundary> outlines) {
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (Boundary boundary : outlines) {
            for (List<double[]> polygon : boundary.polygons()) {
                double[] outer = polygon.get(0);
                for (int i = 0; i < outer.length; i += 2) {
                    west = Math.min(west, outer[i]);
                    east = Math.max(east, outer[i]);
                    south = Math.min(south, outer[i + 1]);
                    north = Math.max(north, outer[i + 1]);
                }
            }
        }
        double k = Math.cos(Math.toRadians((north + south) / 2));
        double spanX = Math.max((east - west) * k, 1e-9);
        double spanY = Math.max(north - south, 1e-9);
        double scale = Math.min((WIDTH - 2 * PAD) / spanX, (MAX_HEIGHT - 2 * PAD) / spanY);
        int width = (int) Math.ceil(spanX * scale + 2 * PAD);
        int height = (int) Math.ceil(spanY * scale + 2 * PAD);
        Projection projection = new Projection(west, north, k * scale, scale);
        List<RegencyMap.Area> areas = new ArrayList<>();
        outlines.stream().sorted(Comparator.comparing(Boundary::code))
                .forEach(b -> areas.add(area(b, projection)));
        return new RegencyMap(width, height, areas);
    }

    /** Longitude and latitude to the box's units. */
    private record Projection(double west, double north, double scaleX, double scaleY) {

        double x(double lon) {
            return PAD + (lon - west) * scaleX;
        }

        double y(double lat) {
            return PAD + (north - lat) * scaleY;
        }
    }

    /**
     * The outline's rings as path data. A ring that simplifies to less than a triangle (an islet
     * smaller than the drawing shows) is left out, unless the outline would then show nothing: then
     * its largest ring is kept as it is.
     */
    private static RegencyMap.Area area(Boundary boundary, Projection projection) {
        StringBuilder d = new StringBuilder();
        double[] largest = null;
        double largestArea = -1;
        List<double[]> largestPart = List.of();
        for (List<double[]> polygon : boundary.polygons()) {
            List<double[]> part = new ArrayList<>();
            for (int r = 0; r < polygon.size(); r++) {
                double[] ring = project(polygon.get(r), projection);
                double[] simplified = simplify(ring);
                if (simplified.length >= 6) {
                    append(d, simplified);
                    part.add(simplified);
                }
                if (r == 0) {
                    double area = Math.abs(area(ring));
                    if (area > largestArea) {
                        largestArea = area;
                        largest = ring;
                        largestPart = part;
                    }
                }
            }
        }
        if (d.length() == 0 && largest != null) {
            append(d, largest);
        }
        double[] label = largestPart.isEmpty() ? centre(largest) : label(largestPart);
        double height = largestPart.isEmpty() ? 0 : height(largestPart, label[0], label[1]);
        return new RegencyMap.Area(boundary.code(), d.toString(), label[0], label[1], label[2], height);
    }

    /**
     * Where a name fits best in a part (its outer ring and holes): of the horizontal lines through
     * its centroid and at a third and two thirds of its height, the widest stretch inside it.
     */
    private static double[] label(List<double[]> part) {
        double[] outer = part.get(0);
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int i = 1; i < outer.length; i += 2) {
            top = Math.min(top, outer[i]);
            bottom = Math.max(bottom, outer[i]);
        }
        double[] best = centre(outer);
        best[2] = 0;
        double centroidY = centroidY(outer);
        for (double y : new double[] {centroidY, top + (bottom - top) / 3, top + 2 * (bottom - top) / 3}) {
            List<Double> crossings = new ArrayList<>();
            for (double[] ring : part) {
                int n = ring.length / 2;
                for (int i = 0; i < n; i++) {
                    int j = (i + 1) % n;
                    double y1 = ring[2 * i + 1];
                    double y2 = ring[2 * j + 1];
                    if (y1 <= y && y < y2 || y2 <= y && y < y1) {
                        double x1 = ring[2 * i];
                        crossings.add(x1 + (y - y1) / (y2 - y1) * (ring[2 * j] - x1));
                    }
                }
            }
            crossings.sort(null);
            for (int i = 0; i + 1 < crossings.size(); i += 2) {
                double width = crossings.get(i + 1) - crossings.get(i);
                if (width > best[2]) {
                    best = new double[] {(crossings.get(i) + crossings.get(i + 1)) / 2, y, width};
                }
            }
        }
        return best;
    }

    /** Twice the distance from a point inside a part to its outline straight above or below, whichever is nearer. */
    private static double height(List<double[]> part, double x, double y) {
        double above = Double.MAX_VALUE;
        double below = Double.MAX_VALUE;
        for (double[] ring : part) {
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double x1 = ring[2 * i];
                double x2 = ring[2 * j];
                if (x1 <= x && x < x2 || x2 <= x && x < x1) {
                    double y1 = ring[2 * i + 1];
                    double crossing = y1 + (x - x1) / (x2 - x1) * (ring[2 * j + 1] - y1);
                    if (crossing <= y) {
                        above = Math.min(above, y - crossing);
                    } else {
                        below = Math.min(below, crossing - y);
                    }
                }
            }
        }
        double nearest = Math.min(above, below);
        return nearest == Double.MAX_VALUE ? 0 : 2 * nearest;
    }

    /** The middle of a ring's bounding box, with no room for a name. */
    private static double[] centre(double[] ring) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int i = 0; i < ring.length; i += 2) {
            left = Math.min(left, ring[i]);
            right = Math.max(right, ring[i]);
            top = Math.min(top, ring[i + 1]);
            bottom = Math.max(bottom, ring[i + 1]);
        }
        return new double[] {(left + right) / 2, (top + bottom) / 2, 0};
    }

    private static double centroidY(double[] ring) {
        double sum = 0;
        double weighted = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
            sum += cross;
            weighted += (ring[2 * i + 1] + ring[2 * j + 1]) * cross;
        }
        return sum == 0 ? centre(ring)[1] : weighted / (3 * sum);
    }

    private static double[] project(double[] ring, Projection projection) {
        double[] xy = new double[ring.length];
        for (int i = 0; i < ring.length; i += 2) {
            xy[i] = projection.x(ring[i]);
            xy[i + 1] = projection.y(ring[i + 1]);
        }
        return xy;
    }

    /** Douglas–Peucker over the ring (its closing point, if repeated, dropped), iteratively. */
    static double[] simplify(double[] ring) {
        int n = ring.length / 2;
        if (n > 1 && ring[0] == ring[2 * n - 2] && ring[1] == ring[2 * n - 1]) {
            n--;
        }
        if (n < 3) {
            return new double[0];
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        // split the closed ring at its point farthest from the first, then simplify both halves
        int far = 0;
        double farthest = -1;
        for (int i = 1; i < n; i++) {
            double dist = Math.hypot(ring[2 * i] - ring[0], ring[2 * i + 1] - ring[1]);
            if (dist > farthest) {
                farthest = dist;
                far = i;
            }
        }
        keep[far] = true;
        int[] stack = new int[2 * n + 4];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = far;
        stack[top++] = far;
        stack[top++] = n;
        while (top > 0) {
            int end = stack[--top];
            int start = stack[--top];
            int endIndex = end % n;
            double ax = ring[2 * start];
            double ay = ring[2 * start + 1];
            double bx = ring[2 * endIndex];
            double by = ring[2 * endIndex + 1];
            int split = -1;
            double max = TOLERANCE;
            for (int i = start + 1; i < end; i++) {
                double dist = distance(ring[2 * i], ring[2 * i + 1], ax, ay, bx, by);
                if (dist > max) {
                    max = dist;
                    split = i;
                }
            }
            if (split >= 0) {
                keep[split] = true;
                stack[top++] = start;
                stack[top++] = split;
                stack[top++] = split;
                stack[top++] = end;
            }
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept < 3) {
            return new double[0];
        }
        double[] result = new double[2 * kept];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                result[j++] = ring[2 * i];
                result[j++] = ring[2 * i + 1];
            }
        }
        return result;
    }

    /** The distance of a point from the segment a–b. */
    private static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static double area(double[] ring) {
        double sum = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
        }
        return sum / 2;
    }

    /** {@code M x y L x y x y … Z}, a tenth of a unit, the same point twice in a row written once. */
    private static void append(StringBuilder d, double[] ring) {
        String lastX = null;
        String lastY = null;
        int written = 0;
        for (int i = 0; i < ring.length; i += 2) {
            String x = round(ring[i]);
            String y = round(ring[i + 1]);
            if (x.equals(lastX) && y.equals(lastY)) {
                continue;
            }
            d.append(written == 0 ? "M" : written == 1 ? "L" : " ").append(x).append(' ').append(y);
            lastX = x;
            lastY = y;
            written++;
        }
        d.append('Z');
    }

    private static String round(double value) {
        long tenths = Math.round(Math.max(0, value) * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + Math.abs(tenths % 10);
    }
}
