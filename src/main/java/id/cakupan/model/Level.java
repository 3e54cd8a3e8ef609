package id.cakupan.model;

/** Administrative level of a region, as written in the {@code tingkat} column. */
public enum Level {
    NASIONAL, PROVINSI, KABUPATEN, KOTA;

    public boolean isRegency() {
        return this == KABUPATEN || this == KOTA;
    }
}
