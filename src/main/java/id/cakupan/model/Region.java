package id.cakupan.model;

/**
 * A region with its Ministry of Home Affairs code: {@code 00} the country, {@code 17} a province,
 * {@code 17.04} a regency or city. {@code parentCode} is null only for the country.
 */
public record Region(String code, String name, Level level, String parentCode) {

    public static final String COUNTRY_CODE = "00";

    public boolean isCountry() {
        return level == Level.NASIONAL;
    }

    public boolean isProvince() {
        return level == Level.PROVINSI;
    }

    public boolean isRegency() {
        return level.isRegency();
    }

    /** The province code of a province or regency; the country's own code for the country. */
    public String provinceCode() {
        return isRegency() ? parentCode : code;
    }
}
