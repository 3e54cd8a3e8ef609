package id.cakupan.indicators;

import java.util.List;

/**
 * A province's regencies/cities as the user's boundary file draws them, ready to draw: projected into
 * a box of {@code width} × {@code height} units (y downwards) and simplified to what that box shows.
 *
 * @param areas every regency/city of the province that has an outline, by code
 */
public record RegencyMap(int width, int height, List<Area> areas) {

    /**
     * One regency/city's outline.
     *
     * @param path   its rings as SVG path data in the box's units: {@code M x y L x y x y … Z} for each ring
     *               (holes are rings too, drawn with the even-odd rule)
     * @param labelX where a name written on it is centred: the middle of the widest horizontal stretch
     *               inside its largest part
     * @param labelY the baseline's middle height there
     * @param room   how wide that stretch is: a longer name does not fit there
     * @param height how tall a name centred there may be: twice the distance from the point to the
     *               outline above or below it, whichever is nearer
     */
    public record Area(String code, String path, double labelX, double labelY, double room, double height) {
    }

    public RegencyMap {
        areas = List.copyOf(areas);
    }
}
