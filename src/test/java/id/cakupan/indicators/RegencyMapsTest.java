package id.cakupan.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Boundary;

/** Outlines projected into a province's box: proportions kept, fitted, simplified. */
class RegencyMapsTest {

    private static double[] square(double lon, double lat, double side) {
        return new double[] {lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side, lon, lat};
    }

    @Test
    void aSquareDegreeIsNarrowedByTheCosineOfItsLatitudeAndFitsTheBox() {
        // one degree square centred on 60° south: a degree of longitude is half a degree of latitude there
        RegencyMap map = RegencyMaps.map(List.of(new Boundary("17.04", List.of(List.of(square(100, -60.5, 1))))));
        assertEquals(RegencyMaps.MAX_HEIGHT, map.height());
        double inner = RegencyMaps.MAX_HEIGHT - 8;
        assertEquals(Math.ceil(inner * Math.cos(Math.toRadians(60)) + 8), map.width(), 1);
        assertEquals("M4 516L" + fmt(4 + inner * Math.cos(Math.toRadians(60))) + " 516 "
                + fmt(4 + inner * Math.cos(Math.toRadians(60))) + " 4 4 4Z", map.areas().get(0).path());
    }

    private static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }

    @Test
    void aWideProvinceTakesTheWidthAndItsHolesArePartOfThePath() {
        double[] hole = {100.4, 0.1, 100.4, 0.4, 100.6, 0.4, 100.6, 0.1, 100.4, 0.1};
        RegencyMap map = RegencyMaps.map(List.of(
                new Boundary("17.01", List.of(List.of(square(100, 0, 1), hole))),
                new Boundary("17.02", List.of(List.of(square(101, 0, 1)), List.of(square(102, 0, 0.5))))));
        assertEquals(RegencyMaps.WIDTH, map.width());
        assertEquals(Math.ceil(592 / 2.5 + 8), map.height(), 1);
        assertEquals(List.of("17.01", "17.02"), map.areas().stream().map(RegencyMap.Area::code).toList());
        assertEquals(2, map.areas().get(0).path().chars().filter(c -> c == 'M').count(), "outer ring and hole");
        assertEquals(2, map.areas().get(1).path().chars().filter(c -> c == 'M').count(), "two parts");
        // the name goes in the widest stretch of the largest part: the square of 17.02, not its islet
        RegencyMap.Area second = map.areas().get(1);
        assertEquals(4 + 1.5 * 592 / 2.5, second.labelX(), 0.5);
        assertEquals(592 / 2.5, second.room(), 0.5);
    }

    @Test
    void pointsOnAStraightLineOrCloserThanTheDrawingShowsAreDropped() {
        double[] ring = {0, 0, 5, 0.01, 10, 0, 10, 10, 5, 10.2, 0, 10, 0, 0};
        assertArrayEquals(new double[] {0, 0, 10, 0, 10, 10, 0, 10}, RegencyMaps.simplify(ring));
        double[] sharp = {0, 0, 5, 2, 10, 0, 10, 10, 0, 10, 0, 0};
        assertArrayEquals(new double[] {0, 0, 5, 2, 10, 0, 10, 10, 0, 10}, RegencyMaps.simplify(sharp));
    }

    @Test
    void onlyProvincesWithPagesGetAMap() {
        List<Boundary> outlines = List.of(new Boundary("17.04", List.of(List.of(square(103, -4.9, 0.5)))),
                new Boundary("71.01", List.of(List.of(square(124, 1, 0.5)))));
        Map<String, RegencyMap> maps = RegencyMaps.of(outlines, ReferenceRegions.catalog(), Set.of("17"));
        assertEquals(Set.of("17"), maps.keySet());
        assertTrue(maps.get("17").areas().stream().allMatch(a -> a.code().startsWith("17.")));
    }
}
