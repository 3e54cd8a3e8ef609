package id.cakupan.render.xlsx;

import java.util.List;

import org.dhatim.fastexcel.Worksheet;

import id.cakupan.model.Region;

/** The template's first sheet, "Petunjuk": how to fill the workbook, in Indonesian. */
final class Guide {

    private static final double LABEL_WIDTH = 22;
    private static final double TEXT_WIDTH = 96;
    /** Up to this many regions are listed on the sheet itself; more are left to the hidden list. */
    private static final int LISTED_REGIONS = 60;

    private Guide() {
    }

    static void write(Worksheet sheet, List<String> guidance, List<Region> regions) {
        sheet.width(0, LABEL_WIDTH);
        sheet.width(1, TEXT_WIDTH);
        int r = 0;
        sheet.value(r, 0, "Templat data Cakupan: petunjuk pengisian");
        sheet.style(r, 0).bold().fontSize(14).set();
        sheet.rowHeight(r, 24);
        r += 2;
        r = paragraph(sheet, r, "Isi setiap lembar yang bernama tabel (tenaga_kerja, kepesertaan, …): satu baris "
                + "per data, mulai di bawah baris judul. Baris pertama berisi nama kolom yang tetap: jangan diubah, "
                + "jangan dihapus. Arahkan tetikus ke nama kolom untuk melihat artinya. Kolom berkode (wilayah, segmen, "
                + "sumber dana, kategori, jenis dan status regulasi) punya daftar pilihan: klik sel, lalu panah di "
                + "sampingnya.");
        r = paragraph(sheet, r, "Kode wilayah adalah kode Kemendagri dan disimpan sebagai teks, agar angka nol tidak "
                + "hilang: 00 Indonesia, 17 Bengkulu, 17.04 Kaur, 17.10 (bukan 17.1). Kolom kode sudah diformat sebagai "
                + "teks; bila menempel dari berkas lain, tempel sebagai nilai (Tempel Spesial > Nilai).");
        r = paragraph(sheet, r, "Bulan ditulis TTTT-BB sebagai teks (2025-11 untuk November 2025), tahun dengan empat "
                + "angka (2025), tanggal TTTT-BB-HH (2024-12-17). Angka diketik sebagai angka, tanpa pemisah ribuan "
                + "(708000) dan dengan tanda desimal Excel Anda (48,5 di Excel berbahasa Indonesia); jangan menulis "
                + "kata, satuan atau tanda persen. Sel kosong berarti tidak diketahui; tulis 0 bila jumlahnya memang "
                + "nol.");
        for (String text : guidance) {
            r = paragraph(sheet, r, text);
        }
        r = paragraph(sheet, r, "Setelah diisi: letakkan buku kerja ini di folder data, atau simpan setiap lembar "
                + "tabel sebagai \"CSV UTF-8\" dengan nama lembarnya (tenaga_kerja.csv, kepesertaan.csv, …), lalu "
                + "periksa dengan ./cakupan validate dan buat laporan dengan ./cakupan build. Lembar Petunjuk dan "
                + "daftar bukan tabel; lembar tabel yang tidak diisi (hanya judul kolom) tidak perlu disimpan sebagai "
                + "CSV.");
        r++;
        header(sheet, r++, "Lembar", "Isi");
        for (InputSheets.Sheet spec : InputSheets.ALL) {
            sheet.value(r, 0, spec.name());
            r = text(sheet, r, 1, spec.purpose());
        }
        r++;
        if (regions.size() <= LISTED_REGIONS) {
            header(sheet, r++, "Kode wilayah", "Nama wilayah");
            for (Region region : regions) {
                sheet.value(r, 0, region.code());
                sheet.value(r++, 1, region.name());
            }
        } else {
            r = paragraph(sheet, r, "Daftar pilihan kode wilayah memuat " + regions.size() + " kode; nama setiap "
                    + "wilayah ada di lembar tersembunyi \"daftar\" (klik kanan tab lembar > Tampilkan).");
        }
        r++;
        sheet.value(r, 0, "Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri");
        sheet.style(r, 0).italic().set();
        Sheets.printLandscape(sheet, LABEL_WIDTH + TEXT_WIDTH, 0, false);
    }

    private static void header(Worksheet sheet, int r, String left, String right) {
        sheet.value(r, 0, left);
        sheet.value(r, 1, right);
        sheet.range(r, 0, r, 1).style().bold().fillColor(Sheets.HEADER_FILL).set();
    }

    /** A paragraph across both columns, wrapped, then an empty row; returns the next row. */
    private static int paragraph(Worksheet sheet, int r, String text) {
        sheet.value(r, 0, text);
        sheet.range(r, 0, r, 1).style().wrapText(true).verticalAlignment("top").merge().set();
        sheet.rowHeight(r, 15 * lines(text, LABEL_WIDTH + TEXT_WIDTH));
        return r + 2;
    }

    /** Wrapped text in one cell; returns the next row. */
    private static int text(Worksheet sheet, int r, int column, String text) {
        sheet.value(r, column, text);
        sheet.style(r, column).wrapText(true).verticalAlignment("top").set();
        sheet.style(r, 0).verticalAlignment("top").set();
        sheet.rowHeight(r, 15 * lines(text, TEXT_WIDTH));
        return r + 1;
    }

    /**
     * Lines a wrapped text takes in a width of this many characters, at about one and a quarter
     * characters of text per character of column width.
     */
    static int lines(String text, double width) {
        return Math.max(1, (int) Math.ceil(text.length() * 0.8 / width));
    }
}
