package id.cakupan.render.xlsx;

import java.util.List;

/**
 * The sheets of the data-entry template: one per input table, with the data contract's exact column
 * names, what each column means (the header's comment, in Indonesian), how its cells are kept, and
 * which list a coded column offers.
 */
final class InputSheets {

    /** How a column's cells are kept in the template. */
    enum Kind {
        /** Text, formatted as text so that a spreadsheet keeps {@code 17.10} and {@code 2025-11} as written. */
        TEXT,
        /** A whole number, shown without a thousands separator so that a sheet saved as CSV stays readable. */
        WHOLE,
        /** A number with decimals, as typed. */
        DECIMAL
    }

    /** Where a coded column's drop-down list comes from. */
    enum Choice { NONE, REGION, SEGMENT, FUNDER, CATEGORY, GROUP, TARGET_SOURCE, REGULATION_TYPE, STATUS, PARAMETER }

    record Field(String name, Kind kind, Choice choice, String meaning) {
    }

    record Sheet(String name, String purpose, List<Field> fields) {

        List<String> header() {
            return fields.stream().map(Field::name).toList();
        }
    }

    private static final Field REGION = new Field("kode_wilayah", Kind.TEXT, Choice.REGION,
            "Kode wilayah Kemendagri, sebagai teks: 00 Indonesia, 17 Bengkulu, 17.04 Kaur. Pilih dari daftar.");
    private static final Field PERIOD = new Field("periode", Kind.TEXT, Choice.NONE,
            "Bulan data, ditulis TTTT-BB sebagai teks: 2025-11 untuk November 2025.");
    private static final Field YEAR = new Field("tahun", Kind.WHOLE, Choice.NONE, "Tahun, empat angka: 2025.");
    private static final Field FUNDER = new Field("sumber_dana", Kind.TEXT, Choice.FUNDER,
            "Sumber dana iuran: APBD_PROVINSI, APBD_KABKOTA, APBDES, CSR, MANDIRI atau LAINNYA.");

