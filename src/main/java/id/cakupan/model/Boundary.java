package id.cakupan.model;

import java.util.List;

/**
 * The outline of one regency/city as the user's boundary file gives it ({@code batas_wilayah.geojson}):
 * its polygons, each a list of rings (the outer ring, then its holes), each ring its points as
 * longitude and latitude in turn ({@code lon0, lat0, lon1, lat1, …}, WGS84 degrees).
 *
 * @param code     the regency/city's code, as the region list writes it
 * @param polygons the polygons of every feature of the file with that code
 */
public record Boundary(String code, List<List<double[]>> polygons) {

    public Boundary {
        polygons = List.copyOf(polygons.stream().map(List::copyOf).toList());
    }

    /** How many points the outline has, over every ring. */
    public int points() {
        int points = 0;
        for (List<double[]> polygon : polygons) {
            for (double[] ring : polygon) {
                points += ring.length / 2;
            }
        }
        return points;
    }
}
