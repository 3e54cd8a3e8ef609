package id.cakupan.build;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an output folder holds, written into its marker file: which regions (all, or the one of a
 * {@code --region} build), for which month, in which language, from which data and by which version
 * of the program. A one-region build reads it to know whether it may update that region's files in
 * place of a full build's, so that the result is what a full build would have written.
 *
 * @param region the one region a {@code --region} build wrote, or null for every region
 * @param data the input's fingerprint (see {@code Dataset.fingerprint()})
 */
public record OutputStamp(String region, YearMonth period, String language, String data, String version) {

    private static final String ALL = "all";

    public boolean isComplete() {
        return region == null;
    }

    /** The same output with every region: a full output after one of its regions was rebuilt. */
    public OutputStamp withAllRegions() {
        return new OutputStamp(null, period, language, data, version);
    }

    /** The marker file's text. */
    public byte[] text() {
        return ("# Made by Cakupan: the next build may replace this folder.\n"
                + "regions=" + (region == null ? ALL : region) + "\n"
                + "period=" + period + "\n"
                + "language=" + language + "\n"
                + "data=" + data + "\n"
                + "version=" + version + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The stamp in a marker file's text; empty for the empty marker of earlier versions or a damaged one. */
    public static Optional<OutputStamp> parse(byte[] text) {
        Map<String, String> values = new HashMap<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        String regions = values.get("regions");
        if (regions == null || !values.keySet().containsAll(List.of("period", "language", "data", "version"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OutputStamp(regions.equals(ALL) ? null : regions, YearMonth.parse(values.get("period")),
                    values.get("language"), values.get("data"), values.get("version")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
