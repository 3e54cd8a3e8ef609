package id.cakupan.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRDataSource;
import org.jfree.chart.JFreeChart;

import id.cakupan.render.Messages;
import id.cakupan.render.chart.RankingChart;
import id.cakupan.render.view.RankingView;
import id.cakupan.render.view.RegionView;
import id.cakupan.render.view.SharingView;
import id.cakupan.render.view.Table;

/**
 * The slides of a region's deck, in order, from its {@link RegionView}: title, key figures, where
 * it stands, the ranking (over several slides when long), the trend, vulnerable workers, budgets, a
 * province's budget sharing, regulations, what is still needed and where (the effort its regencies need),
 * and the data notes. A slide whose content the data lack is left
 * out; a long table or ranking continues on the next slide rather than crowding one. Every text is
 * the view's.
 */
final class SlideDeck {

    /** The most bars one ranking slide shows: big enough labels to read from the back of a room. */
    static final int RANKING_BARS = 13;
    /** The most rows one table slide shows. */
    static final int TABLE_ROWS = 7;
    /** The most slides a table takes; the briefing and the indicator tables have the rest. */
    static final int TABLE_SLIDES = 2;
    /** Tiles in a row of a tiles slide; a slide of more has two rows, as the key figures. */
    static final int TILES_PER_ROW = 3;
    /** How much larger than in a briefing a chart is drawn on a slide, its text included. */
    static final double CHART_SCALE = 1.75;
    /** The categories' chart, with up to thirteen bars and a legend, a little less. */
    static final double CATEGORY_SCALE = 1.6;

    /**
     * One slide, as the template's main rows: {@code kind} chooses its layout ({@code title},
     * {@code cards}, {@code tiles}, {@code chart}, {@code budget}, {@code sharing},
     * {@code regulation}, {@code vulnerable}, {@code effort}, {@code notes}); the other components are what that layout shows, null
     * where it shows nothing.
     */
    record Slide(String kind, String title, String subtitle, JRDataSource tiles, Object chart, String body,
                 JRDataSource rows, String alt) {

        /** A slide without a picture, or whose picture needs no words. */
        Slide(String kind, String title, String subtitle, JRDataSource tiles, Object chart, String body,
              JRDataSource rows) {
            this(kind, title, subtitle, tiles, chart, body, rows, null);
        }

        /** A chart slide; {@code alt} says what the chart shows, for a reader who cannot see it. */
        static Slide chart(String title, String subtitle, Object chart, String alt) {
            return new Slide("chart", title, subtitle, null, chart, null, null, alt);
        }

        static Slide of(String kind, String title) {
            return new Slide(kind, title, null, null, null, null, null);
        }
    }

    private final Messages messages;

    SlideDeck(Messages messages) {
        this.messages = messages;
    }

    List<Slide> slides(RegionView view) {
        List<Slide> slides = new ArrayList<>();
        slides.add(Slide.of("title", messages.get("slides.title")));
        slides.add(new Slide("cards", messages.get("section.keyFigures"), view.partialNotice(),
                StrictRows.of(RegionView.Card.class, view.cards()), null, null, null));
        if (!view.standing().isEmpty()) {
            slides.add(new Slide("tiles", messages.get("slide.standing.title"), null,
                    StrictRows.of(RegionView.Card.class, view.standing()), null, null, null));
        }
        ranking(view.ranking(), slides);
        slides.add(Slide.chart(messages.get("section.trend"), view.trend().chartTitle(),
                enlarged(view.trend().chart(false)), view.trend().description()));
        var vulnerable = view.vulnerable();
        JFreeChart categories = vulnerable.chart();
        if (categories != null) {
            // the figures of the summary are the key figures' and the table's that follow: the chart gets the room
            slides.add(Slide.chart(messages.get("section.vulnerable"), vulnerable.chartTitle(),
                    ChartRenderable.enlarged(categories, CATEGORY_SCALE), vulnerable.description()));
        }
        table("vulnerable", messages.get("slides.vulnerableTable"), vulnerable.largest(), "slides.rowsLargest",
                TableRows.VulnerableRow.class, TableRows.VulnerableRow::of, slides);
        table("budget", messages.get("section.budget"), view.nearBudgets(), "slides.rowsShown", TableRows.BudgetRow.class,
                TableRows.BudgetRow::of, slides);
        SharingView sharing = view.sharing();
        if (sharing.sharing() != null) {
            annotated("sharing", messages.get("section.sharing"), sharing.sharing(), sharing.scheme(),
                    TableRows.SharingRow.class, TableRows.SharingRow::of, slides);
        }
        table("regulation", messages.get("section.regulation"), view.regulations(), "slides.rowsShown",
                TableRows.RegulationRow.class,
                TableRows.RegulationRow::of, slides);
        if (!view.needs().isEmpty()) {
            // with the pace and the projection the needs are two rows of three, as the key figures
            String kind = view.needs().size() > TILES_PER_ROW ? "cards" : "tiles";
            slides.add(new Slide(kind, messages.get("slide.needs.title"), null,
                    StrictRows.of(RegionView.Card.class, view.needs()), null, null, null));
        }
        if (sharing.effort() != null) {
            annotated("effort", messages.get("section.effort"), sharing.effort(), sharing.effortNote(),
                    TableRows.EffortRow.class, TableRows.EffortRow::of, slides);
        }
        List<String> notes = new ArrayList<>(view.warnings());
        notes.addAll(view.notes());
        notes.add(view.credit());
        slides.add(new Slide("notes", messages.get("slides.notes"), null, null, null,
                BriefingParameters.styledList(notes), null));
        return slides;
    }

