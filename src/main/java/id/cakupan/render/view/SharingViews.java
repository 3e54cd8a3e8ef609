package id.cakupan.render.view;

import java.math.BigDecimal;
import java.util.List;

import id.cakupan.indicators.BudgetShare;
import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Parameters;
import id.cakupan.model.Region;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;

/** The budget-sharing and effort part of a province's {@link RegionView}: the two tables, formatted once. */
final class SharingViews {

    /** The mark after a need that the generator computed because {@code anggaran.csv} does not give it. */
    static final String COMPUTED = "*";

    /** The sort key of an effort no pace can meet, as the page's script reads numbers. */
    static final String UNBOUNDED = "Infinity";

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final String dash;

    SharingViews(Indicators indicators, Messages messages, Formats formats) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.dash = messages.get("card.dash");
    }

    SharingView sharing(Region region) {
        if (!region.isProvince()) {
            return SharingView.NONE;
        }
        Parameters parameters = indicators.source().parameters();
        List<BudgetShare> shares = indicators.sharing(region);
        boolean anyShare = parameters.provinceSharePercent() != null || parameters.regencySharePercent() != null;
        Table sharing = shares.isEmpty() || !anyShare ? null : sharingTable(region, shares);
        String scheme = sharing == null ? null : messages.get("sharing.scheme", percent(parameters.provinceSharePercent()),
                percent(parameters.regencySharePercent()), formats.rupiah(parameters.monthlyPremiumRp()),
                formats.rupiah(parameters.yearlyPremiumRp()));
        List<RegionIndicator> efforts = indicators.effortRanking(region);
        Table effort = efforts.isEmpty() ? null : effortTable(efforts);
        String note = effort == null ? null : messages.get("effort.note");
        return new SharingView(sharing, scheme, effort, note);
    }

    private Table sharingTable(Region province, List<BudgetShare> shares) {
        String year = String.valueOf(indicators.period().getYear());
        Table.Builder table = new Table.Builder(messages.get("sharing.caption", year, Names.display(province, messages)),
                messages.get("table.empty"))
                .column("region", messages.get("table.payer"), false)
                .column("need", messages.get("table.need"), true)
                .column("percent", messages.get("sharing.percent"), true)
                .column("share", messages.get("sharing.share"), true)
                .column("allocated", messages.get("table.allocated"), true)
                .column("gap", messages.get("sharing.gap"), true)
                .column("shareWorkers", messages.get("sharing.shareWorkers"), true)
                .column("allocatedWorkers", messages.get("sharing.allocatedWorkers"), true)
                .column("gapWorkers", messages.get("sharing.gapWorkers"), true);
        for (BudgetShare s : shares) {
            String need = formats.rupiahShort(s.needRp()) + (s.needGiven() ? "" : COMPUTED);
            boolean own = s.region().equals(province);
            String name = name(s.region());
            table.row(own, own ? Cell.of(name) : Cell.naming(name, s.region()),
                    Cell.of(need, s.needRp()),
                    Cell.figure(s.sharePercent() == null ? "" : formats.target(s.sharePercent()), s.sharePercent(), dash),
                    rupiah(s.shareRp()), rupiah(s.allocatedRp()), rupiah(s.gapRp()),
                    workers(s.shareWorkerYears()), workers(s.allocatedWorkerYears()), workers(s.gapWorkerYears()));
        }
        return table.build();
    }

    private Table effortTable(List<RegionIndicator> efforts) {
        String year = String.valueOf(indicators.period().getYear());
        Table.Builder table = new Table.Builder(messages.get("effort.caption", year,
                formats.month(indicators.period().withMonth(12))), messages.get("table.empty"))
                .column("region", messages.get("table.region"), false)
                .column("shortfall", messages.get("table.needed"), true)
                .column("pace", messages.get("effort.pace"), true)
                .column("monthlyNeed", messages.get("effort.monthlyNeed"), true)
                .column("effort", messages.get("effort.ratio"), true);
        for (RegionIndicator i : efforts) {
            Long pace = i.pace() == null ? null : i.pace().perMonth();
            Cell ratio;
            if (i.pace() != null && !i.pace().rising()) {
                // no pace can close the gap: on a page sorted by this column it is the greatest effort
                ratio = Cell.of(messages.get("effort.notRising"), UNBOUNDED);
            } else {
                String times = i.effort() == null ? ""
                        : messages.get("effort.times", formats.multiple(i.effort()));
                ratio = Cell.figure(times, i.effort(), dash);
            }
            table.row(false, Cell.naming(name(i.region()), i.region()),
                    Cell.figure(i.workersNeeded() == null ? "" : formats.integer(i.workersNeeded()), i.workersNeeded(), dash),
                    Cell.figure(pace == null ? "" : formats.signedInteger(pace), pace, dash),
                    Cell.of(formats.integer(i.monthlyNeed()), i.monthlyNeed()), ratio);
        }
        return table.build();
    }

    /** A regency/city by its short name, as the regulations beside these tables name it; the province in full. */
    private String name(Region region) {
        return region.isRegency() ? Names.shortName(region) : Names.display(region, messages);
    }

    private String percent(BigDecimal value) {
        return value == null ? dash : formats.target(value);
    }

    private Cell rupiah(Long value) {
        return Cell.figure(value == null ? "" : formats.rupiahShort(value), value, dash);
    }

    private Cell workers(Long value) {
        return Cell.figure(value == null ? "" : formats.integer(value), value, dash);
    }

}
