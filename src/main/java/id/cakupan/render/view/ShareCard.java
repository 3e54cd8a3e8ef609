package id.cakupan.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A region's figures as a picture to share (a WhatsApp group, a slide, a link preview): the key
 * figure and what puts it in context, every text ready to draw.
 *
 * @param kicker      the line above the name ("Cakupan Jaminan Sosial Ketenagakerjaan")
 * @param name        the region's name, with the extent of a partial sum
 * @param month       the reporting month ("November 2025")
 * @param figure      the coverage ("71,50 %"), or a dash when there is none
 * @param figureLabel what the figure is ("Cakupan kepesertaan")
 * @param gap         how far from the target, with the target ("1,50 poin di atas target 70 % tahun 2025")
 * @param gapReached  whether the target is reached (the gap is drawn in the palette's colour for it), null without target
 * @param standing    where the region stands ("Peringkat 1 dari 10 kabupaten/kota di Provinsi Bengkulu"), or null
 * @param trendLabel  what the small trend shows ("Tren Des 2023 – Nov 2025"), or null when it has under two months
 * @param coverage    the trend's coverage, a value (or null) per month
 * @param target      the trend's target per month, or null when no month has one
 * @param targetLine  the target line's label ("Target 70 %"), or null
 * @param source      the source of the figures and the program
 * @param credit      the attribution of the region codes and names
 * @param alt         the picture described in a sentence, for its text alternative
 */
public record ShareCard(String kicker, String name, String month, String figure, String figureLabel, String gap,
                        Boolean gapReached, String standing, String trendLabel, List<BigDecimal> coverage,
                        List<BigDecimal> target, String targetLine, String source, String credit, String alt) {

    public ShareCard {
        coverage = Collections.unmodifiableList(new ArrayList<>(coverage));
        target = target == null ? null : Collections.unmodifiableList(new ArrayList<>(target));
    }

    /** Every text the card shows, top to bottom (what a reader of the picture reads). */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (String text : new String[] {kicker, name, month, figure, figureLabel, gap, standing, trendLabel, targetLine,
                source, credit}) {
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }
}
