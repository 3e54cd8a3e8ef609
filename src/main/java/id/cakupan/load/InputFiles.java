package id.cakupan.load;

import java.util.List;
import java.util.Map;

/** The names and columns of the input files, as fixed by the data contract. */
public final class InputFiles {

    public static final String WORKFORCE = "tenaga_kerja.csv";
    public static final String PARTICIPANTS = "kepesertaan.csv";
    public static final String VULNERABLE = "pekerja_rentan.csv";
    public static final String CATEGORIES = "kategori.csv";
    public static final String TARGETS = "target.csv";
    public static final String BUDGETS = "anggaran.csv";
    public static final String REGULATIONS = "regulasi.csv";
    public static final String PARAMETERS = "parameter.csv";
    /**
     * The register of vulnerable workers, by name: not in {@link #ALL}, since several files may give it
     * ({@code daftar_rentan*.csv}, and sheets named {@code daftar_rentan} in any workbook).
     */
    public static final String REGISTER = "daftar_rentan.csv";
    public static final String REGISTER_PREFIX = "daftar_rentan";

    /** Every file the generator reads, required ones first. */
    public static final List<String> ALL = List.of(WORKFORCE, PARTICIPANTS, VULNERABLE, CATEGORIES, TARGETS,
            BUDGETS, REGULATIONS, PARAMETERS);
    public static final List<String> REQUIRED = List.of(WORKFORCE, PARTICIPANTS);

    public static final String REGION = "kode_wilayah";
    public static final String PERIOD = "periode";
    public static final String YEAR = "tahun";
    public static final String POTENTIAL = "potensi_peserta";
    public static final String EMPLOYED = "penduduk_bekerja";
    public static final String VULNERABLE_WORKERS = "pekerja_rentan";
    public static final String SEGMENT = "segmen";
    public static final String ACTIVE = "peserta_aktif";
    public static final String CATEGORY = "kategori";
    public static final String FUNDER = "sumber_dana";
    public static final String PROTECTED = "terlindungi";
    public static final String MONTHS_FUNDED = "bulan_dibiayai";
    public static final String CODE = "kode";
    public static final String NAME = "nama";
    public static final String NAME_EN = "nama_en";
    public static final String GROUP = "kelompok";
    public static final String GROUP_NAME = "nama_kelompok";
    public static final String GROUP_NAME_EN = "nama_kelompok_en";
    public static final String TARGET_PERCENT = "target_persen";
    public static final String SOURCE = "sumber";
    public static final String NEED = "kebutuhan_rp";
    public static final String ALLOCATED = "pagu_rp";
    public static final String SPENT = "realisasi_rp";
    public static final String TYPE = "jenis";
    public static final String NUMBER = "nomor";
    public static final String DATE = "tanggal";
    public static final String TITLE = "judul";
    public static final String STATUS = "status";
    public static final String VALUE = "nilai";
    public static final String NIK = "nik";
    public static final String START = "mulai";
    public static final String END = "selesai";

    /**
     * The columns each file must have, by file name: what makes its header, and what tells a sheet
     * holding only a header (a table not filled in) from one whose first row is data.
     */
    private static final Map<String, List<String>> REQUIRED_COLUMNS = Map.of(
            WORKFORCE, List.of(REGION, PERIOD, POTENTIAL),
            PARTICIPANTS, List.of(REGION, PERIOD, SEGMENT, ACTIVE),
            VULNERABLE, List.of(REGION, PERIOD, CATEGORY, FUNDER, PROTECTED),
            CATEGORIES, List.of(CODE, NAME, NAME_EN, GROUP),
            TARGETS, List.of(REGION, YEAR, TARGET_PERCENT, SOURCE),
            BUDGETS, List.of(REGION, YEAR, FUNDER, NEED, ALLOCATED),
            REGULATIONS, List.of(REGION, TYPE, NUMBER, DATE, TITLE, STATUS),
            PARAMETERS, List.of(NAME, VALUE),
            REGISTER, List.of(NIK, NAME, REGION, CATEGORY, FUNDER, START, END));

    private InputFiles() {
    }

    /** The columns the file must have ({@code kepesertaan.csv}: kode_wilayah, periode, segmen, peserta_aktif). */
    public static List<String> requiredColumns(String file) {
        List<String> columns = REQUIRED_COLUMNS.get(file);
        if (columns == null) {
            throw new IllegalArgumentException("not an input file: " + file);
        }
        return columns;
    }
}
