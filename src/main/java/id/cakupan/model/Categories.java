package id.cakupan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vulnerable-worker categories and their groups, in display order, looked up by code. The
 * positions and names are indexed once, so that sorting thousands of categories stays cheap.
 */
public final class Categories {

    private final List<CategoryGroup> groups;
    private final List<Category> categories;
    private final Map<String, CategoryGroup> groupsByCode = new LinkedHashMap<>();
    private final Map<String, Category> categoriesByCode = new LinkedHashMap<>();
    private final Map<String, Integer> categoryOrder = new HashMap<>();
    private final Map<String, Integer> groupOrder = new HashMap<>();
    private final Map<String, List<Category>> categoriesByName = new HashMap<>();

    public Categories(List<CategoryGroup> groups, List<Category> categories) {
        this.groups = List.copyOf(groups);
        this.categories = List.copyOf(categories);
        groups.forEach(g -> groupsByCode.put(g.code(), g));
        categories.forEach(c -> categoriesByCode.put(c.code(), c));
        groupsByCode.keySet().forEach(code -> groupOrder.put(code, groupOrder.size()));
        categoriesByCode.keySet().forEach(code -> categoryOrder.put(code, categoryOrder.size()));
        categories.forEach(c -> categoriesByName.computeIfAbsent(nameKey(c.name()), k -> new ArrayList<>()).add(c));
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

    /** The one category with this Indonesian name in any case; empty when none or several have it. */
    public Optional<Category> findByName(String name) {
        List<Category> named = categoriesByName.getOrDefault(nameKey(name), List.of()).stream()
                .filter(c -> c.name().equalsIgnoreCase(name)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    public Category get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown category " + code));
    }

    /** The group of a code; a group named only by a category gets its code as label. */
    public CategoryGroup group(String code) {
        return groupsByCode.getOrDefault(code, new CategoryGroup(code, code, code));
    }

    /** Position of a category in display order, for sorting tables; unknown codes come last. */
    public int order(String categoryCode) {
        return categoryOrder.getOrDefault(categoryCode, Integer.MAX_VALUE);
    }

    /** Position of a group in display order; unknown codes come last. */
    public int groupOrder(String groupCode) {
        return groupOrder.getOrDefault(groupCode, Integer.MAX_VALUE);
    }

    /** The same for names equal but for case (as {@link String#equalsIgnoreCase} compares them, letter by letter). */
    private static String nameKey(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
