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
 * The official region list bundled with the program: 38 provinces and 514 regencies/cities from
 * idn-area-data 4.0.1 (data under ODbL 1.0, sourced from Kepmendagri), plus the country as {@code 00}.
 */
public final class ReferenceRegions {

    public static final String COUNTRY_NAME = "Indonesia";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).build();

    private static volatile RegionCatalog catalog;

    private ReferenceRegions() {
    }

    public static RegionCatalog catalog() {
        RegionCatalog result = catalog;
        if (result == null) {
            synchronized (ReferenceRegions.class) {
                result = catalog;
                if (result == null) {
                    result = load();
                    catalog = result;
                }
            }
        }
        return result;
    }

    private static RegionCatalog load() {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(Region.COUNTRY_CODE, COUNTRY_NAME, Level.NASIONAL, null));
        for (CSVRecord row : records("idn-provinces.csv")) {
            regions.add(new Region(row.get("code"), row.get("name"), Level.PROVINSI, Region.COUNTRY_CODE));
        }
        for (CSVRecord row : records("idn-regencies.csv")) {
            String name = row.get("name");
            Level level = name.startsWith("Kota ") ? Level.KOTA : Level.KABUPATEN;
            regions.add(new Region(row.get("code"), name, level, row.get("province_code")));
        }
        return new RegionCatalog(regions);
    }

    private static List<CSVRecord> records(String file) {
        String resource = "/reference/" + file;
        try (InputStream in = ReferenceRegions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the program is missing its reference file " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return FORMAT.parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + resource, e);
        }
    }
}
