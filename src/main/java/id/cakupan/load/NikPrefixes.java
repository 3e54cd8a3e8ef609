package id.cakupan.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import id.cakupan.model.Level;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;

/**
 * The region codes a NIK may start with: every regency and city of the reference list, and the
 * former codes of the regencies that moved to a new province since NIKs were first issued (2011),
 * which NIKs issued before keep. The crosswalk {@code reference/kode-wilayah-sebelum-pemekaran.csv}
 * lists them with their code now:
 * <ul>
 * <li>Kalimantan Utara (65), formed from Kalimantan Timur (64) by UU 20/2012: Bulungan 64.04,
 * Nunukan 64.05, Malinau 64.06, Tana Tidung 64.10 and Kota Tarakan 64.73, now 65.01–65.04 and 65.71;
 * <li>the codes of Permendagri 72/2019 (provinces 91 Papua and 92 Papua Barat) and the codes the same
 * regencies have had since UU 14/2022 (Papua Selatan, 93), UU 15/2022 (Papua Tengah, 94), UU 16/2022
 * (Papua Pegunungan, 95) and UU 29/2022 (Papua Barat Daya, 96), as Kepmendagri 100.1.1-6117/2022
 * numbers them.
 * </ul>
 */
public final class NikPrefixes {

    static final String CROSSWALK = "/reference/kode-wilayah-sebelum-pemekaran.csv";

    /** A regency code before its province was split and the code it has now. */
    public record Moved(String oldCode, String newCode, String name) {
    }

    private final boolean[] known = new boolean[10_000];

    private NikPrefixes() {
    }

    /** The codes of the catalog's regencies and cities and their codes before the splits. */
    public static NikPrefixes of(RegionCatalog regions) {
        NikPrefixes prefixes = new NikPrefixes();
        for (Region province : regions.children(Region.COUNTRY_CODE)) {
            for (Region regency : regions.children(province.code())) {
                if (regency.level() != Level.PROVINSI) {
                    prefixes.known[number(regency.code())] = true;
                }
            }
        }
        for (Moved moved : formerCodes()) {
            prefixes.known[number(moved.oldCode())] = true;
        }
        return prefixes;
    }

    /** Whether a NIK may start with the four digits {@code prefix} ({@code 1701}). */
    public boolean isKnown(int prefix) {
        return prefix >= 0 && prefix < known.length && known[prefix];
    }

    /** The bundled crosswalk of the regencies that moved to new provinces (Kalimantan Utara 2012, Papua 2022). */
    public static List<Moved> formerCodes() {
        try (InputStream in = NikPrefixes.class.getResourceAsStream(CROSSWALK)) {
            if (in == null) {
                throw new IllegalStateException("the program is missing its reference file " + CROSSWALK);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<Moved> moved = new ArrayList<>();
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(reader)) {
                    moved.add(new Moved(row.get("old_code"), row.get("new_code"), row.get("name")));
                }
                return moved;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + CROSSWALK, e);
        }
    }

    /** {@code 17.01} → 1701. */
    private static int number(String code) {
        return Integer.parseInt(code.substring(0, 2)) * 100 + Integer.parseInt(code.substring(3, 5));
    }
}
