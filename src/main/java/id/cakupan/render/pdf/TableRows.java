package id.cakupan.render.pdf;

import java.util.List;
import java.util.Map;

/**
 * The rows of the tables a briefing embeds, one record per table: the fields of
 * {@code table-*.jrxml} are these records' components, read by {@link StrictRows}. Every cell is the
 * text to print, never null. Made from the rows of {@link id.cakupan.render.ReportTables}, which the
 * dashboard shows too.
 */
final class TableRows {

    private TableRows() {
    }

    /** A sub-region in the ranking ({@code table-ranking.jrxml}). */
    record RankingRow(String rank, String region, String potential, String active, String coverage, String gap,
                      String needed, String change) {
        static RankingRow of(Map<String, ?> cells) {
            Cells c = new Cells(cells);
            return new RankingRow(c.get("rank"), c.get("region"), c.get("potential"), c.get("active"),
                    c.get("coverage"), c.get("gap"), c.get("needed"), c.get("change"));
        }
    }

    /** Vulnerable workers protected in a category by a funder ({@code table-vulnerable.jrxml}). */
    record VulnerableRow(String category, String group, String funder, String workers, String cost) {
        static VulnerableRow of(Map<String, ?> cells) {
            Cells c = new Cells(cells);
            return new VulnerableRow(c.get("category"), c.get("group"), c.get("funder"), c.get("workers"), c.get("cost"));
        }
    }

    /** A paying government's budget in a year ({@code table-budget.jrxml}). */
    record BudgetRow(String payer, String year, String need, String allocated, String spent, String funded,
                     String workerYears) {
        static BudgetRow of(Map<String, ?> cells) {
            Cells c = new Cells(cells);
            return new BudgetRow(c.get("payer"), c.get("year"), c.get("need"), c.get("allocated"), c.get("spent"),
                    c.get("funded"), c.get("workerYears"));
        }
    }

    /** A region's regulation ({@code table-regulation.jrxml}). */
    record RegulationRow(String region, String type, String status, String date, String title) {
        static RegulationRow of(Map<String, ?> cells) {
            Cells c = new Cells(cells);
            return new RegulationRow(c.get("region"), c.get("type"), c.get("status"), c.get("date"), c.get("title"));
        }
    }

    static <R extends Record> List<R> rows(List<Map<String, ?>> cells, java.util.function.Function<Map<String, ?>, R> row) {
        return cells.stream().map(row).toList();
    }

    /** The cells of a row of {@link id.cakupan.render.ReportTables}: a column it does not have is a mistake here. */
    private record Cells(Map<String, ?> cells) {
        String get(String column) {
            Object value = cells.get(column);
            if (value == null) {
                throw new IllegalStateException("no " + column + " in the table row " + cells.keySet());
            }
            return value.toString();
        }
    }
}
