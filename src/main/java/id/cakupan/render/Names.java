package id.cakupan.render;

import java.text.Normalizer;
import java.util.Locale;

import id.cakupan.model.Parameters;
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

    /**
     * The issuing office: {@code nama_instansi} (or {@code nama_instansi_en} in English) from
     * parameter.csv, else the government of the region ("Pemerintah Provinsi Bengkulu").
     */
    public static String office(Region region, Parameters parameters, Messages messages) {
        boolean english = "en".equals(messages.locale().getLanguage());
        String configured = parameters.values().get(english ? "nama_instansi_en" : "nama_instansi");
        if (configured == null) {
            configured = parameters.values().get("nama_instansi");
        }
        if (configured != null) {
            return configured;
        }
        return region.isCountry() ? messages.get("briefing.office.country")
                : region.isProvince() ? messages.get("briefing.office.province", region.name())
                : messages.get("briefing.office.regency", region.name());
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
