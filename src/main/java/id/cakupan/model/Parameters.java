package id.cakupan.model;

import java.math.BigDecimal;
import java.util.Map;

/** Settings from {@code parameter.csv}, with defaults for what the file leaves out. */
public record Parameters(long monthlyPremiumRp, Map<String, String> values) {

    /** Rupiah per worker per month that regions pay for a vulnerable worker (JKK + JKM). */
    public static final long DEFAULT_MONTHLY_PREMIUM_RP = 16_800;

    public static final String MONTHLY_PREMIUM = "iuran_bpu_bulanan";
    /** The province's share of its vulnerable workers' premium need, in percent. */
    public static final String PROVINCE_SHARE = "porsi_apbd_provinsi_persen";
    /** Each regency's/city's share of its own premium need, in percent. */
    public static final String REGENCY_SHARE = "porsi_apbd_kabkota_persen";

    public Parameters {
        values = Map.copyOf(values);
    }

    public static Parameters defaults() {
        return new Parameters(DEFAULT_MONTHLY_PREMIUM_RP, Map.of());
    }

    public long yearlyPremiumRp() {
        return monthlyPremiumRp * 12;
    }

    /** The province's share in percent, or null when {@code parameter.csv} does not set it. */
    public BigDecimal provinceSharePercent() {
        return percent(PROVINCE_SHARE);
    }

    /** A regency's/city's share in percent, or null when {@code parameter.csv} does not set it. */
    public BigDecimal regencySharePercent() {
        return percent(REGENCY_SHARE);
    }

    private BigDecimal percent(String name) {
        String value = values.get(name);
        return value == null ? null : new BigDecimal(value);
    }
}
