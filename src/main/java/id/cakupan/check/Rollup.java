package id.cakupan.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.cakupan.load.DataError;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.SourceRef;
import id.cakupan.text.Text;

/**
 * Sums one figure up the region tree: a region's value is its own row where given, otherwise the
 * sum of its sub-regions; it stays unknown when a sub-region's own row leaves the figure empty.
 * Where a region gives its own row and sub-regions do too, they must agree: exactly when every
 * sub-region is present, and the sub-regions may not exceed the region when only some are (the
 * region then covers more than the data details).
 *
 * @param <K> what the figure is keyed by within a region, e.g. the month
 */
final class Rollup<K> {

    /** A figure and where it comes from; the amount is null where the region's own row leaves it empty. */
    private record Value(Long amount, List<SourceRef> refs) {
    }

    private final RegionCatalog catalog;
    private final String column;
    private final Function<K, Text> describeKey;
    private final Map<String, Map<K, Value>> given = new HashMap<>();
    private final List<DataError> conflicts = new ArrayList<>();

    /**
     * @param column      the CSV column summed, for messages
     * @param describeKey how a key reads in a message, e.g. "pada 2025-11"
     */
    Rollup(RegionCatalog catalog, String column, Function<K, Text> describeKey) {
        this.catalog = catalog;
        this.column = column;
        this.describeKey = describeKey;
    }

    /**
     * Records a region's own figure. A null amount says the region's own row leaves the figure empty:
     * it then stays unknown for that region instead of being summed from a part of its sub-regions.
     */
    void give(String regionCode, K key, Long amount, SourceRef ref) {
        given.computeIfAbsent(regionCode, r -> new HashMap<>()).put(key, new Value(amount, List.of(ref)));
    }

    /** The value of every region and key that has one; disagreements go to {@code errors}. */
    Map<String, Map<K, Long>> resolve(List<DataError> errors) {
        Map<String, Map<K, Value>> resolved = new HashMap<>();
        Set<String> provinces = new LinkedHashSet<>();
        given.forEach((code, values) -> {
            Region region = catalog.get(code);
            if (region.isRegency()) {
                resolved.put(code, values);
            }
            if (!region.isCountry()) {
                provinces.add(region.provinceCode());
            }
        });
        for (String province : provinces) {
            resolved.put(province, combine(province, "check.rollup.regencies", resolved));
        }
        if (!resolved.isEmpty() || given.containsKey(Region.COUNTRY_CODE)) {
            resolved.put(Region.COUNTRY_CODE, combine(Region.COUNTRY_CODE, "check.rollup.provinces", resolved));
        }
        errors.addAll(conflicts);
        conflicts.clear();
        Map<String, Map<K, Long>> amounts = new HashMap<>();
        resolved.forEach((code, values) -> {
            Map<K, Long> byKey = new HashMap<>();
            values.forEach((key, value) -> {
                if (value.amount() != null) {
                    byKey.put(key, value.amount());
                }
            });
            amounts.put(code, byKey);
        });
        return amounts;
    }

    private Map<K, Value> combine(String parentCode, String childrenKey, Map<String, Map<K, Value>> resolved) {
        List<Region> allChildren = catalog.children(parentCode);
        List<Map<K, Value>> children = allChildren.stream()
                .map(child -> resolved.get(child.code())).filter(v -> v != null).toList();
        Map<K, Value> own = given.getOrDefault(parentCode, Map.of());
        Set<K> keys = new LinkedHashSet<>(own.keySet());
        children.forEach(child -> keys.addAll(child.keySet()));
        // each child's values added to their key's sum, child by child: looking every key up in every
        // child cost the keys times the children (38 regencies times 3,840 month, category and funder keys)
        Map<K, Sum> sums = new HashMap<>();
        for (Map<K, Value> child : children) {
            child.forEach((key, value) -> sums.computeIfAbsent(key, k -> new Sum()).add(value));
        }
        Map<K, Value> result = new HashMap<>();
        for (K key : keys) {
            Sum total = sums.get(key);
            long sum = total == null ? 0 : total.sum;
            int count = total == null ? 0 : total.count;
            boolean unknown = total != null && total.unknown;
            List<SourceRef> refs = total == null ? new ArrayList<>() : total.refs;
            Value parent = own.get(key);
            if (parent == null) {
                // a sum over sub-regions of which one leaves the figure empty would pass a part for the whole
                result.put(key, new Value(unknown || count == 0 ? null : sum, refs));
                continue;
            }
            result.put(key, parent);
            if (parent.amount() == null) {
                continue;
            }
            boolean complete = count == allChildren.size();
            if (count > 0 && (complete ? sum != parent.amount() : sum > parent.amount())) {
                conflicts.add(conflict(parentCode, key, parent, sum, count, complete, childrenKey, refs));
            }
        }
        return result;
    }

    /** The sub-regions' values of one key: their sum and count, whether one is unknown, the first three sources. */
    private static final class Sum {
        private long sum;
        private int count;
        private boolean unknown;
        private final List<SourceRef> refs = new ArrayList<>();

        void add(Value value) {
            if (value.amount() == null) {
                unknown = true;
                return;
            }
            sum = Math.addExact(sum, value.amount());
            count++;
            for (SourceRef ref : value.refs()) {
                if (refs.size() >= 3) {
                    break;
                }
                refs.add(ref);
            }
        }
    }

    private DataError conflict(String parentCode, K key, Value parent, long sum, int count, boolean complete,
                               String childrenKey, List<SourceRef> refs) {
        SourceRef ref = parent.refs().get(0);
        Region region = catalog.get(parentCode);
        List<Object> places = new ArrayList<>(refs.stream().map(DataError::place).toList());
        if (count > refs.size()) {
            places.add("…");
        }
        Object where = places.get(places.size() - 1);
        for (int i = places.size() - 2; i >= 0; i--) {
            where = Text.of("load.join", places.get(i), where);
        }
        // the figures as the rows write them, not grouped, so that they can be found in the files
        return DataError.at(ref, Text.of(complete ? "check.rollup.all" : "check.rollup.some", column, parentCode,
                region.name(), describeKey.apply(key), parent.amount(), count, Text.of(childrenKey), sum, where));
    }
}
