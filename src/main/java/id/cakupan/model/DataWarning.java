package id.cakupan.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /**
     * The warnings for the terminal, one line for each region and finding however many months it
     * holds in: "00 Indonesia, 2024-11 to 2025-11 (13 months): …".
     */
    public static List<String> summarize(List<DataWarning> warnings) {
        Map<List<Object>, List<DataWarning>> groups = new LinkedHashMap<>();
        for (DataWarning w : warnings) {
            groups.computeIfAbsent(List.of(w.kind, w.regionCode, w.value, w.limit), k -> new ArrayList<>()).add(w);
        }
        return groups.values().stream().map(group -> group.get(0).describe(months(group.stream()
                .map(DataWarning::period).sorted().toList()))).toList();
    }

    /** "2025-11", "2024-11 to 2025-11 (13 months)", or "2025-01, 2025-03" when the months have gaps. */
    private static String months(List<YearMonth> months) {
        if (months.size() == 1) {
            return months.get(0).toString();
        }
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        if (first.plusMonths(months.size() - 1).equals(last)) {
            return first + " to " + last + " (" + months.size() + " months)";
        }
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }

    /** An English sentence for the terminal. */
    public String describe() {
        return describe(period.toString());
    }

    private String describe(String months) {
        String where = regionCode + " " + regionName + ", " + months;
        return switch (kind) {
            case ACTIVE_ABOVE_POTENTIAL -> where + ": " + value + " active participants exceed the potential of "
                    + limit + " (coverage above 100 %; is potensi_peserta up to date?)";
            case PROTECTED_ABOVE_VULNERABLE -> where + ": " + value + " protected vulnerable workers exceed the "
                    + limit + " vulnerable workers counted (pekerja_rentan)";
            case INCOMPLETE_ROLLUP -> where + ": only " + value + " of its " + limit
                    + (Region.COUNTRY_CODE.equals(regionCode) ? " provinces" : " regencies/cities")
                    + " are in the data in full; its figures cover part of it, so the reports mark them as partial and compare with them "
                    + "nowhere. To give " + (Region.COUNTRY_CODE.equals(regionCode) ? "the published national figure"
                    : "the province's published figure") + " without the other regions' data, add a row for "
                    + regionCode + " and each month to tenaga_kerja.csv (potensi_peserta) and kepesertaan.csv "
                    + "(peserta_aktif per segmen)";
        };
    }
}
