package id.cakupan.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

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
     * The warnings for the terminal, one for each region and finding however many months it holds
     * in: "00 Indonesia, 2024-11 s.d. 2025-11 (13 bulan): …" ("… 2024-11 to 2025-11 (13 months): …").
     */
    public static List<Text> summarize(List<DataWarning> warnings) {
        Map<List<Object>, List<DataWarning>> groups = new LinkedHashMap<>();
        for (DataWarning w : warnings) {
            groups.computeIfAbsent(List.of(w.kind, w.regionCode, w.value, w.limit), k -> new ArrayList<>()).add(w);
        }
        return groups.values().stream().map(group -> group.get(0).text(months(group.stream()
                .map(DataWarning::period).sorted().toList()))).toList();
    }

    /** "2025-11", "2024-11 s.d. 2025-11 (13 bulan)", or "2025-01, 2025-03" when the months have gaps. */
    private static Object months(List<YearMonth> months) {
        if (months.size() == 1) {
            return months.get(0);
        }
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        if (first.plusMonths(months.size() - 1).equals(last)) {
            return Text.of("warning.months.range", first, last, Text.figure(months.size()));
        }
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }

    /** This warning for the terminal, in the reader's words. */
    public Text text() {
        return text(period);
    }

    /** The English sentence, for logs and tests. */
    public String describe() {
        return Catalogue.english().word(text());
    }

    /** @param months the month, or a {@link Text} or string naming the months it holds in */
    private Text text(Object months) {
        Text where = Text.of("warning.where", regionCode, regionName, months);
        return switch (kind) {
            case ACTIVE_ABOVE_POTENTIAL -> Text.of("warning.activeAbovePotential", where, Text.figure(value),
                    Text.figure(limit));
            case PROTECTED_ABOVE_VULNERABLE -> Text.of("warning.protectedAboveVulnerable", where, Text.figure(value),
                    Text.figure(limit));
            case INCOMPLETE_ROLLUP -> Text.of(Region.COUNTRY_CODE.equals(regionCode) ? "warning.partialCountry"
                    : "warning.partialProvince", where, Text.figure(value), Text.figure(limit), regionCode);
        };
    }
}