    static final List<Sheet> ALL = List.of(
            new Sheet("tenaga_kerja", "Wajib. Satu baris per wilayah dan bulan: jumlah pekerja yang seharusnya "
                    + "terlindungi (penyebut cakupan).", List.of(REGION, PERIOD,
                    new Field("potensi_peserta", Kind.WHOLE, Choice.NONE,
                            "Wajib. Potensi peserta: jumlah pekerja yang seharusnya terlindungi (penyebut cakupan)."),
                    new Field("penduduk_bekerja", Kind.WHOLE, Choice.NONE,
                            "Boleh kosong. Penduduk bekerja menurut Sakernas."),
                    new Field("pekerja_rentan", Kind.WHOLE, Choice.NONE,
                            "Boleh kosong. Jumlah pekerja rentan di wilayah ini."))),
            new Sheet("kepesertaan", "Wajib. Satu baris per wilayah, bulan dan segmen: peserta aktif BPJS "
                    + "Ketenagakerjaan.", List.of(REGION, PERIOD,
                    new Field("segmen", Kind.TEXT, Choice.SEGMENT,
                            "Segmen peserta: PU (penerima upah), BPU (bukan penerima upah), JAKON (jasa konstruksi), "
                                    + "PMI (pekerja migran Indonesia)."),
                    new Field("peserta_aktif", Kind.WHOLE, Choice.NONE,
                            "Wajib. Jumlah peserta aktif; tulis 0 bila tidak ada."))),
            new Sheet("pekerja_rentan", "Boleh kosong. Satu baris per wilayah, bulan, kategori dan sumber dana: "
                    + "pekerja rentan yang terlindungi.", List.of(REGION, PERIOD,
                    new Field("kategori", Kind.TEXT, Choice.CATEGORY,
                            "Kode kategori pekerja rentan, dari daftar (atau dari lembar kategori)."),
                    FUNDER,
                    new Field("terlindungi", Kind.WHOLE, Choice.NONE, "Wajib. Jumlah pekerja rentan terlindungi."),
                    new Field("bulan_dibiayai", Kind.WHOLE, Choice.NONE,
                            "Boleh kosong. Berapa bulan iuran dibayar pada tahun anggaran itu (0 sampai 12)."))),
            new Sheet("kategori", "Boleh kosong: bila kosong, daftar kategori bawaan yang dipakai. Satu baris per "
                    + "kategori pekerja rentan.", List.of(
                    new Field("kode", Kind.TEXT, Choice.NONE, "Kode kategori, huruf besar dan garis bawah: NELAYAN."),
                    new Field("nama", Kind.TEXT, Choice.NONE, "Nama kategori dalam bahasa Indonesia."),
                    new Field("nama_en", Kind.TEXT, Choice.NONE, "Nama kategori dalam bahasa Inggris."),
                    new Field("kelompok", Kind.TEXT, Choice.GROUP,
                            "Kode kelompok: SOSIAL_PENDIDIKAN_KEAGAMAAN atau INFORMAL_BPU (atau kelompok baru)."),
                    new Field("nama_kelompok", Kind.TEXT, Choice.NONE, "Boleh kosong. Nama kelompok (Indonesia)."),
                    new Field("nama_kelompok_en", Kind.TEXT, Choice.NONE, "Boleh kosong. Nama kelompok (Inggris)."))),
            new Sheet("target", "Boleh kosong. Satu baris per wilayah dan tahun: target cakupan.", List.of(REGION, YEAR,
                    new Field("target_persen", Kind.DECIMAL, Choice.NONE,
                            "Target cakupan dalam persen, tanpa tanda %: 48 atau 48.5 (titik desimal)."),
                    new Field("sumber", Kind.TEXT, Choice.TARGET_SOURCE,
                            "Sumber target: BPJSTK, RPJMN, RKP, RPJMD atau lainnya."))),
            new Sheet("anggaran", "Boleh kosong. Satu baris per pemerintah daerah yang membayar, tahun dan sumber "
                    + "dana: kebutuhan, pagu dan realisasi anggaran iuran pekerja rentan.", List.of(
                    new Field("kode_wilayah", Kind.TEXT, Choice.REGION,
                            "Kode pemerintah daerah yang membayar (provinsi atau kabupaten/kota)."),
                    YEAR, FUNDER,
                    new Field("kebutuhan_rp", Kind.WHOLE, Choice.NONE, "Kebutuhan anggaran setahun, rupiah tanpa titik."),
                    new Field("pagu_rp", Kind.WHOLE, Choice.NONE, "Pagu (alokasi) anggaran, rupiah tanpa titik."),
                    new Field("realisasi_rp", Kind.WHOLE, Choice.NONE,
                            "Boleh kosong. Realisasi (yang sudah dibelanjakan), rupiah tanpa titik."))),
            new Sheet("regulasi", "Boleh kosong. Satu baris per regulasi kepala daerah (Pergub, Perbup, Perwal) atau "
                    + "surat edaran/instruksi.", List.of(REGION,
                    new Field("jenis", Kind.TEXT, Choice.REGULATION_TYPE,
                            "Jenis: PERGUB (provinsi), PERBUP (kabupaten), PERWAL (kota), SE, INSTRUKSI atau LAINNYA."),
                    new Field("nomor", Kind.TEXT, Choice.NONE, "Nomor regulasi; boleh kosong selama belum ditetapkan."),
                    new Field("tanggal", Kind.TEXT, Choice.NONE,
                            "Tanggal, ditulis TTTT-BB-HH sebagai teks: 2024-12-17; boleh kosong selama rancangan."),
                    new Field("judul", Kind.TEXT, Choice.NONE, "Judul regulasi."),
                    new Field("status", Kind.TEXT, Choice.STATUS, "Status: BELUM, DRAFT atau DITETAPKAN."))),
            new Sheet("parameter", "Boleh kosong. Pengaturan: iuran per pekerja per bulan, nama instansi penerbit "
                    + "laporan, dan pembagian kebutuhan iuran antara provinsi dan kabupaten/kota.", List.of(
                    new Field("nama", Kind.TEXT, Choice.PARAMETER,
                            "Nama pengaturan: iuran_bpu_bulanan, nama_instansi, nama_instansi_en, "
                                    + "porsi_apbd_provinsi_persen atau porsi_apbd_kabkota_persen."),
                    new Field("nilai", Kind.TEXT, Choice.NONE,
                            "Nilai: rupiah per pekerja per bulan tanpa titik (16800), nama instansi, atau "
                                    + "porsi dalam persen (30)."))));

    private InputSheets() {
    }
}
