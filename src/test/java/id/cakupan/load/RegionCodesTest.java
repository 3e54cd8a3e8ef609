package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
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

    /** A number cell of a sheet: 17.1 is 17.01 where there is no 17.10, and either in Kalimantan Selatan. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"17|17", "17.04|17.04", "17.1|17.01", "0|00", "63.1|63.01 63.10",
        "17.40|17.04", "1704|"})
    void numbersAreTheCodesOnlyTheyCanBe(String number, String codes) {
        assertEquals(codes == null ? List.of() : List.of(codes.split(" ")),
                RegionCodes.ofNumber(new BigDecimal(number), ReferenceRegions.catalog()));
    }
}
