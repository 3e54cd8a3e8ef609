package id.cakupan.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.cakupan.model.RegionCatalog;
import id.cakupan.text.Text;

/**
 * Region codes as they arrive from spreadsheets, and the code a malformed one most likely means.
 * A guess is only ever offered as "did you mean", never taken: {@code 63.1} is 63.10 with its last
 * zero dropped by a spreadsheet that read it as a number, but it could be 63.01 typed short.
 */
public final class RegionCodes {

    /** {@code 00}, a province such as {@code 17}, or a regency/city such as {@code 17.04}. */
    public static final Pattern WELL_FORMED = Pattern.compile("\\d{2}(\\.\\d{2})?");

    /** What a region code looks like, for messages: {@code 00, provinsi seperti 17, …}. */
    public static Text expected() {
        return Text.of("load.region.expected");
    }

    /** Two digits, then one or two after a separator that should be a dot, or two without one. */
    private static final Pattern REGENCY_LIKE = Pattern.compile("(\\d{2})(?:[.,\\- ](\\d{1,2})|(\\d{2}))");

    private RegionCodes() {
    }

    /**
     * The codes of the list a number cell of a sheet can stand for: {@code 17} is 17 and {@code 17.04}
     * is 17.04; {@code 0} is 00; {@code 17.1}, a code whose last zero Excel dropped or a 17.01 typed
     * short, is whichever of 17.10 and 17.01 the list holds (both when it holds both). Empty when
     * nothing in the list fits.
     */
    public static List<String> ofNumber(BigDecimal number, RegionCatalog regions) {
        BigDecimal stripped = number.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        if (plain.equals("0")) {
            return List.of("00");
        }
        List<String> candidates = isWellFormed(plain) ? List.of(plain)
                : plain.matches("\\d{2}\\.\\d") ? List.of(plain + "0", plain.replace(".", ".0")) : List.of();
        return candidates.stream().filter(c -> regions.find(c).isPresent()).sorted().toList();
    }

    public static boolean isWellFormed(String code) {
        return WELL_FORMED.matcher(code).matches();
    }

    /**
     * The code in the list that a malformed code most likely means: {@code 6371}, {@code 63,71} or
     * {@code 63-71} → 63.71; {@code 63.1} → 63.10, else 63.01; {@code 0} → 00. Empty when the code is
     * well formed (then it is right or simply not in the list) or when nothing in the list fits.
     */
    public static Optional<String> didYouMean(String code, RegionCatalog regions) {
        if (isWellFormed(code)) {
            return Optional.empty();
        }
        if (code.equals("0")) {
            return Optional.of("00");
        }
        Matcher m = REGENCY_LIKE.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        String province = m.group(1);
        String rest = m.group(2) != null ? m.group(2) : m.group(3);
        List<String> candidates = rest.length() == 2 ? List.of(rest) : List.of(rest + "0", "0" + rest);
        return candidates.stream().map(r -> province + "." + r).filter(c -> regions.find(c).isPresent()).findFirst();
    }
}
