package id.cakupan.model;

import java.util.Map;

/** Settings from {@code parameter.csv}, with defaults for what the file leaves out. */
public record Parameters(long monthlyPremiumRp, Map<String, String> values) {

    /** Rupiah per worker per month that regions pay for a vulnerable worker (JKK + JKM). */
    public static final long DEFAULT_MONTHLY_PREMIUM_RP = 16_800;

    public static final String MONTHLY_PREMIUM = "iuran_bpu_bulanan";

    public Parameters {
        values = Map.copyOf(values);
    }

    public static Parameters defaults() {
        return new Parameters(DEFAULT_MONTHLY_PREMIUM_RP, Map.of());
    }

    public long yearlyPremiumRp() {
        return monthlyPremiumRp * 12;
    }
}
