package id.cakupan.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A one-pager's ranking of a large province: which places it shows and where it marks gaps. */
class RankingViewsTest {

    @Test
    void aRegionInTheMiddleShowsTopNeighboursAndBottomWithGapsMarked() {
        // Pacitan, 24th of 38 in Jawa Timur
        assertEquals(List.of(0, 1, 2, -1, 21, 22, 23, 24, 25, -1, 36, 37), RankingViews.window(38, 23));
    }

    @Test
    void neighboursOfTheTopOrBottomJoinThemWithoutAGap() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, -1, 31, 32), RankingViews.window(33, 3));
        assertEquals(List.of(0, 1, 2, 3, 4, -1, 31, 32), RankingViews.window(33, 2));
        assertEquals(List.of(0, 1, 2, -1, 28, 29, 30, 31, 32), RankingViews.window(33, 30));
        assertEquals(List.of(0, 1, 2, -1, 30, 31, 32), RankingViews.window(33, 32));
    }

    @Test
    void aGapOfOnePlaceIsShownInstead() {
        // 3 and 4 around place 5 (index 4): index 3 fills the gap between 2 and 4
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, -1, 18, 19), RankingViews.window(20, 5));
        // the window 10..14 leaves a single place (15) before the bottom two (16, 17)
        assertEquals(List.of(0, 1, 2, -1, 10, 11, 12, 13, 14, 15, 16, 17), RankingViews.window(18, 12));
    }

    @Test
    void withoutTheRegionTopAndBottomOnly() {
        assertEquals(List.of(0, 1, 2, -1, 31, 32), RankingViews.window(33, -1));
    }

    @Test
    void neverMoreThanTheOnePagerHasRoomFor() {
        for (int size = RegionViews.WINDOW + 1; size <= 40; size++) {
            for (int at = -1; at < size; at++) {
                List<Integer> places = RankingViews.window(size, at);
                assertEquals(true, places.size() <= RegionViews.WINDOW, size + "/" + at + ": " + places);
                if (at >= 0) {
                    assertEquals(true, places.contains(at), size + "/" + at);
                }
            }
        }
    }
}
