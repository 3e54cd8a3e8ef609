package id.cakupan.render.pdf;

import java.util.List;
import java.util.function.Function;

import id.cakupan.render.view.Table;

/**
 * The rows of the tables a briefing embeds, one record per table: the fields of
 * {@code table-*.jrxml} are these records' components, read by {@link StrictRows}. Every cell is the
 * view's text, never null: a figure that is not known is the dash of the message bundle, as on the
 * web page.
 */
final class TableRows {

    private TableRows() {
    }

    /** A sub-region in the ranking ({@code table-ranking.jrxml}). */
    record RankingRow(String rank, String region, String potential, String active, String coverage, String gap,
                      String needed, String change) {
        static RankingRow of(Cells c) {
            return new RankingRow(c.get("rank"), c.get("region"), c.get("potential"), c.get("active"),
                    c.get("coverage"), c.get("gap"), c.get("needed"), c.get("change"));
        }
    }

    /** Vulnerable workers protected in a category by a funder ({@code table-vulnerable.jrxml}). */
    record VulnerableRow(String category, String group, String funder, String workers, String cost) {
        static VulnerableRow of(Cells c) {
            return new VulnerableRow(c.get("category"), c.get("group"), c.get("funder"), c.get("workers"),
                    c.get("cost"));
        }
    }

    /** A paying government's budget in a year ({@code table-budget.jrxml}). */
    record BudgetRow(String payer, String year, String need, String allocated, String spent, String funded,
                     String workerYears) {
        static BudgetRow of(Cells c) {
            return new BudgetRow(c.get("payer"), c.get("year"), c.get("need"), c.get("allocated"),
                    c.get("spent"), c.get("funded"), c.get("workerYears"));
        }
    }

    /** A region's regulation ({@code table-regulation.jrxml}); a region without any has no type and no title. */
    record RegulationRow(String region, String type, String status, String date, String title) {
        static RegulationRow of(Cells c) {
            return new RegulationRow(c.get("region"), c.get("type"), c.get("status"), c.get("date"), c.get("title"));
        }
    }

    /**
     * A government's part of its province's premium need ({@code table-sharing.jrxml}): rupiah, and
     * the same as worker-years.
     */
    record SharingRow(String region, String need, String percent, String share, String allocated, String gap,
                      String shareWorkers, String allocatedWorkers, String gapWorkers) {
        static SharingRow of(Cells c) {
            return new SharingRow(c.get("region"), c.get("need"), c.get("percent"), c.get("share"), c.get("allocated"),
                    c.get("gap"), c.get("shareWorkers"), c.get("allocatedWorkers"), c.get("gapWorkers"));
        }
    }

    /** A regency/city short of its target, and the effort it needs ({@code table-effort.jrxml}). */
    record EffortRow(String region, String shortfall, String pace, String monthlyNeed, String effort) {
        static EffortRow of(Cells c) {
            return new EffortRow(c.get("region"), c.get("shortfall"), c.get("pace"), c.get("monthlyNeed"),
                    c.get("effort"));
        }
    }

    /** The rows of a view's table as records; a column the table does not have is a mistake here. */
    static <R extends Record> List<R> rows(Table table, Function<Cells, R> row) {
        return table.rows().stream().map(r -> row.apply(new Cells(table, r))).toList();
    }

    /** A row of a view's table, its cells' texts by column key. */
    record Cells(Table table, Table.Row row) {
        String get(String column) {
            return table.cell(row, column).text();
        }
    }
}