    /** The ranking's bars, a slide for each run of at most {@link #RANKING_BARS}, all on one axis. */
    private void ranking(RankingView ranking, List<Slide> slides) {
        List<RankingChart.Bar> bars = ranking.bars();
        if (bars.isEmpty()) {
            return;
        }
        int parts = (bars.size() + RANKING_BARS - 1) / RANKING_BARS;
        int each = (bars.size() + parts - 1) / parts;
        for (int from = 0; from < bars.size(); from += each) {
            int to = Math.min(bars.size(), from + each);
            String title = parts == 1 ? ranking.title() : messages.get("slides.rankingPart", ranking.title(),
                    String.valueOf(from + 1), String.valueOf(to), String.valueOf(bars.size()));
            // the target is named above the chart: a label on the line could fall on a bar's figure
            slides.add(Slide.chart(title, ranking.targetLine() == null ? null
                    : messages.get("slides.targetLine", ranking.targetLine()), enlarged(RankingChart.part(bars, from,
                    to, ranking.target(), null, ranking.seriesLabel(), ranking.chartFigures())), ranking.description()));
        }
    }

    /**
     * A table's rows, a slide for each run of at most {@link #TABLE_ROWS}, on at most {@link #TABLE_SLIDES}
     * slides, which then say how many rows they show ({@code shownKey}); none for an empty table.
     */
    private <R extends Record> void table(String kind, String title, Table table, String shownKey, Class<R> type,
                                          Function<TableRows.Cells, R> row, List<Slide> slides) {
        table(kind, title, table, shownKey, null, type, row, slides);
    }

    /** A table's slides with a footnote ({@code body}) under the rows of each: the scheme or the terms it uses. */
    private <R extends Record> void annotated(String kind, String title, Table table, String body, Class<R> type,
                                              Function<TableRows.Cells, R> row, List<Slide> slides) {
        table(kind, title, table, "slides.rowsShown", body, type, row, slides);
    }

    private <R extends Record> void table(String kind, String title, Table table, String shownKey, String body,
                                          Class<R> type, Function<TableRows.Cells, R> row, List<Slide> slides) {
        List<R> all = TableRows.rows(table, row);
        List<R> rows = all.subList(0, Math.min(all.size(), TABLE_ROWS * TABLE_SLIDES));
        String shown = rows.size() == all.size() ? null
                : messages.get(shownKey, String.valueOf(rows.size()), String.valueOf(all.size()));
        int parts = (rows.size() + TABLE_ROWS - 1) / TABLE_ROWS;
        int each = parts == 0 ? 0 : (rows.size() + parts - 1) / parts;
        for (int from = 0; from < rows.size(); from += each) {
            slides.add(new Slide(kind, from == 0 ? title : messages.get("slides.continued", title), shown, null, null,
                    body, StrictRows.of(type, rows.subList(from, Math.min(rows.size(), from + each)))));
        }
    }

    private static Object enlarged(JFreeChart chart) {
        return chart == null ? null : ChartRenderable.enlarged(chart, CHART_SCALE);
    }
}
