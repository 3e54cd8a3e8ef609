package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.cakupan.Fixtures;

/**
 * {@code build --region} with a code that is not a region, or not one in the data: wrong usage
 * (exit 2), nothing written, and a message that tells the two apart and suggests the code a
 * malformed one most likely means.
 */
class RegionOptionIT {

    static final String DATA = Fixtures.projectDir().resolve("src/test/resources/fixtures/valid").toString();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "--region {0} --lang {1}")
    @CsvSource(delimiter = '|', value = {
        "63.99|id|--region 63.99: bukan kode dalam daftar wilayah Kemendagri",
        "6371|id|--region 6371: bukan kode wilayah; maksud Anda 63.71?",
        "'17,02'|id|--region 17,02: bukan kode wilayah; maksud Anda 17.02?",
        "Kaur|id|--region Kaur: bukan kode wilayah (tulis 00, kode provinsi seperti 17, atau kode kabupaten/kota "
                + "seperti 17.04)",
        "17.04|id|--region 17.04: data tidak memuat angka untuk wilayah itu pada 2025-11",
        "63.99|en|--region 63.99: not a code in the Kemendagri region list",
        "6371|en|--region 6371: not a region code; did you mean 63.71?",
        "63.1|en|--region 63.1: not a region code; did you mean 63.10?",
        "17.1|en|--region 17.1: not a region code; did you mean 17.01?",
        "'17,02'|en|--region 17,02: not a region code; did you mean 17.02?",
        "0|en|--region 0: not a region code; did you mean 00?",
        "Kaur|en|--region Kaur: not a region code (expected 00, a province such as 17 or a regency/city such as 17.04)",
        "17.04|en|--region 17.04: the data has no figures for that region in 2025-11",
        "63.71|en|--region 63.71: the data has no figures for that region in 2025-11"})
    void aRegionThatIsNotOneOrNotInTheDataIsWrongUsage(String region, String language, String message) {
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", DATA, "--out", out.toString(), "--region", region, "--lang", language,
                "--quiet");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("cakupan build: " + message, run.err().strip());
        assertFalse(Files.exists(out), "nothing may be written");
    }
}
