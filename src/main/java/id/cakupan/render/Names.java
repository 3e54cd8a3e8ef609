package id.cakupan.render;

import java.text.Normalizer;
import java.util.Locale;

import id.cakupan.model.Region;

/** How regions are named in reports and in file names. */
public final class Names {

    private Names() {
    }

    /**
     * The name a reader expects: "Provinsi Bengkulu" / "Bengkulu Province" for a province, the
     * official name ("Kabupaten Kaur", "Kota Bengkulu") for a regency or city, "Indonesia".
     */
    public static String display(Region region, Messages messages) {
        return region.isProvince() ? messages.get("briefing.region.province", region.name()) : region.name();
    }

    /** A regency's name without "Kabupaten", for charts and tables where space is short: "Kaur", "Kota Bengkulu". */
    public static String shortName(Region region) {
        return region.name().startsWith("Kabupaten ") ? region.name().substring("Kabupaten ".length()) : region.name();
    }

    /** The file name stem: {@code 17-bengkulu}, {@code 17.04-kaur}, {@code 17.71-kota-bengkulu}. */
    public static String fileStem(Region region) {
        String ascii = Normalizer.normalize(shortName(region), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return region.code() + "-" + slug;
    }
}
