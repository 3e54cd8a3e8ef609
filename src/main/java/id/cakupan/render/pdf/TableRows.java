package id.cakupan.render.pdf;

import java.util.List;
import java.util.Map;

/**
 * The rows of the tables a briefing embeds, one record per table: the fields of
 * {@code table-*.jrxml} are these records' components, read by {@link StrictRows}. Every cell is the
 * text to print, never null, and a figure that is not known (no coverage without potential, no
 * change without last year's month, a regulation not yet dated) is the dash of the message bundle
 * ({@code card.dash}, as on the key-figure cards), never a blank that could pass for a cell left out.
 * Made from the rows of {@link id.cakupan.render.ReportTables}, which the dashboard shows too.
 */
final class TableRows {

    private TableRows() {
    }

    /** A sub-region in the ranking ({@code table-ranking.jrxml}). */
    record RankingRow(String rank, String region, String potential, String active, String coverage, String gap,
                      String needed, String change) {
        static RankingRow of(Map<String, ?> cells, String absent) {
            Cells c = new Cells(cells, absent);
            return new RankingRow(c.figure("rank"), c.get("region"), c.figure("potential"), c.figure("active"),
                    c.figure("coverage"), c.figure("gap"), c.figure("needed"), c.figure("change"));
        }
    }

    /** Vulnerable workers protected in a category by a funder ({@code table-vulnerable.jrxml}). */
    record VulnerableRow(String category, String group, String funder, String workers, String cost) {
        static VulnerableRow of(Map<String, ?> cells, String absent) {
            Cells c = new Cells(cells, absent);
            return new VulnerableRow(c.get("category"), c.get("group"), c.get("funder"), c.figure("workers"),
                    c.figure("cost"));
        }
    }

    /** A paying government's budget in a year ({@code table-budget.jrxml}). */
    record BudgetRow(String payer, String year, String need, String allocated, String spent, String funded,
                     String workerYears) {
        static BudgetRow of(Map<String, ?> cells, String absent) {
            Cells c = new Cells(cells, absent);
            return new BudgetRow(c.get("payer"), c.figure("year"), c.figure("need"), c.figure("allocated"),
                    c.figure("spent"), c.figure("funded"), c.figure("workerYears"));
        }
    }

    /** A region's regulation ({@code table-regulation.jrxml}). */
    record RegulationRow(String region, String type, String status, String date, String title) {
        /** A region without any regulation has no type and no title to name: those stay empty. */
        static RegulationRow of(Map<String, ?> cells, String absent) {
            Cells c = new Cells(cells, absent);
            return new RegulationRow(c.get("region"), c.get("type"), c.get("status"), c.figure("date"), c.get("title"));
        }
    }

    /** Rows of a table from {@link id.cakupan.render.ReportTables}' cells, {@code absent} for a figure not known. */
    static <R extends Record> List<R> rows(List<Map<String, ?>> cells, String absent,
                                           java.util.function.BiFunction<Map<String, ?>, String, R> row) {
        return cells.stream().map(cell -> row.apply(cell, absent)).toList();
    }

    /** The cells of a row of {@link id.cakupan.render.ReportTables}: a column it does not have is a mistake here. */
    private record Cells(Map<String, ?> cells, String absent) {
        String get(String column) {
            Object value = cells.get(column);
            if (value == null) {
                throw new IllegalStateException("no " + column + " in the table row " + cells.keySet());
            }
            return value.toString();
        }

        /** A figure, or the text for one not known where the table leaves its cell empty. */
        String figure(String column) {
            String value = get(column);
            return value.isBlank() ? absent : value;
        }
    }
}
