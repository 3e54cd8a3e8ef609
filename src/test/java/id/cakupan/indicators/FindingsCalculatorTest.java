package id.cakupan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import id.cakupan.load.ReferenceRegions;

class FindingsCalculatorTest {

    private static RegionIndicator indicator(YearMonth period, long potential, long active) {
        return new RegionIndicator(ReferenceRegions.catalog().get("17"), period, potential, null, active, 0, 0, 0,
                active, Percent.of(active, potential), null, null, null, null, null, null, null, null, null, null,
                null, 0L, null, 0, 0, false, null, null, null, null, null);
    }

    @Test
    void yearlyChangeSplitsIntoParticipantsAndPotentialThatAddUp() {
        // 244,200 / 660,000 = 37.00 % -> 251,000 / 708,000 = 35.45 %
        var before = indicator(YearMonth.of(2024, 11), 660_000, 244_200);
        var now = indicator(YearMonth.of(2025, 11), 708_000, 251_000);
        var change = FindingsCalculator.change(before, now);
        assertEquals(new BigDecimal("-1.55"), change.totalPoints());
        // 6,800 / 2 * (1/660,000 + 1/708,000) * 100 = 0.9954 -> 1.00
        assertEquals(new BigDecimal("1.00"), change.participantsEffectPoints());
        assertEquals(new BigDecimal("-2.55"), change.potentialEffectPoints());
        assertEquals(change.totalPoints(), change.participantsEffectPoints().add(change.potentialEffectPoints()));
        assertEquals(6_800, change.activeChange());
        assertEquals(48_000, change.potentialChange());
    }

    @Test
    void noChangeWithoutTheEarlierMonthOrACoverage() {
        var now = indicator(YearMonth.of(2025, 11), 708_000, 251_000);
        assertNull(FindingsCalculator.change(null, now));
        assertNull(FindingsCalculator.change(indicator(YearMonth.of(2024, 11), 0, 0), now));
    }
}
