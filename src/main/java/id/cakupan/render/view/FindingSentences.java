package id.cakupan.render.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.cakupan.indicators.KeyFindings;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.RegisterSummary;
import id.cakupan.model.RegulationStatus;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;

/**
 * The key findings of a region as plain sentences in the reader's language, most important first,
 * at most seven: coverage against target, the place among its regions, what is still needed and
 * where the pace leads, the yearly change and its causes, vulnerable workers, regulations.
 */
final class FindingSentences {

    static final int MAX = 7;
    /** Lists of regions up to this long are given whole; longer ones by their first {@link #LIST_SHOWN}. */
    static final int LIST_MAX = 12;
    static final int LIST_SHOWN = 8;

    private final Messages messages;
    private final Formats formats;
    private final PartialFigures partial;

    FindingSentences(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.partial = new PartialFigures(messages, formats);
    }

    /**
     * @param hasVulnerableData whether the data has any protected-worker rows: without them, "0 of
     *                          114,000 protected" would state a fact the data does not hold
     */
    List<String> sentences(KeyFindings findings, boolean hasVulnerableData) {
        return sentences(findings, hasVulnerableData, RegisterSummary.none());
    }

    /**
     * As {@link #sentences(KeyFindings, boolean)}; a province's sentence on vulnerable workers then
     * says, when the data has a register of them, how many are paid by two funders in the same
     * months and what their second premiums cost (counts only).
     */
    List<String> sentences(KeyFindings findings, boolean hasVulnerableData, RegisterSummary register) {
        return sentences(findings, hasVulnerableData, true, register);
    }

    /**
     * The findings without those that a one-pager's own sections state below them (vulnerable
     * workers, regulation): for a one-pager that would otherwise run onto a second page.
     */
    List<String> withoutSections(KeyFindings findings, boolean hasVulnerableData) {
        return sentences(findings, hasVulnerableData, false, RegisterSummary.none());
    }

    private List<String> sentences(KeyFindings findings, boolean hasVulnerableData, boolean sectionsToo,
                                   RegisterSummary register) {
        List<String> sentences = new ArrayList<>();
        RegionIndicator i = findings.indicator();
        String name = partial.name(i);
        String month = formats.month(findings.period());
        if (i.coverage() != null) {
            String key = i.target() == null ? "finding.coverage.noTarget"
                    : i.gapPoints().signum() < 0 ? "finding.coverage.behind" : "finding.coverage.ahead";
            String sentence = messages.get(key, name, month, formats.percent(i.coverage()), formats.integer(i.active()),
                    formats.integer(i.potential()), i.gapPoints() == null ? "" : formats.decimal(i.gapPoints().abs()),
                    formats.target(i.target()));
            String leftOut = findings.parent() == null ? null : partial.comparisonLeftOut(findings.parent());
            if (leftOut != null) {
                sentence += " " + leftOut;
            } else if (findings.parent() != null && findings.parent().coverage() != null) {
                sentence += " " + (findings.parent().region().isCountry()
                        ? messages.get("finding.parentNational", formats.percent(findings.parent().coverage()))
                        : messages.get("finding.parent", Names.display(findings.parent().region(), messages),
                        formats.percent(findings.parent().coverage())));
            }
            sentences.add(sentence);
        }
        if (findings.allEqual() != null) {
            var equal = findings.allEqual();
            sentences.add(messages.get(equal.among().isCountry() ? "finding.allEqual.provinces" : "finding.allEqual.regencies",
                    formats.integer(equal.count()), Names.display(equal.among(), messages),
                    formats.percent(equal.coverage())));
        } else if (findings.highest() != null && findings.lowest() != null
                && !findings.highest().region().equals(findings.lowest().region())) {
            sentences.add(messages.get("finding.highestLowest", Names.shortName(findings.highest().region()),
                    formats.percent(findings.highest().coverage()), Names.shortName(findings.lowest().region()),
                    formats.percent(findings.lowest().coverage()))
                    + partial.partOfTheirs(List.of(findings.highest().indicator(), findings.lowest().indicator())));
        } else if (i.rank() != null && findings.parent() != null) {
            sentences.add(messages.get("finding.rank", name, formats.integer(i.rank()), formats.integer(i.rankedCount()),
                    partial.name(findings.parent())));
        }
        if (findings.gap() != null) {
            var gap = findings.gap();
            String year = String.valueOf(findings.period().getYear());
            String nextYear = String.valueOf(findings.period().getYear() + 1);
            String sentence = gap.workersNeeded() == 0
                    ? messages.get("finding.reached", formats.target(gap.target()), year)
                    : messages.get("finding.needed", formats.target(gap.target()), year,
                    formats.integer(gap.workersNeeded()), formats.rupiahShort(gap.yearlyCostRp()));
            if (gap.nextTarget() != null) {
                sentence += " " + (gap.nextWorkersNeeded() == 0
                        ? messages.get("finding.reachedNext", formats.target(gap.nextTarget()), nextYear)
                        : messages.get("finding.neededNext", formats.target(gap.nextTarget()), nextYear,
                        formats.integer(gap.nextWorkersNeeded())));
            }
            sentences.add(sentence);
            if (gap.workersNeeded() > 0) {
                sentences.add(projectionSentence(i));
            }
        }
        if (findings.yearlyChange() != null) {
            var change = findings.yearlyChange();
            sentences.add(messages.get("finding.change", formats.month(change.previousPeriod()),
                    formats.points(change.totalPoints()), formats.integer(change.activeChange()),
                    formats.points(change.participantsEffectPoints()), formats.signedInteger(change.potentialChange()),
                    formats.points(change.potentialEffectPoints())));
        }
        if (findings.vulnerable() != null && hasVulnerableData && sectionsToo) {
            var v = findings.vulnerable();
            String sentence = messages.get("finding.vulnerable", formats.integer(v.protectedWorkers()),
                    formats.integer(v.vulnerable()), formats.percent(v.coverage()), formats.integer(v.unprotected()),
                    formats.rupiahShort(v.unprotectedYearlyCostRp()));
            if (register.isGiven() && findings.region().isProvince()) {
                var doubled = register.of(findings.region().code());
                sentence += " " + (doubled.workers() == 0 ? messages.get("finding.doubleFunded.none")
                        : messages.get("finding.doubleFunded", formats.integer(doubled.workers()),
                        formats.rupiahShort(doubled.secondPremiumRp())));
            }
            sentences.add(sentence);
        }
        if (sectionsToo) {
            sentences.add(regulationSentence(findings));
        }
        return sentences.stream().filter(s -> s != null).limit(MAX).toList();
    }

