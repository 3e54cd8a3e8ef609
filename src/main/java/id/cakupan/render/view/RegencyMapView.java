package id.cakupan.render.view;

import java.util.List;

import id.cakupan.model.Region;

/**
 * A province's regencies/cities on a map drawn from the user's boundary file, coloured by coverage in
 * the bands of the national map ({@link CoverageBands}), every text already formatted.
 *
 * @param title       the map's heading, and its text alternative's title
 * @param description what the map shows, for readers who cannot see it
 * @param width       the drawing box's width, in the units of the paths
 * @param height      the drawing box's height
 * @param areas       the outlines, in code order
 * @param legend      the bands, light to dark, then "no data"
 * @param figures     the text alternative: every regency/city of the province in the data (by
 *                    ranking) and every other one drawn, with its coverage and band, or "no outline"
 * @param caption     where the outlines come from
 */
public record RegencyMapView(String title, String description, int width, int height, List<Area> areas,
                             List<LegendItem> legend, Table figures, String caption) {

    /**
     * One regency/city drawn.
     *
     * @param path   its outline as SVG path data, drawn with the even-odd rule
     * @param colour its band's colour ({@code #08519c}), or the colour of no data
     * @param ink    the colour of a name written on it, legible on {@code colour}
     * @param name   its short name ("Kaur"), written on it where it fits
     * @param label  its name and coverage ("Kaur: 38,61 %"), or "no data"
     * @param region the region, for a link to its page; null when it has no figures in the data
     * @param labelX where its name is centred (see {@link id.cakupan.indicators.RegencyMap.Area})
     * @param labelY the middle of the name's height there
     * @param room   the width there, in the box's units: a name wider than that is not written
     * @param height the height there: a name taller than that (on two lines, say) is not written
     */
    public record Area(String code, String path, String colour, String ink, String name, String label, Region region,
                       double labelX, double labelY, double room, double height) {

        /**
         * Its name on two lines where it has words ("Bengkulu" / "Selatan"), broken at the space nearest
         * its middle, for an area too narrow for it on one; else the name alone.
         */
        public List<String> nameLines() {
            int best = -1;
            for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
                if (best < 0 || Math.abs(name.length() - 2 * i) < Math.abs(name.length() - 2 * best)) {
                    best = i;
                }
            }
            return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
        }
    }

    /** One entry of the legend: a colour and what it stands for ("30 % sampai di bawah 40 %"). */
    public record LegendItem(String colour, String label) {
    }

    public RegencyMapView {
        areas = List.copyOf(areas);
        legend = List.copyOf(legend);
    }
}
