package id.cakupan.model;

/** Kind of regional regulation ({@code jenis}): governor, regent or mayor regulation, circular, instruction. */
public enum RegulationType {
    PERGUB, PERBUP, PERWAL, SE, INSTRUKSI, LAINNYA
}
