package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

class PrivateValuesTest {

    private static String shown(Text message, String... cells) {
        return Catalogue.english().word(PrivateValues.redact(message, Arrays.asList(cells)));
    }

    @Test
    void aCellThatMayBePersonalIsNeverShown() {
        assertEquals("the cell is not a region code (expected 00, a province such as 17 or a regency/city such as 17.04,"
                + " written as text so that leading zeros stay)", shown(Text.of("load.region.notACode",
                Row.quote("Budi Santoso"), RegionCodes.expected()), "1701011203850003", "Budi Santoso", null));
        // cut to an excerpt of 40 characters, or inside a longer text
        String formula = "=CONCATENATE(\"1701011203850003\",\" Budi Santoso, lahir 12-03-1985\")";
        assertEquals("the cell is a formula whose value was never stored (open the workbook in Excel and save it)",
                shown(Text.of("load.cell.formulaNotStored", CsvFile.excerpt(formula, 40)), formula));
        assertEquals("the cell is not a month (expected YYYY-MM, such as 2025-11)",
                shown(Text.of("load.cell.notMonth", Row.quote("12-03-1985")), "12-03-1985"));
    }

    @Test
    void aCodeOrAMonthIsShown() {
        assertEquals("\"17.99\" is not in the Kemendagri region list",
                shown(Text.of("load.region.unknown", Row.quote("17.99")), "17.99", "Budi Santoso"));
        assertEquals("\"2025-13\" is not a month (expected YYYY-MM, such as 2025-11)",
                shown(Text.of("load.cell.notMonth", Row.quote("2025-13")), "2025-13"));
        for (String code : List.of("17", "17.04", "2025-11", "NELAYAN_LAUT", "APBD_PROVINSI", "#N/A", "#DIV/0!")) {
            assertTrue(PrivateValues.isShown(code), code);
        }
        for (String value : List.of("Budi", "BUDI", "APBN", "1701011203850003", "12-03-1985", "1985-03-12", "17.01.01")) {
            assertFalse(PrivateValues.isShown(value), value);
        }
    }

    @Test
    void whatIsNotACellStays() {
        Text message = Text.of("load.cell.unknownCode", Row.quote("Budi"), "sumber_dana", "APBD_PROVINSI, APBD_KABKOTA");
        assertEquals("the cell is not a known sumber_dana (expected one of APBD_PROVINSI, APBD_KABKOTA)",
                shown(message, "Budi", "APBD_PROVINSI"));
        Text masked = Text.of("load.register.nik.length", Nik.mask("170101120385000"), Text.figure(15));
        assertSame(masked, PrivateValues.redact(masked, List.of("170101120385000", "Budi Santoso")));
    }
}
