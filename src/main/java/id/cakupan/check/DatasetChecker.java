package id.cakupan.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import id.cakupan.load.DataError;
import id.cakupan.load.InputFiles;
import id.cakupan.load.InvalidDataException;
import id.cakupan.model.CheckedDataset;
import id.cakupan.model.DataWarning;
import id.cakupan.model.Dataset;
import id.cakupan.model.Funder;
import id.cakupan.model.ParticipantRecord;
import id.cakupan.model.ProtectedCount;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.RegionMonth;
import id.cakupan.model.RegionMonthTotals;
import id.cakupan.model.Segment;
import id.cakupan.model.SourceRef;
import id.cakupan.model.VulnerableRecord;
import id.cakupan.model.WorkforceRecord;
import id.cakupan.text.Text;

/**
 * Checks the rules that span rows and files, rolls every figure up the region tree once, and
 * finds the data-quality warnings. Throws with all errors when any rule fails.
 */
public final class DatasetChecker {

    private record ProtectedKey(YearMonth period, String category, Funder funder) {
        @Override
        public boolean equals(Object other) {
        // written out rather than generated: a record's generated equals and hashCode go through method
        // handles, which the quick compiler the launcher runs with does not inline, and this key is looked
        // up hundreds of thousands of times; the hash is the one a record computes, so no order changes
            return other instanceof ProtectedKey that && Objects.equals(period, that.period)
                    && Objects.equals(category, that.category) && funder == that.funder;
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(period) + Objects.hashCode(category)) * 31
                    + Objects.hashCode(funder);
        }
    }

    private record SegmentKey(YearMonth period, Segment segment) {
        @Override
        public boolean equals(Object other) {
            // written out for the reason given in ProtectedKey
            return other instanceof SegmentKey that && Objects.equals(period, that.period)
                    && segment == that.segment;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(period) + Objects.hashCode(segment);
        }
    }

    private DatasetChecker() {
    }

    public static CheckedDataset check(Dataset data) throws InvalidDataException {
        var regions = data.regions();
        Rollup<YearMonth> potential = new Rollup<>(regions, InputFiles.POTENTIAL, p -> Text.of("check.key.month", p));
        Rollup<YearMonth> employed = new Rollup<>(regions, InputFiles.EMPLOYED, p -> Text.of("check.key.month", p));
        Rollup<YearMonth> vulnerable = new Rollup<>(regions, InputFiles.VULNERABLE_WORKERS,
                p -> Text.of("check.key.month", p));
        for (WorkforceRecord w : data.workforce()) {
            potential.give(w.regionCode(), w.period(), w.potential(), w.source());
            employed.give(w.regionCode(), w.period(), w.employed(), w.source());
            vulnerable.give(w.regionCode(), w.period(), w.vulnerable(), w.source());
        }
        Rollup<SegmentKey> active = new Rollup<>(regions, InputFiles.ACTIVE,
                k -> Text.of("check.key.segment", k.segment(), k.period()));
        for (ParticipantRecord p : data.participants()) {
            active.give(p.regionCode(), new SegmentKey(p.period(), p.segment()), p.active(), p.source());
        }
        Function<ProtectedKey, Text> protectedKey = k -> Text.of("check.key.category", k.category(),
                k.funder(), k.period());
        Rollup<ProtectedKey> protectedWorkers = new Rollup<>(regions, InputFiles.PROTECTED, protectedKey);
        Rollup<ProtectedKey> fundedMonths = new Rollup<>(regions, InputFiles.MONTHS_FUNDED, protectedKey);
        for (VulnerableRecord v : data.vulnerable()) {
            ProtectedKey key = new ProtectedKey(v.period(), v.categoryCode(), v.funder());
            protectedWorkers.give(v.regionCode(), key, v.protectedWorkers(), v.source());
            if (v.monthsFunded() != null) {
                fundedMonths.give(v.regionCode(), key, v.protectedWorkers() * v.monthsFunded(), v.source());
            }
        }

        List<DataError> errors = new ArrayList<>();
        var potentials = potential.resolve(errors);
        var employedTotals = employed.resolve(errors);
        var vulnerableTotals = vulnerable.resolve(errors);
        var activeTotals = active.resolve(errors);
        var protectedTotals = protectedWorkers.resolve(errors);
        var fundedTotals = fundedMonths.resolve(new ArrayList<>());
        checkRowsHaveWorkforce(data, potentials, errors);
        checkWorkforceHasParticipants(data, activeTotals, errors);
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }

        Set<RegionMonth> ownWorkforce = new HashSet<>();
        data.workforce().forEach(w -> ownWorkforce.add(new RegionMonth(w.regionCode(), w.period())));
        Set<RegionMonth> ownParticipants = new HashSet<>();
        data.participants().forEach(p -> ownParticipants.add(new RegionMonth(p.regionCode(), p.period())));
        Set<RegionMonth> ownProtected = new HashSet<>();
        data.vulnerable().forEach(v -> ownProtected.add(new RegionMonth(v.regionCode(), v.period())));
        Set<RegionMonth> summed = new HashSet<>();
        potentials.forEach((code, byPeriod) -> byPeriod.keySet().forEach(period -> {
            RegionMonth key = new RegionMonth(code, period);
            if (!regions.get(code).isRegency() && !(ownWorkforce.contains(key) && ownParticipants.contains(key))) {
                summed.add(key);
            }
        }));
        Map<RegionMonth, Integer> childrenPresent = new HashMap<>();
        potentials.forEach((code, byPeriod) -> {
            String parent = regions.get(code).parentCode();
            if (parent != null) {
                byPeriod.keySet().forEach(period -> childrenPresent.merge(new RegionMonth(parent, period), 1, Integer::sum));
            }
        });
        Map<RegionMonth, Integer> childrenWhole = wholeSubregions(regions, potentials, summed, childrenPresent);

        SortedMap<RegionMonth, RegionMonthTotals> totals = new TreeMap<>();
        Comparator<ProtectedCount> categoryOrder = Comparator
                .comparing((ProtectedCount c) -> data.categories().order(c.categoryCode()))
                .thenComparing(ProtectedCount::funder);
        potentials.forEach((code, byPeriod) -> {
            // a region's figures grouped by month once, not searched again for every month
            Map<YearMonth, Map<Segment, Long>> segmentsByPeriod = new HashMap<>();
            activeTotals.getOrDefault(code, Map.of()).forEach((key, value) -> segmentsByPeriod
                    .computeIfAbsent(key.period(), p -> new EnumMap<>(Segment.class)).put(key.segment(), value));
            Map<YearMonth, List<ProtectedCount>> protectedByPeriod = new HashMap<>();
            Map<ProtectedKey, Long> funded = fundedTotals.getOrDefault(code, Map.of());
            protectedTotals.getOrDefault(code, Map.of()).forEach((key, value) -> protectedByPeriod
                    .computeIfAbsent(key.period(), p -> new ArrayList<>())
                    .add(new ProtectedCount(key.category(), key.funder(), value, funded.get(key))));
            byPeriod.forEach((period, amount) -> {
                Map<Segment, Long> segments = segmentsByPeriod.getOrDefault(period, new EnumMap<>(Segment.class));
                List<ProtectedCount> protectedCounts = protectedByPeriod.getOrDefault(period, new ArrayList<>());
                protectedCounts.sort(categoryOrder);
                RegionMonth key = new RegionMonth(code, period);
                Region region = regions.get(code);
                int subregions = region.isRegency() ? 0 : regions.children(code).size();
                int present = childrenPresent.getOrDefault(key, 0);
                int whole = childrenWhole.getOrDefault(key, 0);
                // the region's own rows stand for all of it, but its protected workers, given by none
                // of them, are summed from only the sub-regions in the data: not the region's figure
                boolean protectedPartial = !region.isRegency() && !summed.contains(key) && whole < subregions
                        && !ownProtected.contains(key);
                totals.put(key, new RegionMonthTotals(region, period, amount,
                        employedTotals.getOrDefault(code, Map.of()).get(period),
                        vulnerableTotals.getOrDefault(code, Map.of()).get(period), segments,
                        protectedPartial ? List.of() : protectedCounts, present, whole, subregions, summed.contains(key),
                        protectedPartial));
            });
        });
        List<DataWarning> warnings = warnings(totals);
        warnings.addAll(incompleteRollups(totals));
        return new CheckedDataset(data, totals, warnings);
    }

    /**
     * How many sub-regions of each region and month are in the data with whole figures: a regency or
     * city whenever it is there (so a province's count is its {@code present} one), a province when it
     * is not a sum over only some of its regencies. A country summed from a partial province is
     * therefore partial too.
     */
    private static Map<RegionMonth, Integer> wholeSubregions(RegionCatalog regions,
                                                             Map<String, Map<YearMonth, Long>> potentials,
                                                             Set<RegionMonth> summed,
                                                             Map<RegionMonth, Integer> present) {
        Map<RegionMonth, Integer> whole = new HashMap<>(present);
        whole.keySet().removeIf(key -> key.regionCode().equals(Region.COUNTRY_CODE));
        potentials.forEach((code, byPeriod) -> {
            if (regions.get(code).isProvince()) {
                int subregions = regions.children(code).size();
                byPeriod.keySet().forEach(period -> {
                    RegionMonth key = new RegionMonth(code, period);
                    if (!summed.contains(key) || present.getOrDefault(key, 0) >= subregions) {
                        whole.merge(new RegionMonth(Region.COUNTRY_CODE, period), 1, Integer::sum);
                    }
                });
            }
        });
        return whole;
    }

    /** A region's own workforce row needs its participants, given directly or by its sub-regions. */
    private static void checkWorkforceHasParticipants(Dataset data, Map<String, Map<SegmentKey, Long>> active,
                                                      List<DataError> errors) {
        Set<RegionMonth> withParticipants = new HashSet<>();
        active.forEach((code, byKey) -> byKey.keySet()
                .forEach(key -> withParticipants.add(new RegionMonth(code, key.period()))));
        for (WorkforceRecord w : data.workforce()) {
            if (!withParticipants.contains(new RegionMonth(w.regionCode(), w.period()))) {
                errors.add(DataError.at(w.source(), Text.of("check.workforceWithoutParticipants", w.regionCode(),
                        data.regions().get(w.regionCode()).name(), w.period(), InputFiles.PARTICIPANTS)));
            }
        }
    }

    /**
     * Warns where a region is summed from only some of its sub-regions (a province from some of its
     * regencies, the country from some provinces): its figures then cover part of it.
     */
    private static List<DataWarning> incompleteRollups(SortedMap<RegionMonth, RegionMonthTotals> totals) {
        List<DataWarning> warnings = new ArrayList<>();
        for (RegionMonthTotals t : totals.values()) {
            if (t.partial()) {
                warnings.add(new DataWarning(DataWarning.Kind.INCOMPLETE_ROLLUP, t.region().code(),
                        t.region().name(), t.period(), t.wholeSubregions(), t.subregions()));
            }
        }
        return warnings;
    }

    /** Participants and protected workers need the region's workforce row of the same month. */
    private static void checkRowsHaveWorkforce(Dataset data, Map<String, Map<YearMonth, Long>> potentials,
                                               List<DataError> errors) {
        var reported = new TreeSet<RegionMonth>();
        for (ParticipantRecord p : data.participants()) {
            requireWorkforce(data, potentials, p.regionCode(), p.period(), p.source(),
                    "check.participantsWithoutWorkforce", reported, errors);
        }
        for (VulnerableRecord v : data.vulnerable()) {
            requireWorkforce(data, potentials, v.regionCode(), v.period(), v.source(),
                    "check.protectedWithoutWorkforce", reported, errors);
        }
    }

    private static void requireWorkforce(Dataset data, Map<String, Map<YearMonth, Long>> potentials, String code,
                                         YearMonth period, SourceRef source, String key, Set<RegionMonth> reported,
                                         List<DataError> errors) {
        boolean hasWorkforce = potentials.getOrDefault(code, Map.of()).containsKey(period);
        if (!hasWorkforce && reported.add(new RegionMonth(code, period))) {
            errors.add(DataError.at(source, Text.of(key, code, data.regions().get(code).name(), period,
                    InputFiles.WORKFORCE)));
        }
    }

    private static List<DataWarning> warnings(SortedMap<RegionMonth, RegionMonthTotals> totals) {
        List<DataWarning> warnings = new ArrayList<>();
        for (RegionMonthTotals t : totals.values()) {
            long active = t.totalParticipants();
            if (active > t.potential()) {
                warnings.add(new DataWarning(DataWarning.Kind.ACTIVE_ABOVE_POTENTIAL, t.region().code(),
                        t.region().name(), t.period(), active, t.potential()));
            }
            long protectedWorkers = t.totalProtected();
            if (t.vulnerable() != null && protectedWorkers > t.vulnerable()) {
                warnings.add(new DataWarning(DataWarning.Kind.PROTECTED_ABOVE_VULNERABLE, t.region().code(),
                        t.region().name(), t.period(), protectedWorkers, t.vulnerable()));
            }
        }
        return warnings;
    }
}
