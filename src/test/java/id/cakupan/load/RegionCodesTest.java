package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "63.1|63.10", "17.1|17.01", "17.4|17.04", "6371|63.71", "1704|17.04", "63,71|63.71", "63-71|63.71",
        "63 71|63.71", "0|00", "63,1|63.10"})
    void aMalformedCodeSuggestsTheOneItMostLikelyMeans(String code, String suggestion) {
        assertEquals(Optional.of(suggestion), RegionCodes.didYouMean(code, ReferenceRegions.catalog()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"17.04", "63.99", "6399", "19.9", "171", "1", "Kaur", "17.04.01", "'17.04 '"})
    void nothingIsSuggestedForAWellFormedCodeOrWhenNothingFits(String code) {
        assertEquals(Optional.empty(), RegionCodes.didYouMean(code, ReferenceRegions.catalog()));
    }
}
