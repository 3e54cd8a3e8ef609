package id.cakupan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The official list of regions, looked up by code; the country is always present. */
public final class RegionCatalog {

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByParent;

    public RegionCatalog(List<Region> regions) {
        Map<String, Region> codes = new LinkedHashMap<>();
        Map<String, List<Region>> children = new LinkedHashMap<>();
        for (Region region : regions) {
            if (codes.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("duplicate region code " + region.code());
            }
            if (region.parentCode() != null) {
                children.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
            }
        }
        if (!codes.containsKey(Region.COUNTRY_CODE)) {
            throw new IllegalArgumentException("the catalog must contain the country " + Region.COUNTRY_CODE);
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(codes);
        this.childrenByParent = Collections.unmodifiableMap(children);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Region get(String code) {
        Region region = byCode.get(code);
        if (region == null) {
            throw new IllegalArgumentException("unknown region code " + code);
        }
        return region;
    }

    public Region country() {
        return byCode.get(Region.COUNTRY_CODE);
    }

    /** Provinces of the country, or regencies/cities of a province, in catalog order. */
    public List<Region> children(String parentCode) {
        return childrenByParent.getOrDefault(parentCode, List.of());
    }
}
