package id.cakupan.render.view;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.cakupan.indicators.BudgetIndicator;
import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.KeyFindings;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.view.RegionView.Card;

/**
 * The six key figures at the top of every briefing and page, formatted for the reader: coverage
 * against target, active against potential, workers still needed this year and next, vulnerable
 * workers protected, budget allocated against need.
 */
final class KeyFigures {

    private final Messages messages;
    private final Formats formats;

    KeyFigures(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    List<Card> cards(Indicators indicators, RegionIndicator i) {
        int year = i.period().getYear();
        String none = messages.get("card.none");
        List<Card> cards = new ArrayList<>();
        cards.add(new Card(messages.get("card.coverage"), i.coverage() == null ? messages.get("card.dash")
                : formats.percent(i.coverage()),
                i.target() == null ? messages.get("card.coverage.noTarget", String.valueOf(year))
                        // no coverage (no potential), no distance to the target
                        : i.gapPoints() == null ? messages.get("card.needed.note", String.valueOf(year),
                        formats.target(i.target()))
                        : messages.get("card.coverage.note", String.valueOf(year), formats.target(i.target()),
                        formats.points(i.gapPoints()))));
        cards.add(new Card(messages.get("card.active"), formats.integer(i.active()),
                messages.get("card.active.note", formats.integer(i.potential()))));
        cards.add(needed(year, i.workersNeeded(), i.target()));
        cards.add(needed(year + 1, i.nextWorkersNeeded(), i.nextTarget()));
        String dash = messages.get("card.dash");
        boolean vulnerableData = indicators.source().hasVulnerableData();
        if (vulnerableData && i.vulnerableProtected() == null) {
            cards.add(new Card(messages.get("card.vulnerable"), dash, messages.get("card.vulnerable.partial")));
        } else {
            cards.add(new Card(messages.get("card.vulnerable"), vulnerableData ? formats.integer(i.vulnerableProtected()) : dash,
                !vulnerableData || i.vulnerable() == null ? none : messages.get("card.vulnerable.note",
                        formats.integer(i.vulnerable()), formats.percent(i.vulnerableCoverage()))));
        }
        BudgetIndicator budget = indicators.budgetsOf(i.region()).stream()
                .filter(b -> b.payer().equals(i.region()) && b.year() == year).findFirst().orElse(null);
        cards.add(new Card(messages.get("card.budget", String.valueOf(year)),
                budget == null ? dash : formats.rupiahShort(budget.allocatedRp()),
                budget == null ? messages.get("card.noBudget") : messages.get("card.budget.note", formats.rupiahShort(budget.needRp()),
                        formats.percent(budget.fundedPercent()))));
        return cards;
    }

    /**
     * Where the region stands, for a slide: its coverage, its target this year, and the national
     * coverage (for the country, the change over a year); a figure that is not known is left out.
     */
    List<Card> standing(RegionIndicator i, KeyFindings findings, String name) {
        String year = String.valueOf(i.period().getYear());
        String dash = messages.get("card.dash");
        List<Card> cards = new ArrayList<>();
        cards.add(new Card(messages.get("slide.standing.coverage", name),
                i.coverage() == null ? dash : formats.percent(i.coverage()),
                messages.get("slide.standing.coverage.note", formats.integer(i.active()), formats.integer(i.potential()))));
        cards.add(i.target() == null
                ? new Card(messages.get("slide.standing.target", year), dash, messages.get("card.coverage.noTarget", year))
                : new Card(messages.get("slide.standing.target", year), formats.target(i.target()),
                i.gapPoints() == null ? messages.get("card.none")
                        : messages.get("slide.standing.target.note", formats.points(i.gapPoints()))));
        RegionIndicator parent = findings == null ? null : findings.parent();
        if (parent != null && parent.region().isCountry() && parent.coverage() != null) {
            cards.add(new Card(messages.get("slide.standing.national"), formats.percent(parent.coverage()),
                    formats.month(i.period())));
        } else if (findings != null && findings.yearlyChange() != null) {
            var change = findings.yearlyChange();
            cards.add(new Card(messages.get("slide.standing.change"), formats.points(change.totalPoints()),
                    messages.get("slide.standing.change.note", formats.month(change.previousPeriod()))));
        }
        return cards;
    }

    /**
     * What is still needed, for a slide: the workers this year's target lacks, their premium for a
     * year if regional budgets paid it, and what next year's target adds; empty without a target.
     */
    List<Card> needs(KeyFindings findings, long monthlyPremiumRp) {
        if (findings == null || findings.gap() == null) {
            return List.of();
        }
        var gap = findings.gap();
        String year = String.valueOf(findings.period().getYear());
        String nextYear = String.valueOf(findings.period().getYear() + 1);
        List<Card> cards = new ArrayList<>();
        cards.add(new Card(messages.get("slide.needs.workers", year, formats.target(gap.target())),
                formats.integer(gap.workersNeeded()), gap.workersNeeded() == 0
                ? messages.get("slide.needs.reached") : messages.get("slide.needs.workers.note")));
        cards.add(new Card(messages.get("slide.needs.cost"), formats.rupiahShort(gap.yearlyCostRp()),
                messages.get("slide.needs.cost.note", formats.rupiah(monthlyPremiumRp))));
        if (gap.nextTarget() != null && gap.nextWorkersNeeded() != null) {
            cards.add(new Card(messages.get("slide.needs.next", nextYear, formats.target(gap.nextTarget())),
                    formats.integer(gap.nextWorkersNeeded()), gap.nextWorkersNeeded() == 0
                    ? messages.get("slide.needs.reached") : messages.get("slide.needs.next.note", year)));
        }
        if (gap.workersNeeded() > 0) {
            cards.addAll(pace(findings.indicator(), year));
        }
        return cards;
    }

    /**
     * Where the pace leads, for a region still short of this year's target: the pace, the month the
     * straight line reaches the target, and what it takes a month to reach it by December.
     */
    private List<Card> pace(RegionIndicator i, String year) {
        List<Card> cards = new ArrayList<>();
        String target = formats.target(i.target());
        if (i.pace() != null) {
            cards.add(new Card(messages.get("slide.needs.pace", formats.integer(i.pace().months())),
                    formats.signedInteger(i.pace().perMonth()),
                    messages.get("slide.needs.pace.note")));
            if (i.targetReached() == null) {
                cards.add(new Card(messages.get("slide.needs.reach", target), messages.get("slide.needs.never"),
                        messages.get("slide.needs.never.note")));
            } else if (Projections.beyondHorizon(i)) {
                cards.add(new Card(messages.get("slide.needs.reach", target),
                        messages.get("slide.needs.beyond", formats.integer(Projections.HORIZON_YEARS)),
                        messages.get("slide.needs.beyond.note", formats.month(i.targetReached()))));
            } else {
                cards.add(new Card(messages.get("slide.needs.reach", target), formats.month(i.targetReached()),
                        messages.get("slide.needs.reach.note")));
            }
        }
        if (i.monthlyNeed() != null) {
            cards.add(new Card(messages.get("slide.needs.monthly", formats.month(YearMonth.of(i.period().getYear(), 12))),
                    formats.integer(i.monthlyNeed()), Projections.lastMonth(i)
                    ? messages.get("slide.needs.monthly.oneMonth")
                    : i.effort() == null ? messages.get("slide.needs.monthly.note")
                    : messages.get("slide.needs.monthly.effort", formats.multiple(i.effort()))));
        }
        return cards;
    }

    private Card needed(int year, Long workers, BigDecimal target) {
        String label = messages.get("card.needed", String.valueOf(year));
        if (target == null) {
            return new Card(label, messages.get("card.dash"), messages.get("card.needed.none"));
        }
        if (workers == null) {
            // the target is known, but not how far away it is: there is no potential to measure against
            return new Card(label, messages.get("card.dash"), messages.get("card.needed.note", String.valueOf(year),
                    formats.target(target)));
        }
        return new Card(label, formats.integer(workers), messages.get("card.needed.note", String.valueOf(year),
                formats.target(target)));
    }
}
