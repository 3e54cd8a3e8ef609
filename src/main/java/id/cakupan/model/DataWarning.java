package id.cakupan.model;

import java.time.YearMonth;

/**
 * A data-quality finding that does not stop the run; reports render it from its kind and figures
 * in the reader's language.
 */
public record DataWarning(Kind kind, String regionCode, String regionName, YearMonth period, long value, long limit) {

    public enum Kind {
        /** More active participants than potential participants: the denominator is probably stale. */
        ACTIVE_ABOVE_POTENTIAL,
        /** More vulnerable workers protected than the region counts as vulnerable. */
        PROTECTED_ABOVE_VULNERABLE,
        /** A region summed from only some of its sub-regions. */
        INCOMPLETE_ROLLUP
    }

    /** An English sentence for the terminal. */
    public String describe() {
        String where = regionCode + " " + regionName + ", " + period;
        return switch (kind) {
            case ACTIVE_ABOVE_POTENTIAL -> where + ": " + value + " active participants exceed the potential of "
                    + limit + " (coverage above 100 %; is potensi_peserta up to date?)";
            case PROTECTED_ABOVE_VULNERABLE -> where + ": " + value + " protected vulnerable workers exceed the "
                    + limit + " vulnerable workers counted (pekerja_rentan)";
            case INCOMPLETE_ROLLUP -> where + ": summed from only " + value + " of its " + limit
                    + " sub-regions; its figures cover part of it";
        };
    }
}
