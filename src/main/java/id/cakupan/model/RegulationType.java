package id.cakupan.model;

/** Kind of regional regulation ({@code jenis}): governor, regent or mayor regulation, circular, instruction. */
public enum RegulationType {
    PERGUB, PERBUP, PERWAL, SE, INSTRUKSI, LAINNYA;

    /**
     * Whether this is a regional head regulation (Pergub, Perbup, Perwal), the kind Inpres 2/2021
     * asks for and that lets the budget pay premiums; a circular, an instruction or anything else
     * is not one, however far it has come.
     */
    public boolean isHeadOfRegionRegulation() {
        return this == PERGUB || this == PERBUP || this == PERWAL;
    }
}
