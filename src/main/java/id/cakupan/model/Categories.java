package id.cakupan.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The vulnerable-worker categories and their groups, in display order, looked up by code. */
public final class Categories {

    private final List<CategoryGroup> groups;
    private final List<Category> categories;
    private final Map<String, CategoryGroup> groupsByCode = new LinkedHashMap<>();
    private final Map<String, Category> categoriesByCode = new LinkedHashMap<>();

    public Categories(List<CategoryGroup> groups, List<Category> categories) {
        this.groups = List.copyOf(groups);
        this.categories = List.copyOf(categories);
        groups.forEach(g -> groupsByCode.put(g.code(), g));
        categories.forEach(c -> categoriesByCode.put(c.code(), c));
    }

    public List<CategoryGroup> groups() {
        return groups;
    }

    public List<Category> categories() {
        return categories;
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(categoriesByCode.get(code));
    }

    public Category get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown category " + code));
    }

    /** The group of a code; a group named only by a category gets its code as label. */
    public CategoryGroup group(String code) {
        return groupsByCode.getOrDefault(code, new CategoryGroup(code, code, code));
    }

    /** Position of a category in display order, for sorting tables. */
    public int order(String categoryCode) {
        return indexOf(categoriesByCode.keySet(), categoryCode);
    }

    /** Position of a group in display order. */
    public int groupOrder(String groupCode) {
        return indexOf(groupsByCode.keySet(), groupCode);
    }

    private static int indexOf(java.util.Collection<String> codes, String code) {
        int index = new java.util.ArrayList<>(codes).indexOf(code);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