    /**
     * Where the pace leads, and what it takes to reach the target by December: a straight-line
     * projection, said so; null when there is neither a pace nor a month left.
     */
    private String projectionSentence(RegionIndicator i) {
        String target = formats.target(i.target());
        String need = i.monthlyNeed() == null ? null
                : formats.month(YearMonth.of(i.period().getYear(), 12));
        if (i.pace() == null) {
            return need == null ? null
                    : messages.get(Projections.lastMonth(i) ? "finding.pace.needOnlyInOneMonth" : "finding.pace.needOnly",
                    target, need, formats.integer(i.monthlyNeed()));
        }
        String months = formats.integer(i.pace().months());
        String pace = formats.signedInteger(i.pace().perMonth());
        String sentence;
        if (!i.pace().rising()) {
            sentence = i.pace().perMonth() < 0
                    ? messages.get("finding.pace.falling", months, formats.integer(Math.abs(i.pace().perMonth())), target)
                    : messages.get("finding.pace.flat", months, target);
        } else if (i.targetReached() == null || Projections.beyondHorizon(i)) {
            sentence = messages.get("finding.pace.notWithin", months, pace, target,
                    formats.integer(Projections.HORIZON_YEARS));
        } else {
            sentence = messages.get("finding.pace.reached", months, pace, target, formats.month(i.targetReached()));
        }
        if (need != null) {
            sentence += Projections.lastMonth(i)
                    ? messages.get("finding.pace.needInOneMonth", need, formats.integer(i.monthlyNeed()))
                    : messages.get("finding.pace.need", need, formats.integer(i.monthlyNeed()));
        }
        return sentence + ". " + messages.get("finding.pace.straightLine");
    }

    private String regulationSentence(KeyFindings findings) {
        List<KeyFindings.RegulationGap> gaps = findings.withoutRegulation();
        if (gaps.isEmpty()) {
            if (findings.regulationRegions() == 0) {
                return null;
            }
            return findings.region().isRegency()
                    ? messages.get("finding.regulationOwnEnacted", findings.region().name())
                    : messages.get("finding.regulationAll");
        }
        if (findings.region().isRegency()) {
            return messages.get("finding.regulationOwn", findings.region().name(),
                    messages.get("status." + gaps.get(0).status()).toLowerCase(messages.locale()));
        }
        Map<RegulationStatus, List<String>> byStatus = new TreeMap<>();
        gaps.forEach(g -> byStatus.computeIfAbsent(g.status(), k -> new ArrayList<>())
                .add(g.region().isRegency() ? Names.shortName(g.region()) : Names.display(g.region(), messages)));
        String groups = byStatus.entrySet().stream()
                .map(e -> messages.get("finding.regulationGroup", messages.get("regulation.group." + e.getKey()),
                        names(e.getValue())))
                .collect(Collectors.joining("; "));
        return messages.get("finding.regulation", formats.integer(gaps.size()),
                formats.integer(findings.regulationRegions()), groups);
    }

    /**
     * Names joined; a long list (a province of 38 regencies, the country) is cut after the first
     * few, with the number of the others: the full list is the regulation table.
     */
    private String names(List<String> names) {
        if (names.size() <= LIST_MAX) {
            return String.join(", ", names);
        }
        return messages.get("finding.andOthers", String.join(", ", names.subList(0, LIST_SHOWN)),
                formats.integer(names.size() - LIST_SHOWN));
    }

}
