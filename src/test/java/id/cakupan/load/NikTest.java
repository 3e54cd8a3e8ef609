package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

class NikTest {

    private static final NikPrefixes PREFIXES = NikPrefixes.of(ReferenceRegions.catalog());
    private static final int JANUARY_2025 = Nik.monthIndex(YearMonth.of(2025, 1));

    private static String problem(String nik) {
        Text problem = Nik.problem(nik, JANUARY_2025, PREFIXES);
        return problem == null ? null : Catalogue.english().word(problem);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "170101120385000|NIK ***********5000 has 15 digits, not 16",
        "17010112038500031|NIK *************0031 has 17 digits, not 16",
        "1701O11203850003|NIK 1701*1******0003 is not 16 digits (digits 0–9 only, no spaces or other signs)",
        "1701 11203850003|NIK 1701*1******0003 is not 16 digits (digits 0–9 only, no spaces or other signs)",
        "Budi Santoso|NIK ************ is not 16 digits (digits 0–9 only, no spaces or other signs)",
        "1701013102990003|NIK 170101******0003: digits 7 to 12 are no birth date (DDMMYY, 40 added to the day for women)",
        "1701013002000003|NIK 170101******0003: digits 7 to 12 are no birth date (DDMMYY, 40 added to the day for women)",
        "1701017201900003|NIK 170101******0003: digits 7 to 12 are no birth date (DDMMYY, 40 added to the day for women)",
        "1701013501900003|NIK 170101******0003: digits 7 to 12 are no birth date (DDMMYY, 40 added to the day for women)",
        "1701010013900003|NIK 170101******0003: digits 7 to 12 are no birth date (DDMMYY, 40 added to the day for women)",
        "1701010001900003|NIK 170101******0003: digits 7 to 12 are no birth date (DDMMYY, 40 added to the day for women)",
        "1799011203850003|NIK 179901******0003: the region code 17.99 it starts with is not in the Ministry of Home Affairs list"
            + " (nor the former code of a regency moved to a new province)",
        "9199011203850003|NIK 919901******0003: the region code 91.99 it starts with is not in the Ministry of Home Affairs list"
            + " (nor the former code of a regency moved to a new province)",
        "6412011203850003|NIK 641201******0003: the region code 64.12 it starts with is not in the Ministry of Home Affairs list"
            + " (nor the former code of a regency moved to a new province)",
    })
    void aWrongNikIsNamedMaskedWithWhatIsWrong(String nik, String expected) {
        assertEquals(expected, problem(nik));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1701011203850003", // a man born 12 March 1985 in Bengkulu Selatan
        "1701015203850003", // a woman born the same day: day + 40
        "1771027112990001", // a woman born 31 December 1999, Kota Bengkulu
        "1771024101010001", // a woman born 1 January 2001
        "1701012902000003", // 29 February 2000, a leap year
        "9101011203850003", // Kabupaten Merauke before 2022 (now 93.01)
        "9201011203850003", // Kabupaten Sorong before 2022 (now 96.01)
        "9271011203850003", // Kota Sorong before 2022 (now 96.71)
        "9301011203850003", // Kabupaten Merauke since 2022
        "9103011203850003", // Kabupaten Jayapura, in Papua before and after
        "6473010101900001", // Kota Tarakan before Kalimantan Utara was formed in 2012 (now 65.71)
        "6404011203850003", // Kabupaten Bulungan before 2012 (now 65.01)
        "6571011203850003", // Kota Tarakan since 2012
        "6474011203850003", // Kota Bontang, in Kalimantan Timur before and after
    })
    void aRealNikPasses(String nik) {
        assertNull(problem(nik));
    }

    @Test
    void womenAreToldByTheDayPlusForty() {
        assertTrue(Nik.isWoman(Nik.parse("1701015203850003")));
        assertFalse(Nik.isWoman(Nik.parse("1701011203850003")));
        assertEquals(19850312, Nik.birthDate(Nik.parse("1701015203850003"), JANUARY_2025));
    }

    /** A two-digit year is of this century unless the birth would then fall after protection starts. */
    @Test
    void theBirthYearIsTheOneBeforeProtectionStarts() {
        assertEquals(20250101, Nik.birthDate(Nik.parse("1701010101250003"), JANUARY_2025));
        assertEquals(19250102, Nik.birthDate(Nik.parse("1701010201250003"), JANUARY_2025));
        assertEquals(20101231, Nik.birthDate(Nik.parse("1701013112100003"), JANUARY_2025));
        assertEquals(19300615, Nik.birthDate(Nik.parse("1701011506300003"), JANUARY_2025));
        // 29 February "00" enrolled in 1999 is 1900, which had no 29 February
        assertEquals(-1, Nik.birthDate(Nik.parse("1701012902000003"), Nik.monthIndex(YearMonth.of(1999, 5))));
    }

    @Test
    void theAgeIsInWholeYearsOnTheFirstDayOfTheStartMonth() {
        assertEquals(39, Nik.ageAt(19850312, JANUARY_2025));
        assertEquals(40, Nik.ageAt(19850101, JANUARY_2025));
        assertEquals(39, Nik.ageAt(19850102, JANUARY_2025));
        assertEquals(14, Nik.ageAt(20100201, JANUARY_2025));
    }

    @Test
    void aNikIsShownWithItsFirstSixAndLastFourDigitsOnly() {
        assertEquals("170101******0003", Nik.mask(1701011203850003L));
        assertEquals("110101******0001", Nik.mask(Nik.parse("1101014101900001")));
        assertEquals("170101******0003", Nik.mask("1701011203850003"));
        assertEquals("*****", Nik.mask("17010"), "a short text shows nothing");
        assertEquals("*******************…0003", Nik.mask("17010112038500031701011203850003"), "a long text is cut");
        assertEquals("*******2003", Nik.mask("17010112003"), "11 digits show their last 4 only");
        assertEquals("***********5000", Nik.mask("170101120385000"), "15 digits show their last 4 only");
    }

    @Test
    void theOldPapuaCodesAreTheRegenciesOfTheNewProvinces() {
        RegionCatalog regions = ReferenceRegions.catalog();
        List<NikPrefixes.Moved> moved = NikPrefixes.formerCodes().stream()
                .filter(m -> m.oldCode().startsWith("91.") || m.oldCode().startsWith("92.")).toList();
        assertEquals(26, moved.size());
        assertMovedTo(regions, moved, List.of("93", "94", "95", "96"));
        // every regency of the four new provinces had an old code: those provinces had none of their own
        long newRegencies = List.of("93", "94", "95", "96").stream().mapToLong(p -> regions.children(p).size()).sum();
        assertEquals(newRegencies, moved.size());
    }

    /** UU 20/2012: Kalimantan Utara (65) was formed of five regencies and cities of Kalimantan Timur (64). */
    @Test
    void theOldKalimantanTimurCodesAreTheRegenciesOfKalimantanUtara() {
        RegionCatalog regions = ReferenceRegions.catalog();
        List<NikPrefixes.Moved> moved = NikPrefixes.formerCodes().stream()
                .filter(m -> m.oldCode().startsWith("64.")).toList();
        assertEquals(List.of("64.04 65.01", "64.06 65.02", "64.05 65.03", "64.10 65.04", "64.73 65.71"),
                moved.stream().map(m -> m.oldCode() + " " + m.newCode()).toList());
        assertMovedTo(regions, moved, List.of("65"));
        assertEquals(regions.children("65").size(), moved.size(), "every regency of Kalimantan Utara had a 64 code");
        assertEquals(31, NikPrefixes.formerCodes().size(), "no other province's codes are in the crosswalk");
    }

    private static void assertMovedTo(RegionCatalog regions, List<NikPrefixes.Moved> moved, List<String> provinces) {
        Set<String> oldCodes = new HashSet<>();
        for (NikPrefixes.Moved m : moved) {
            assertTrue(oldCodes.add(m.oldCode()), m.oldCode());
            assertTrue(regions.find(m.oldCode()).isEmpty(), m.oldCode() + " is no code any more");
            Region now = regions.get(m.newCode());
            assertEquals(m.name(), now.name(), m.newCode());
            assertTrue(provinces.contains(now.parentCode()), m.newCode());
            assertTrue(PREFIXES.isKnown(Integer.parseInt(m.oldCode().replace(".", ""))), m.oldCode());
        }
    }
}
