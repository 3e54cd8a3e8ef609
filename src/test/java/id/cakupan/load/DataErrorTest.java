package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DataErrorTest {

    private static List<String> collapse(List<DataError> errors) {
        return DataError.collapse(errors).stream().map(DataError::toString).toList();
    }

    @Test
    void theSameErrorOfAColumnOnManyLinesIsOneMessage() {
        List<DataError> errors = new ArrayList<>();
        for (int line = 2; line <= 53; line++) {
            errors.add(new DataError("k.csv", line, "kode_wilayah", "\"63.1\" is not a region code; did you mean 63.10?"));
        }
        assertEquals(List.of("k.csv:2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 42 more (52 lines): column kode_wilayah: "
                + "\"63.1\" is not a region code; did you mean 63.10?"), collapse(errors));
    }

    @Test
    void differentMessagesColumnsOrFilesStaySeparateAndInLineOrder() {
        List<DataError> errors = List.of(
                new DataError("k.csv", 9, "segmen", "\"PBI\" is not a known segmen"),
                new DataError("k.csv", 3, "segmen", "\"PBI\" is not a known segmen"),
                new DataError("k.csv", 4, "segmen", "\"X\" is not a known segmen"),
                new DataError("k.csv", 5, "periode", "\"PBI\" is not a known segmen"),
                new DataError("t.csv", 3, "segmen", "\"PBI\" is not a known segmen"),
                DataError.ofFile("a.csv", "the file is missing (it is required)"),
                DataError.ofFile("a.csv", "the file is missing (it is required)"));
        assertEquals(List.of("a.csv: the file is missing (it is required)",
                "a.csv: the file is missing (it is required)",
                "k.csv:3, 9 (2 lines): column segmen: \"PBI\" is not a known segmen",
                "k.csv:4: column segmen: \"X\" is not a known segmen",
                "k.csv:5: column periode: \"PBI\" is not a known segmen",
                "t.csv:3: column segmen: \"PBI\" is not a known segmen"), collapse(errors));
    }

    @Test
    void theErrorsOfARunAreCountedAsPrinted() {
        var e = new InvalidDataException(List.of(new DataError("k.csv", 2, "x", "m"), new DataError("k.csv", 3, "x", "m")));
        assertEquals(1, e.errors().size());
        assertEquals("1 error(s) in the data", e.getMessage());
    }

    @Test
    void aColumnListsTwentyDifferentErrorsAndCountsTheRestAfterTheFilesErrors() {
        List<DataError> errors = new ArrayList<>();
        for (int line = 2; line <= 100_001; line++) {
            errors.add(new DataError("k.csv", line, "peserta_aktif", "\"" + line + ",5\" is not a whole number"));
        }
        errors.add(new DataError("k.csv", 3, "segmen", "\"PBI\" is not a known segmen"));
        List<String> collapsed = collapse(errors);
        assertEquals(22, collapsed.size());
        assertEquals("k.csv:2: column peserta_aktif: \"2,5\" is not a whole number", collapsed.get(0));
        assertEquals("k.csv:3: column segmen: \"PBI\" is not a known segmen", collapsed.get(2));
        assertEquals("k.csv: column peserta_aktif: and 99980 more line(s) with other errors in this column, not listed"
                + " (correct the ones above and run again)", collapsed.get(21));
    }

    @Test
    void linesBeyondTheFirstTenAreCountedNotKept() {
        ErrorSink sink = new ErrorSink();
        for (int line = 2; line <= 3_000_001; line++) {
            sink.add(DataError.at("k.csv", line, "found 5 fields, expected 4"));
        }
        var error = sink.errors().get(0);
        assertEquals(10, error.lines().shown().size());
        assertEquals("k.csv:2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2999990 more (3000000 lines): found 5 fields, expected 4",
                error.toString());
    }
}
