package id.cakupan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CategoriesTest {

    private static Categories twoThousand() {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            categories.add(new Category(String.format("K%04d", i), "Kategori " + i, "Category " + i, i % 2 == 0 ? "B" : "A"));
        }
        return new Categories(List.of(new CategoryGroup("B", "Grup B", "Group B"), new CategoryGroup("A", "Grup A", "Group A")),
                categories);
    }

    @Test
    void theOrderIsTheOrderOfTheListAndUnknownCodesComeLast() {
        Categories categories = twoThousand();
        assertEquals(0, categories.order("K0000"));
        assertEquals(1999, categories.order("K1999"));
        assertEquals(Integer.MAX_VALUE, categories.order("NOPE"));
        assertEquals(0, categories.groupOrder("B"));
        assertEquals(1, categories.groupOrder("A"));
        assertEquals(Integer.MAX_VALUE, categories.groupOrder("C"));
        List<String> codes = categories.categories().stream().map(Category::code).toList();
        List<String> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, new Random(11));
        shuffled.sort(Comparator.comparingInt(categories::order));
        assertEquals(codes, shuffled);
    }

    @Test
    void aCategoryIsFoundByItsOneNameInAnyCase() {
        Categories categories = twoThousand();
        assertEquals("K1234", categories.findByName("KATEGORI 1234").orElseThrow().code());
        assertTrue(categories.findByName("Kategori 12345").isEmpty());
        Categories twice = new Categories(List.of(), List.of(new Category("A", "Nelayan", "Fishers", "G"),
                new Category("B", "nelayan", "Fishers", "G")));
        assertTrue(twice.findByName("Nelayan").isEmpty(), "a name two categories share names neither");
    }
}
