package id.cakupan.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.cakupan.model.Category;
import id.cakupan.model.CategoryGroup;

/**
 * A region's protected vulnerable workers in a month, summed over funders for each category and
 * over categories for each group.
 *
 * @param byCategory largest first; equal ones in the table's order
 * @param byGroup    in the table's order
 */
public record VulnerableTotals(List<CategoryTotal> byCategory, List<GroupTotal> byGroup) {

    public record CategoryTotal(Category category, CategoryGroup group, long workers) {
    }

    public record GroupTotal(CategoryGroup group, long workers) {
    }

    public VulnerableTotals {
        byCategory = List.copyOf(byCategory);
        byGroup = List.copyOf(byGroup);
    }

    public static final VulnerableTotals NONE = new VulnerableTotals(List.of(), List.of());

    /** The totals of a region's rows of {@code indikator_rentan} for one month, given in table order. */
    static VulnerableTotals of(List<VulnerableIndicator> rows) {
        Map<String, CategoryTotal> categories = new LinkedHashMap<>();
        Map<String, GroupTotal> groups = new LinkedHashMap<>();
        for (VulnerableIndicator v : rows) {
            categories.merge(v.category().code(), new CategoryTotal(v.category(), v.group(), v.protectedWorkers()),
                    (a, b) -> new CategoryTotal(a.category(), a.group(), a.workers() + b.workers()));
            groups.merge(v.group().code(), new GroupTotal(v.group(), v.protectedWorkers()),
                    (a, b) -> new GroupTotal(a.group(), a.workers() + b.workers()));
        }
        List<CategoryTotal> largestFirst = new ArrayList<>(categories.values());
        largestFirst.sort(Comparator.comparingLong(CategoryTotal::workers).reversed());
        return new VulnerableTotals(largestFirst, new ArrayList<>(groups.values()));
    }
}
