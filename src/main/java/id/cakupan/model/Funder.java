package id.cakupan.model;

/** Who pays the premiums of protected vulnerable workers ({@code sumber_dana}). */
public enum Funder {
    APBD_PROVINSI, APBD_KABKOTA, APBDES, CSR, MANDIRI, LAINNYA
}
