package id.cakupan.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.load.DatasetLoader;
import id.cakupan.load.InvalidDataException;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.CheckedDataset;
import id.cakupan.model.DataWarning;
import id.cakupan.text.Catalogue;

class DatasetCheckerTest {

    static final List<String> BENGKULU = List.of("17.01", "17.02", "17.03", "17.04", "17.05", "17.06", "17.07",
            "17.08", "17.09", "17.71");

    @TempDir
    Path dir;

    private CheckedDataset check(Map<String, String> files) throws Exception {
        Fixtures.write(dir, files);
        return DatasetChecker.check(new DatasetLoader(dir, ReferenceRegions.catalog()).load());
    }

    /** Every Bengkulu regency with 100 potential and 40 active, plus the given extra workforce rows. */
    private static Map<String, String> bengkulu(String extraWorkforce, String extraParticipants) {
        StringBuilder workforce = new StringBuilder("kode_wilayah,periode,potensi_peserta\n");
        StringBuilder participants = new StringBuilder("kode_wilayah,periode,segmen,peserta_aktif\n");
        for (String code : BENGKULU) {
            workforce.append(code).append(",2025-11,100\n");
            participants.append(code).append(",2025-11,PU,40\n");
        }
        return Map.of("tenaga_kerja.csv", workforce + extraWorkforce,
                "kepesertaan.csv", participants + extraParticipants);
    }

    @Test
    void aProvinceRowMustEqualTheSumOfAllItsRegencies() {
        var e = assertThrows(InvalidDataException.class, () -> check(bengkulu("17,2025-11,1001\n", "")));
        String file = dir.resolve("tenaga_kerja.csv").toString();
        assertEquals(List.of(file + ":12: potensi_peserta 17 Bengkulu pada 2025-11 adalah 1001, tetapi 10 "
                + "kabupaten/kotanya berjumlah 1000 (" + file + ":2, " + file + ":3, " + file + ":4, …)"),
                e.errors().stream().map(error -> error.describe(Catalogue.indonesian())).toList());
        assertEquals(List.of(file + ":12: potensi_peserta of 17 Bengkulu in 2025-11 is 1001, but its 10 "
                + "regencies/cities add up to 1000 (" + file + ":2, " + file + ":3, " + file + ":4, …)"),
                e.errors().stream().map(error -> error.describe(Catalogue.english())).toList());
    }

    @Test
    void aProvinceRowThatAgreesIsUsed() throws Exception {
        var checked = check(bengkulu("17,2025-11,1000\n", "17,2025-11,PU,400\n"));
        assertEquals(1000, checked.totals("17", YearMonth.of(2025, 11)).potential());
        assertEquals(400, checked.totals("17", YearMonth.of(2025, 11)).totalParticipants());
    }

    @Test
    void segmentsDisagreeingNameTheSegment() {
        var e = assertThrows(InvalidDataException.class, () -> check(bengkulu("", "17,2025-11,PU,399\n")));
        String message = e.errors().get(0).describe(Catalogue.indonesian());
        assertEquals(dir.resolve("kepesertaan.csv") + ":12: peserta_aktif 17 Bengkulu (PU) pada 2025-11 adalah 399, tetapi "
                + "10 kabupaten/kotanya berjumlah 400", message.substring(0, message.indexOf(" (" + dir)));
    }

    @Test
    void aCountryRowMayCoverMoreThanTheProvincesInTheData() throws Exception {
        var checked = check(bengkulu("00,2025-11,5000\n", "00,2025-11,PU,2000\n"));
        assertEquals(5000, checked.totals("00", YearMonth.of(2025, 11)).potential());
        assertEquals(1000, checked.totals("17", YearMonth.of(2025, 11)).potential());
    }

    @Test
    void moreParticipantsThanPotentialIsAWarning() throws Exception {
        var checked = check(Map.of(
                "tenaga_kerja.csv", "kode_wilayah,periode,potensi_peserta,pekerja_rentan\n17.04,2025-11,100,10\n",
                "kepesertaan.csv", "kode_wilayah,periode,segmen,peserta_aktif\n17.04,2025-11,PU,120\n",
                "pekerja_rentan.csv", "kode_wilayah,periode,kategori,sumber_dana,terlindungi\n"
                        + "17.04,2025-11,PETANI,APBD_KABKOTA,8\n17.04,2025-11,NELAYAN,APBD_KABKOTA,3\n"));
        List<String> warnings = checked.warnings().stream().filter(w -> w.regionCode().equals("17.04"))
                .map(DataWarning::describe).toList();
        assertEquals(List.of(
                "17.04 Kabupaten Kaur, 2025-11: 120 active participants exceed the potential of 100 "
                        + "(coverage above 100 %; is potensi_peserta up to date?)",
                "17.04 Kabupaten Kaur, 2025-11: 11 protected vulnerable workers exceed the 10 vulnerable "
                        + "workers counted (pekerja_rentan)"), warnings);
        assertEquals(8, checked.warnings().size(),
                "the same two for the province and the country, and each summed from one region of many");
    }
}
