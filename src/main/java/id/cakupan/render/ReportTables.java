package id.cakupan.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.cakupan.indicators.BudgetIndicator;
import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.indicators.RegulationSummary;
import id.cakupan.indicators.VulnerableIndicator;
import id.cakupan.model.Region;

/**
 * The tables of a region's briefing as rows of formatted cells (column name to text), the same
 * for the PDF and the dashboard: the ranking of its sub-regions, vulnerable workers, budgets and
 * regulations.
 */
public final class ReportTables {

    /** The longest category or group name shown, in characters; longer ones end with an ellipsis. */
    public static final int NAME = 80;
    /** The longest regulation title shown. */
    public static final int TITLE = 240;

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final PartialFigures partial;
    /** {@link #ranked} by region code; pages are built on several threads. */
    private final Map<String, List<RegionIndicator>> rankings = new java.util.concurrent.ConcurrentHashMap<>();

    public ReportTables(Indicators indicators, Messages messages, Formats formats) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.partial = new PartialFigures(messages, formats);
    }

    /**
     * The sub-regions of a region in the reporting month, highest coverage first (regions without a
     * coverage last); sorted once per region, as a page asks for it several times.
     */
    public List<RegionIndicator> ranked(Region region) {
        return rankings.computeIfAbsent(region.code(), code -> rank(region));
    }

    private List<RegionIndicator> rank(Region region) {
        return indicators.data().dataset().regions().children(region.code()).stream()
                .map(child -> indicators.get(child.code(), indicators.period()).orElse(null))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(RegionIndicator::coverage, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(r -> r.region().code()))
                .toList();
    }

    public List<Map<String, ?>> ranking(Region region) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int position = 0;
        for (RegionIndicator r : ranked(region)) {
            position++;
            Map<String, String> row = new LinkedHashMap<>();
            row.put("rank", r.rank() != null ? formats.integer(r.rank())
                    : r.coverage() == null ? "" : formats.integer(position));
            row.put("region", partial.chartName(r));
            row.put("potential", formats.integer(r.potential()));
            row.put("active", formats.integer(r.active()));
            row.put("coverage", formats.percent(r.coverage()));
            row.put("gap", formats.points(r.gapPoints()));
            row.put("needed", r.workersNeeded() == null ? "" : formats.integer(r.workersNeeded()));
            row.put("change", formats.points(r.yearlyChange()));
            row.put("code", r.region().code());
            rows.add(row);
        }
        return rows;
    }

    public List<VulnerableIndicator> vulnerableRows(Region region) {
        return indicators.vulnerable(region.code(), indicators.period());
    }

    public List<Map<String, ?>> vulnerable(Region region) {
        boolean english = !formats.isIndonesian();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (VulnerableIndicator v : vulnerableRows(region)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("category", formats.text(english ? v.category().nameEn() : v.category().name(), NAME));
            row.put("group", formats.text(english ? v.group().nameEn() : v.group().name(), NAME));
            row.put("funder", messages.get("funder." + v.funder()));
            row.put("workers", formats.integer(v.protectedWorkers()));
            row.put("cost", formats.rupiahShort(v.yearlyCostRp()));
            rows.add(row);
        }
        return rows;
    }

    /** Budgets paid by the region itself and by its sub-regions, up to the reporting year. */
    public List<BudgetIndicator> budgetRows(Region region) {
        return indicators.budgetsOf(region).stream()
                .filter(b -> b.year() <= indicators.period().getYear())
                .toList();
    }

    public List<Map<String, ?>> budgets(Region region) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (BudgetIndicator b : budgetRows(region)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("payer", Names.display(b.payer(), messages));
            row.put("year", String.valueOf(b.year()));
            row.put("need", formats.rupiahShort(b.needRp()));
            row.put("allocated", formats.rupiahShort(b.allocatedRp()));
            row.put("spent", b.spentRp() == null ? messages.get("card.dash") : formats.rupiahShort(b.spentRp()));
            row.put("funded", formats.percent(b.fundedPercent()));
            row.put("workerYears", formats.integer(b.workerYears()));
            rows.add(row);
        }
        return rows;
    }

    /** The regulation status of the region and its sub-regions in the data. */
    public List<Map<String, ?>> regulations(Region region) {
        List<Map<String, ?>> rows = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        regions.add(region);
        ranked(region).stream().map(RegionIndicator::region).sorted(Comparator.comparing(Region::code))
                .forEach(regions::add);
        for (Region r : regions) {
            RegulationSummary summary = indicators.regulations().get(r.code());
            if (summary == null) {
                continue;
            }
            var leading = summary.leading();
            Map<String, String> row = new LinkedHashMap<>();
            row.put("region", r.isRegency() ? Names.shortName(r) : Names.display(r, messages));
            row.put("type", leading == null ? "" : messages.get("type." + leading.type()));
            // the status of the regulation shown: a region with only an enacted circular shows it as
            // enacted, while its summary (and the findings) say no head regulation is
            row.put("status", messages.get("status." + (leading == null ? summary.status() : leading.status())));
            row.put("date", leading == null || leading.date() == null ? "" : formats.date(leading.date()));
            row.put("title", leading == null ? "" : formats.text(leading.number() == null ? leading.title()
                    : leading.title() + " (" + leading.number() + ")", TITLE));
            rows.add(row);
        }
        return rows;
    }
}
