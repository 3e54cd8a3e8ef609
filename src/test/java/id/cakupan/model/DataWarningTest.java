package id.cakupan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/** The terminal's summary of the data warnings reads right in Indonesian and in English. */
class DataWarningTest {

    private static List<String> words(Catalogue catalogue, List<DataWarning> warnings) {
        return DataWarning.summarize(warnings).stream().map(catalogue::word).toList();
    }

    private static DataWarning active(String month, long value, long limit) {
        return new DataWarning(DataWarning.Kind.ACTIVE_ABOVE_POTENTIAL, "17.04", "Kabupaten Kaur", YearMonth.parse(month),
                value, limit);
    }

    @Test
    void oneLinePerRegionAndFindingWithItsMonthsInEitherLanguage() {
        List<DataWarning> warnings = List.of(
                active("2025-09", 708_000, 700_000), active("2025-10", 708_000, 700_000),
                active("2025-11", 708_000, 700_000),
                new DataWarning(DataWarning.Kind.PROTECTED_ABOVE_VULNERABLE, "17.04", "Kabupaten Kaur",
                        YearMonth.of(2025, 1), 11, 10),
                new DataWarning(DataWarning.Kind.PROTECTED_ABOVE_VULNERABLE, "17.04", "Kabupaten Kaur",
                        YearMonth.of(2025, 3), 11, 10),
                new DataWarning(DataWarning.Kind.INCOMPLETE_ROLLUP, "17", "Bengkulu", YearMonth.of(2025, 11), 1, 10));
        assertEquals(List.of(
                "17.04 Kabupaten Kaur, 2025-09 sampai 2025-11 (3 bulan): peserta aktif 708.000 melebihi potensi peserta "
                        + "700.000 (cakupan di atas 100 %; apakah potensi_peserta sudah diperbarui?)",
                "17.04 Kabupaten Kaur, 2025-01, 2025-03: 11 pekerja rentan terlindungi melebihi 10 pekerja rentan yang "
                        + "tercatat (pekerja_rentan)",
                "17 Bengkulu, 2025-11: hanya 1 dari 10 kabupaten/kotanya yang ada lengkap dalam data; angkanya hanya "
                        + "mencakup sebagian wilayah, sehingga laporan menandainya sebagai angka sebagian dan tidak "
                        + "memakainya sebagai pembanding. Untuk menampilkan angka provinsi yang dipublikasikan tanpa data "
                        + "wilayah lain, tambahkan baris untuk 17 setiap bulan ke tenaga_kerja.csv (potensi_peserta) dan "
                        + "kepesertaan.csv (peserta_aktif per segmen)"),
                words(Catalogue.indonesian(), warnings));
        assertEquals(List.of(
                "17.04 Kabupaten Kaur, 2025-09 to 2025-11 (3 months): 708,000 active participants exceed the potential "
                        + "of 700,000 (coverage above 100 %; is potensi_peserta up to date?)",
                "17.04 Kabupaten Kaur, 2025-01, 2025-03: 11 protected vulnerable workers exceed the 10 vulnerable "
                        + "workers counted (pekerja_rentan)",
                "17 Bengkulu, 2025-11: only 1 of its 10 regencies/cities are in the data in full; its figures cover part "
                        + "of it, so the reports mark them as partial and compare with them nowhere. To give the "
                        + "province's published figure without the other regions' data, add a row for 17 and each month "
                        + "to tenaga_kerja.csv (potensi_peserta) and kepesertaan.csv (peserta_aktif per segmen)"),
                words(Catalogue.english(), warnings));
    }

    @Test
    void differentFiguresAreDifferentLines() {
        List<Text> summary = DataWarning.summarize(List.of(active("2025-10", 120, 100), active("2025-11", 130, 100)));
        assertEquals(List.of("17.04 Kabupaten Kaur, 2025-10: peserta aktif 120 melebihi potensi peserta 100 "
                        + "(cakupan di atas 100 %; apakah potensi_peserta sudah diperbarui?)",
                "17.04 Kabupaten Kaur, 2025-11: peserta aktif 130 melebihi potensi peserta 100 "
                        + "(cakupan di atas 100 %; apakah potensi_peserta sudah diperbarui?)"),
                summary.stream().map(Catalogue.indonesian()::word).toList());
        assertEquals("17.04 Kabupaten Kaur, 2025-11: 130 active participants exceed the potential of 100 (coverage above "
                + "100 %; is potensi_peserta up to date?)", active("2025-11", 130, 100).describe());
    }
}
