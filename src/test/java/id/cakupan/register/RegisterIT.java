package id.cakupan.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * A build with a register of vulnerable workers in two files: the exact errors of invalid rows (in
 * Indonesian and English, NIKs masked, nothing written), and for a valid register the protected
 * workers it counts in {@code indikator_rentan.csv}, the findings beside the output and the one line
 * the console says of them.
 */
class RegisterIT {

    private static final String HEADER = "nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai\n";

    @TempDir
    Path temp;

    /** The sample data without the vulnerable-worker rows of 17.01 and 17.71, which the register gives. */
    private Path data() throws IOException {
        Path data = Fixtures.copyTree(Fixtures.projectDir().resolve("data"), temp.resolve("data"));
        Path table = data.resolve("pekerja_rentan.csv");
        Files.write(table, Files.readAllLines(table).stream()
                .filter(l -> !l.startsWith("17.01,") && !l.startsWith("17.71,")).toList());
        return data;
    }

    @Test
    void everyWrongRowIsAnErrorNamingFileLineAndTheMaskedNik() throws IOException {
        Path data = data();
        Files.writeString(data.resolve("daftar_rentan.csv"), HEADER + """
                170101120385000,Ani Rusmini,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                1701013102990003,Bambang Irawan,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                1799011203850003,Cahya Lestari,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                9101011203850003,Daniel Gebze,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                1701011203850007,Eko Purnomo,17,NELAYAN,APBD_PROVINSI,2025-01,
                1701011203850008,Fitri Handayani,17.01,NELAYAN_LAUT,APBD_PROVINSI,2025-01,
                1701011203850009,Gilang Ramadhan,17.01,NELAYAN,APBN,2025-01,
                1701011203850010,Hesti Purwanti,17.01,NELAYAN,APBD_PROVINSI,2025-06,2025-03
                1701017203850011,Indah Sari,17.01,NELAYAN,APBD_PROVINSI,2025-13,
                """);
        Path out = temp.resolve("out");
        String file = data.resolve("daftar_rentan.csv").toString();
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, run.exitCode());
        assertEquals(List.of(
                "kesalahan: " + file + ":2: kolom nik: NIK ***********5000 berisi 15 angka, seharusnya 16",
                "kesalahan: " + file + ":3: kolom nik: NIK 170101******0003: angka ke-7 sampai ke-12 bukan tanggal lahir"
                        + " (DDMMYY, tanggal ditambah 40 untuk perempuan)",
                "kesalahan: " + file + ":4: kolom nik: NIK 179901******0003: kode wilayah 17.99 di awal NIK tidak ada"
                        + " dalam daftar Kemendagri (juga bukan kode lama kabupaten/kota yang pindah ke provinsi baru)",
                "kesalahan: " + file + ":6: kolom kode_wilayah: \"17\" bukan kabupaten/kota (daftar menyebut"
                        + " kabupaten/kota tempat pekerja, seperti 17.04)",
                "kesalahan: " + file + ":7: kolom kategori: \"NELAYAN_LAUT\" bukan kategori yang dikenal (seharusnya"
                        + " kategori bawaan seperti GURU_HONORER, GURU_MADRASAH, KADER_POSYANDU (lihat PANDUAN.md), atau"
                        + " tambahkan kategori.csv)",
                "kesalahan: " + file + ":8: kolom sumber_dana: isi sel bukan sumber_dana yang dikenal (seharusnya"
                        + " salah satu dari APBD_PROVINSI, APBD_KABKOTA, APBDES, CSR, MANDIRI, LAINNYA)",
                "kesalahan: " + file + ":9: kolom selesai: bulan selesai 2025-03 sebelum bulan mulai 2025-06",
                "kesalahan: " + file + ":10: kolom mulai: \"2025-13\" bukan bulan (tulis YYYY-MM, misalnya 2025-11)",
                "kesalahan: " + file + ":10: kolom nik: NIK 170101******0011: angka ke-7 sampai ke-12 bukan tanggal"
                        + " lahir (DDMMYY, tanggal ditambah 40 untuk perempuan)",
                "9 kesalahan; tidak ada yang ditulis."), errors(run.err()));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(temp.resolve("out-pribadi")));

        var english = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(List.of(
                "error: " + file + ":2: column nik: NIK ***********5000 has 15 digits, not 16",
                "error: " + file + ":3: column nik: NIK 170101******0003: digits 7 to 12 are no birth date (DDMMYY,"
                        + " 40 added to the day for women)",
                "error: " + file + ":4: column nik: NIK 179901******0003: the region code 17.99 it starts with is not in"
                        + " the Ministry of Home Affairs list (nor the former code of a regency moved to a new province)",
                "error: " + file + ":6: column kode_wilayah: \"17\" is not a regency or city (the register names the"
                        + " worker's regency or city, such as 17.04)"),
                errors(english.err()).subList(0, 4));
        for (String name : List.of("Ani Rusmini", "1701013102990003", "1799011203850003", "170101120385000")) {
            assertFalse(run.err().contains(name) || english.err().contains(name), name);
        }
    }

    @Test
    void aValidRegisterIsCountedOncePerWorkerAndFunderAndItsFindingsStayBesideTheOutput() throws IOException {
        Path data = data();
        Files.writeString(data.resolve("daftar_rentan.csv"), HEADER + """
                1701011203850003,Budi Santoso,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                1701011203850003,Budi Santoso,17.01,NELAYAN,APBD_PROVINSI,2025-06,2025-12
                1701015507900004,Siti Aminah,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                9101021203850006,Yohanes Gebze,17.71,PENJAHIT,APBD_KABKOTA,2025-10,
                """);
        Files.writeString(data.resolve("daftar_rentan_kota.csv"), HEADER + """
                1701015507900004,Siti Aminah,17.01,NELAYAN,APBD_KABKOTA,2025-09,
                1771020101110005,Rina Wati,17.71,PENJAHIT,APBD_KABKOTA,2025-01,
                1701011203850003,Budi Santoso,17.71,NELAYAN,APBD_PROVINSI,2025-11,2025-11
                """);
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path findings = temp.resolve("out-pribadi").resolve("temuan_daftar.csv");
        assertTrue(run.err().lines().anyMatch(l -> l.equals("peringatan: Daftar pekerja rentan: 7 baris, 4 pekerja;"
                + " 2 baris ganda, 1 pekerja dibiayai ganda (iuran kedua Rp 50.400), 1 pekerja di dua wilayah,"
                + " 1 peringatan usia. Temuan: " + findings.toAbsolutePath().normalize())), run.err());

        List<String> counted = Files.readAllLines(out.resolve("data/indikator_rentan.csv")).stream()
                .filter(l -> l.startsWith("17.01,2025-") || l.startsWith("17.71,2025-"))
                .map(l -> String.join(",", List.of(l.split(",")).subList(0, 7)).replace(",INFORMAL_BPU", ""))
                .filter(l -> l.contains(",2025-09,") || l.contains(",2025-1"))
                .collect(Collectors.toList());
        assertEquals(List.of(
                "17.01,2025-09,NELAYAN,Nelayan,APBD_PROVINSI,2",
                "17.01,2025-09,NELAYAN,Nelayan,APBD_KABKOTA,1",
                "17.01,2025-10,NELAYAN,Nelayan,APBD_PROVINSI,2",
                "17.01,2025-10,NELAYAN,Nelayan,APBD_KABKOTA,1",
                "17.01,2025-11,NELAYAN,Nelayan,APBD_PROVINSI,2",
                "17.01,2025-11,NELAYAN,Nelayan,APBD_KABKOTA,1",
                "17.71,2025-09,PENJAHIT,Penjahit,APBD_KABKOTA,1",
                "17.71,2025-10,PENJAHIT,Penjahit,APBD_KABKOTA,2",
                "17.71,2025-11,PENJAHIT,Penjahit,APBD_KABKOTA,2"), counted);

        String register = data.resolve("daftar_rentan.csv").toString();
        String city = data.resolve("daftar_rentan_kota.csv").toString();
        assertEquals(List.of(
                "berkas,baris,nik_tersamar,temuan,baris_lain_nik_sama",
                register + ",3,170101******0003,baris ganda: pekerja yang sama dengan sumber dana yang sama pada bulan"
                        + " yang sama sudah ada di " + register + ":2 (dihitung sekali)," + register + ":2; " + city + ":4",
                city + ",2,170101******0004,dibiayai ganda: APBD_KABKOTA dan APBD_PROVINSI (" + register + ":4)"
                        + " membayar iuran pada 3 bulan yang sama dalam rentang bulan data; iuran kedua Rp 50.400,"
                        + register + ":4",
                city + ",3,177102******0005,usia di bawah 15 tahun saat perlindungan dimulai (periksa NIK atau bulan"
                        + " mulai),",
                city + ",4,170101******0003,baris ganda: pekerja yang sama dengan sumber dana yang sama pada bulan"
                        + " yang sama sudah ada di " + register + ":2 (dihitung sekali)," + register + ":2; " + register
                        + ":3",
                city + ",4,170101******0003,\"terdaftar di dua wilayah pada bulan yang sama: 17.71 di sini, 17.01 di "
                        + register + ":2\"," + register + ":2; " + register + ":3"),
                Files.readAllLines(findings));
        assertTrue(Files.isRegularFile(findings.resolveSibling("temuan_daftar.xlsx")));

        var check = Fixtures.cli("validate", "--data", data.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("Daftar pekerja rentan: 7 baris, 4 pekerja; 2 baris ganda, 1 pekerja dibiayai ganda (iuran kedua"
                + " Rp 50.400), 1 pekerja di dua wilayah, 1 peringatan usia (rinciannya ditulis oleh build ke folder"
                + " -pribadi)", check.out().lines().reduce((a, b) -> b).orElse(""));

        // the province's briefing states the double funding, as counts; a regency's does not
        assertTrue(pdfText(out.resolve("pdf/17-bengkulu.pdf")).contains("Daftar by name mencatat 1 pekerja rentan yang"
                + " iurannya dibayar dua sumber dana pada bulan yang sama; iuran kedua itu Rp 50.400."));
        assertFalse(pdfText(out.resolve("pdf/17.01-bengkulu-selatan.pdf")).contains("by name"));
    }

    @Test
    void aSheetNamedDaftarRentanIsARegisterAndItsFindingsMayGoElsewhereButNotIntoTheOutput() throws IOException {
        Path data = data();
        List<Object[]> rows = List.of(
                new Object[] {"nik", "nama", "kode_wilayah", "kategori", "sumber_dana", "mulai", "selesai"},
                new Object[] {"1701011203850003", "Budi Santoso", "17.01", "NELAYAN", "APBD_PROVINSI", "2025-01", ""},
                new Object[] {1701011203850003L, "Budi Santoso", "17.01", "NELAYAN", "APBD_PROVINSI", "2025-06", ""});
        Path workbook = data.resolve("daftar.xlsx");
        writeSheet(workbook, rows);
        Path out = temp.resolve("out");
        var wrong = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, wrong.exitCode());
        // the sheet keeps 15 digits of a number, as Excel does: the last one is lost
        assertEquals(List.of("kesalahan: " + workbook + " [daftar_rentan] A3: NIK 170101******0000 diketik sebagai angka:"
                + " Excel hanya menyimpan 15 angka pertama (atur format kolomnya menjadi Teks/Text lalu ketik ulang"
                + " NIK-nya)", "1 kesalahan; tidak ada yang ditulis."), errors(wrong.err()));

        rows.get(2)[0] = "1701011203850003";
        writeSheet(workbook, rows);
        var inside = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--pribadi",
                out.resolve("temuan").toString());
        assertEquals(2, inside.exitCode());
        assertTrue(inside.err().contains("berada di dalam folder keluaran"), inside.err());
        Path elsewhere = temp.resolve("rahasia");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--pribadi",
                elsewhere.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("file,line,masked_nik,finding,other_rows_same_nik",
                workbook + " [daftar_rentan],3,170101******0003,duplicate row: the same worker with the same funder in the"
                        + " same months is already at " + workbook + " [daftar_rentan] row 2 (counted once),"
                        + workbook + " [daftar_rentan] row 2"),
                Files.readAllLines(elsewhere.resolve("temuan_daftar.csv")));
        assertFalse(Files.exists(temp.resolve("out-pribadi")));
        assertTrue(Files.readAllLines(out.resolve("data/indikator_rentan.csv")).contains(
                "17.01,2025-11,INFORMAL_BPU,NELAYAN,Nelayan,APBD_PROVINSI,1,201600,Kabupaten Bengkulu Selatan,"
                        + "Pekerja informal (BPU),Fishers,,tidak"));
    }

    /** The first line of a file without a header is a row of NIKs and names: only its column count is told. */
    @Test
    void aRegisterWithoutHeaderIsToldWithoutShowingItsFirstLine() throws IOException {
        Path data = data();
        Path register = data.resolve("daftar_rentan.csv");
        Files.writeString(register, """
                1701011203850003,Budi Santoso,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                1701015507900004,Siti Aminah,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                """);
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, run.exitCode());
        assertEquals(List.of("kesalahan: " + register + ":1: kolom nik, nama, kode_wilayah, kategori, sumber_dana, mulai dan"
                + " selesai tidak ada di baris pertama, yang berisi 7 kolom (isinya tidak ditampilkan karena bisa berisi"
                + " data pribadi); baris pertama harus baris judul nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai",
                "1 kesalahan; tidak ada yang ditulis."), errors(run.err()));
        var english = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(List.of("error: " + register + ":1: columns nik, nama, kode_wilayah, kategori, sumber_dana, mulai and"
                + " selesai are missing from the first line, which has 7 columns (not shown as they may hold personal"
                + " data); the first line must be the header nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai",
                "1 error(s); nothing was written."), errors(english.err()));
        for (String secret : List.of("1701011203850003", "170101", "Budi", "Santoso", "NELAYAN,")) {
            assertFalse(run.err().contains(secret) || english.err().contains(secret), secret);
        }

        // a header with a column misspelt, and one column that is a name: neither is shown
        Files.writeString(register, "nik,nama,kode_wilayah,kategory,sumber_dana,mulai,selesai,Budi Santoso\n"
                + "1701011203850003,Budi Santoso,17.01,NELAYAN,APBD_PROVINSI,2025-01,,\n");
        var misspelt = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(List.of("kesalahan: " + register + ":1: kolom kategori tidak ada di baris pertama, yang berisi 8"
                + " kolom (isinya tidak ditampilkan karena bisa berisi data pribadi); baris pertama harus baris judul"
                + " nik,nama,kode_wilayah,kategori,sumber_dana,mulai,selesai",
                "1 kesalahan; tidak ada yang ditulis."), errors(misspelt.err()));
        assertFalse(Files.exists(out));
    }

    /** Columns out of order put names, NIKs and birth dates in other columns: the messages name the cell, not what it holds. */
    @Test
    void aCellOfTheRegisterIsNeverQuotedUnlessItIsACodeOrAMonth() throws IOException {
        Path data = data();
        Path register = data.resolve("daftar_rentan.csv");
        Files.writeString(register, HEADER + """
                1701011203850003,17.01,Budi Santoso,NELAYAN,APBD_PROVINSI,2025-01,
                1701015507900004,Siti Aminah,17.01,Siti Aminah,1701015507900004,15-07-1990,
                1701011203850007,Eko Purnomo,17.99,NELAYAN_LAUT,APBD_PROVINSI,2025-01,2025-13
                """);
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, run.exitCode());
        String file = register.toString();
        assertEquals(List.of(
                "kesalahan: " + file + ":2: kolom kode_wilayah: isi sel bukan kode wilayah (seharusnya 00, provinsi"
                        + " seperti 17, atau kabupaten/kota seperti 17.04, ditulis sebagai teks agar angka nol di depannya"
                        + " tidak hilang)",
                "kesalahan: " + file + ":3: kolom kategori: isi sel bukan kategori yang dikenal (seharusnya kategori"
                        + " bawaan seperti GURU_HONORER, GURU_MADRASAH, KADER_POSYANDU (lihat PANDUAN.md), atau tambahkan"
                        + " kategori.csv)",
                "kesalahan: " + file + ":3: kolom sumber_dana: isi sel bukan sumber_dana yang dikenal (seharusnya"
                        + " salah satu dari APBD_PROVINSI, APBD_KABKOTA, APBDES, CSR, MANDIRI, LAINNYA)",
                "kesalahan: " + file + ":3: kolom mulai: isi sel bukan bulan (tulis YYYY-MM, misalnya 2025-11)",
                "kesalahan: " + file + ":4: kolom kode_wilayah: \"17.99\" tidak ada dalam daftar wilayah Kemendagri",
                "kesalahan: " + file + ":4: kolom kategori: \"NELAYAN_LAUT\" bukan kategori yang dikenal (seharusnya"
                        + " kategori bawaan seperti GURU_HONORER, GURU_MADRASAH, KADER_POSYANDU (lihat PANDUAN.md), atau"
                        + " tambahkan kategori.csv)",
                "kesalahan: " + file + ":4: kolom selesai: \"2025-13\" bukan bulan (tulis YYYY-MM, misalnya 2025-11)",
                "7 kesalahan; tidak ada yang ditulis."), errors(run.err()));
        var english = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals("error: " + file + ":2: column kode_wilayah: the cell is not a region code (expected 00, a province"
                + " such as 17 or a regency/city such as 17.04, written as text so that leading zeros stay)",
                errors(english.err()).get(0));
        for (String secret : List.of("Budi", "Siti", "Aminah", "15-07-1990", "1701015507900004", "1701011203850003")) {
            assertFalse(run.err().contains(secret) || english.err().contains(secret), secret);
        }
    }

    /** A formula in the NIK column and a name in the region column of a sheet: neither is shown. */
    @Test
    void aFormulaOrANameInARegisterSheetIsNotShown() throws IOException {
        Path data = data();
        Path workbook = data.resolve("daftar.xlsx");
        try (OutputStream file = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(file, "test", "1.0");
            Worksheet sheet = book.newWorksheet("daftar_rentan");
            List<String> header = List.of("nik", "nama", "kode_wilayah", "kategori", "sumber_dana", "mulai", "selesai");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.formula(1, 0, "CONCATENATE(\"1701011203850003\",\" Budi Santoso\")");
            sheet.value(1, 1, "Budi Santoso");
            sheet.value(1, 2, "17.01");
            sheet.value(1, 3, "NELAYAN");
            sheet.value(1, 4, "APBD_PROVINSI");
            sheet.value(1, 5, "2025-01");
            sheet.value(2, 0, "1701015507900004");
            sheet.value(2, 1, "17.01");
            sheet.value(2, 2, "Siti Aminah");
            sheet.value(2, 3, "NELAYAN");
            sheet.value(2, 4, "APBD_PROVINSI");
            sheet.value(2, 5, "2025-01");
            book.finish();
        }
        Path out = temp.resolve("out");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString());
        assertEquals(65, run.exitCode());
        assertEquals(List.of(
                "kesalahan: " + workbook + " [daftar_rentan] A2: isi sel adalah rumus yang nilainya belum pernah disimpan"
                        + " (buka buku kerja di Excel lalu simpan)",
                "kesalahan: " + workbook + " [daftar_rentan] C3: isi sel bukan kode wilayah (seharusnya 00, provinsi"
                        + " seperti 17, atau kabupaten/kota seperti 17.04, ditulis sebagai teks agar angka nol di depannya"
                        + " tidak hilang)",
                "2 kesalahan; tidak ada yang ditulis."), errors(run.err()));
        for (String secret : List.of("Budi", "Siti", "CONCATENATE", "1701015507900004", "1701011203850003")) {
            assertFalse(run.err().contains(secret), secret);
        }
    }

    /** A findings folder that cannot be one is refused before anything is built or published. */
    @Test
    void aPrivateFolderThatCannotBeWrittenIsRefusedBeforeTheBuild() throws IOException {
        Path data = data();
        Files.writeString(data.resolve("daftar_rentan.csv"), HEADER + """
                1701011203850003,Budi Santoso,17.01,NELAYAN,APBD_PROVINSI,2025-01,
                """);
        Path out = temp.resolve("out");
        Path file = Files.writeString(temp.resolve("x"), "not a folder");
        var run = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--pribadi", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("cakupan build: --pribadi " + file + ": " + file + " sudah ada tetapi bukan folder: pilih folder"
                + " lain dengan --pribadi"), errors(run.err()));
        assertFalse(Files.exists(out), "nothing is built or published");

        Path below = file.resolve("temuan");
        var english = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--pribadi",
                below.toString(), "--lang", "en");
        assertEquals(2, english.exitCode());
        assertEquals(List.of("cakupan build: --pribadi " + below + ": " + file + " exists but is not a folder: choose another"
                + " with --pribadi"), errors(english.err()));

        Path templates = Fixtures.copyTree(Fixtures.projectDir().resolve("report-templates"), temp.resolve("templat"));
        Path inTemplates = templates.resolve("temuan");
        var inside = Fixtures.cli("build", "--data", data.toString(), "--out", out.toString(), "--templates",
                templates.toString(), "--pribadi", inTemplates.toString());
        assertEquals(2, inside.exitCode());
        assertEquals(List.of("cakupan build: folder temuan pribadi " + inTemplates + " berada di dalam folder templat "
                + templates + ": pilih folder lain dengan --pribadi"), errors(inside.err()));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(inTemplates));
    }

    private static void writeSheet(Path workbook, List<Object[]> rows) throws IOException {
        try (OutputStream file = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(file, "test", "1.0");
            Worksheet sheet = book.newWorksheet("daftar_rentan");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).length; c++) {
                    Object value = rows.get(r)[c];
                    if (value instanceof Long number) {
                        sheet.value(r, c, number);
                    } else if (!"".equals(value)) {
                        sheet.value(r, c, (String) value);
                    }
                }
            }
            book.finish();
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> errors(String err) {
        return err.lines().filter(l -> !l.startsWith("Membaca") && !l.startsWith("Reading")).toList();
    }
}
