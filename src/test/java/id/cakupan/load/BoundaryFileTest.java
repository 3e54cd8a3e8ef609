package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.model.Boundary;
import id.cakupan.model.InputWarning;
import id.cakupan.text.Catalogue;

/** Reading {@code batas_wilayah.geojson}: outlines, holes and parts; unknown codes warned of; broken files refused. */
class BoundaryFileTest {

    static final Path SQUARES = Fixtures.projectDir()
            .resolve("src/test/resources/boundaries/bengkulu/batas_wilayah.geojson");

    @TempDir
    Path temp;

    private final ErrorSink errors = new ErrorSink();

    private BoundaryFile.Result read(Path file) throws IOException {
        return BoundaryFile.read(file, "data/batas_wilayah.geojson", ReferenceRegions.catalog(), errors)
                .orElseThrow(() -> new AssertionError(errors.errors().toString()));
    }

    private Path write(String json) throws IOException {
        Path file = temp.resolve("batas_wilayah.geojson");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSquaresGiveEveryRegencyOfBengkuluWithItsPartsAndHoles() throws IOException {
        BoundaryFile.Result result = read(SQUARES);
        Map<String, Boundary> byCode = result.boundaries().stream()
                .collect(Collectors.toMap(Boundary::code, Function.identity()));
        assertEquals(List.of("17.01", "17.02", "17.03", "17.04", "17.05", "17.06", "17.07", "17.08", "17.09", "17.71"),
                result.boundaries().stream().map(Boundary::code).toList());
        assertEquals(11, result.features());
        // a Polygon: one part, one ring of five points as longitude, latitude
        Boundary kaur = byCode.get("17.04");
        assertEquals(1, kaur.polygons().size());
        assertArrayEquals(new double[] {103.0, -4.9, 103.5, -4.9, 103.5, -4.4, 103.0, -4.4, 103.0, -4.9},
                kaur.polygons().get(0).get(0));
        // a MultiPolygon: two parts (the mainland square and its island)
        Boundary north = byCode.get("17.03");
        assertEquals(2, north.polygons().size());
        assertArrayEquals(new double[] {101.1, -2.85, 101.25, -2.85, 101.25, -2.7, 101.1, -2.7, 101.1, -2.85},
                north.polygons().get(1).get(0), 1e-9);
        // a hole: the outer ring, then the ring of the hole where Kota Bengkulu lies
        Boundary centre = byCode.get("17.09");
        assertEquals(2, centre.polygons().get(0).size());
        assertArrayEquals(new double[] {101.8, -3.25, 101.8, -3.05, 101.95, -3.05, 101.95, -3.25, 101.8, -3.25},
                centre.polygons().get(0).get(1), 1e-9);
        assertEquals(10 * 5 + 5 + 5, result.boundaries().stream().mapToInt(Boundary::points).sum());
        assertEquals(64, result.sha256().length());
    }

    @Test
    void aFeatureWithACodeNotInTheListIsAWarningInBothLanguages() throws IOException {
        BoundaryFile.Result result = read(SQUARES);
        assertTrue(errors.errors().isEmpty(), errors.errors().toString());
        assertEquals(List.of("data/batas_wilayah.geojson:14: fitur 11: kode_wilayah \"17.99\" tidak ada dalam daftar "
                + "wilayah Kemendagri; fitur ini tidak digambar"), texts(result.warnings(), Catalogue.indonesian()));
        assertEquals(List.of("data/batas_wilayah.geojson:14: feature 11: kode_wilayah \"17.99\" is not in the Kemendagri "
                + "region list; the feature is not drawn"), texts(result.warnings(), Catalogue.english()));
    }

    @Test
    void aProvinceCodeOrACodeWithoutItsDotIsNotDrawn() throws IOException {
        BoundaryFile.Result result = read(write("""
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {"kode_wilayah": 17.04}, "geometry": {"type": "Polygon",
                 "coordinates": [[[103, -4.9], [103.5, -4.9], [103.5, -4.4], [103, -4.9]]]}},
                {"type": "Feature", "properties": {"kode_wilayah": "17"}, "geometry": {"type": "Polygon",
                 "coordinates": [[[103, -4.9], [103.5, -4.9], [103.5, -4.4], [103, -4.9]]]}},
                {"type": "Feature", "geometry": {"type": "Polygon",
                 "coordinates": [[[103, -4.9], [103.5, -4.9], [103.5, -4.4], [103, -4.9]]]},
                 "properties": {"kode_wilayah": "1704"}}
                ]}
                """));
        assertEquals(List.of("17.04"), result.boundaries().stream().map(Boundary::code).toList());
        assertEquals(List.of(
                "data/batas_wilayah.geojson:4: feature 2: kode_wilayah \"17\" is Bengkulu, not a regency/city; "
                        + "the feature is not drawn",
                "data/batas_wilayah.geojson:6: feature 3: kode_wilayah \"1704\" is not a region code; did you mean 17.04? "
                        + "The feature is not drawn"), texts(result.warnings(), Catalogue.english()));
    }

    @Test
    void invalidJsonIsAnErrorAtItsLineAndColumn() throws IOException {
        Path file = write("{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\",, }\n ]\n}\n");
        assertTrue(BoundaryFile.read(file, "data/batas_wilayah.geojson", ReferenceRegions.catalog(), errors).isEmpty());
        assertEquals(List.of("data/batas_wilayah.geojson:3: kolom 22: bukan JSON yang sah (periksa koma, kurung dan "
                + "tanda kutip di sekitar tempat ini; simpan ulang berkasnya sebagai GeoJSON dari aplikasi GIS)"),
                errors.errors().stream().map(e -> e.describe(Catalogue.indonesian())).toList());
    }

    @Test
    void aFileThatIsNotAFeatureCollectionIsRefused() throws IOException {
        Path file = write("{\"type\": \"Feature\", \"geometry\": null}");
        assertTrue(BoundaryFile.read(file, "data/batas_wilayah.geojson", ReferenceRegions.catalog(), errors).isEmpty());
        assertEquals(List.of("data/batas_wilayah.geojson: not a GeoJSON FeatureCollection (expected an object with "
                + "\"type\": \"FeatureCollection\" and a list of \"features\"; save the file again as GeoJSON from a GIS "
                + "application)"), errors.errors().stream().map(e -> e.describe(Catalogue.english())).toList());
    }

    @Test
    void pointsOutsideLongitudeAndLatitudeAreAnError() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {"kode_wilayah": "17.04"}, "geometry": {"type": "MultiPolygon",
                 "coordinates": [[[[11300000, -490000], [11350000, -490000], [11350000, -440000], [11300000, -490000]]]]}}
                ]}
                """);
        assertTrue(BoundaryFile.read(file, "data/batas_wilayah.geojson", ReferenceRegions.catalog(), errors).isEmpty());
        assertEquals(List.of("data/batas_wilayah.geojson:2: feature 1: invalid MultiPolygon coordinates (expected rings "
                + "of at least 4 points [longitude, latitude] in WGS84 degrees)"),
                errors.errors().stream().map(e -> e.describe(Catalogue.english())).toList());
    }

    private static List<String> texts(List<InputWarning> warnings, Catalogue words) {
        return warnings.stream().map(InputWarning::text).map(words::word).toList();
    }
}
