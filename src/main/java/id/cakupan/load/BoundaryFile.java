package id.cakupan.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import id.cakupan.model.Boundary;
import id.cakupan.model.InputWarning;
import id.cakupan.model.LineNumbers;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.text.Text;

/**
 * Reads the optional {@code batas_wilayah.geojson}: a GeoJSON FeatureCollection whose features carry
 * the property {@code kode_wilayah} and a Polygon or MultiPolygon geometry (holes allowed), in
 * longitude and latitude. The file is streamed, never held whole: boundary files run to tens of MB.
 *
 * <p>Invalid JSON is an error at its line and column (reading stops there); a feature whose structure
 * is wrong is an error naming the feature (1 for the first) and its line; a feature whose code is not
 * in the region list, or is not a regency/city, is a warning, and is not drawn.
 */
public final class BoundaryFile {

    /** The file's name in the data folder. */
    public static final String NAME = "batas_wilayah.geojson";

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private final String display;
    private final RegionCatalog regions;
    private final ErrorSink errors;
    private final List<InputWarning> warnings = new ArrayList<>();
    private final Map<String, List<List<double[]>>> polygons = new LinkedHashMap<>();
    private JsonParser parser;
    private int feature;
    private int featureLine;

    private BoundaryFile(String display, RegionCatalog regions, ErrorSink errors) {
        this.display = display;
        this.regions = regions;
        this.errors = errors;
    }

    /** What the file gave: the outlines by regency code (in the order first met), the warnings and its SHA-256. */
    public record Result(List<Boundary> boundaries, List<InputWarning> warnings, int features, String sha256) {

        public Result {
            boundaries = List.copyOf(boundaries);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads the file; its errors go to {@code errors}. Empty when the file has errors.
     *
     * @param display the file as messages name it ({@code data/batas_wilayah.geojson})
     */
    public static Optional<Result> read(Path path, String display, RegionCatalog regions, ErrorSink errors)
            throws IOException {
        BoundaryFile file = new BoundaryFile(display, regions, errors);
        MessageDigest digest = sha256();
        boolean read;
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest);
             JsonParser parser = JSON.createParser(in)) {
            file.parser = parser;
            // the collection is read to the end of the file (nothing may follow it), so every byte is digested
            read = file.collection();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            errors.add(new DataError(display, Math.max(line, 0), column > 0 ? String.valueOf(column) : null,
                    Text.of("load.boundary.syntax")));
            return Optional.empty();
        }
        if (!read) {
            return Optional.empty();
        }
        List<Boundary> boundaries = new ArrayList<>();
        file.polygons.forEach((code, list) -> boundaries.add(new Boundary(code, list)));
        return Optional.of(new Result(boundaries, file.warnings, file.feature,
                HexFormat.of().formatHex(digest.digest())));
    }

    /** The root object; false when it is not a FeatureCollection (an error has been added). */
    private boolean collection() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            fileError(Text.of("load.boundary.notCollection"));
            return false;
        }
        String type = null;
        boolean features = false;
        boolean valid = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if ("features".equals(field)) {
                if (value != JsonToken.START_ARRAY) {
                    fileError(Text.of("load.boundary.notCollection"));
                    return false;
                }
                features = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    feature++;
                    valid &= feature();
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!"FeatureCollection".equals(type) || !features) {
            fileError(Text.of("load.boundary.notCollection"));
            return false;
        }
        if (parser.nextToken() != null) {
            throw new JsonProcessingException("content after the collection", parser.currentLocation()) {
                private static final long serialVersionUID = 1L;
            };
        }
        return valid;
    }

    /** One feature, the parser on its first token; false when it is wrong (an error has been added). */
    private boolean feature() throws IOException {
        featureLine = parser.currentLocation().getLineNr();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return featureError(Text.of("load.boundary.notFeature"));
        }
        String code = null;
        boolean hasCode = false;
        String geometryType = null;
        Object coordinates = null;
        boolean hasGeometry = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("properties".equals(field) && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String property = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (InputFiles.REGION.equals(property)) {
                        hasCode = true;
                        // a code written as a number ({"kode_wilayah": 17.04}) is read as written
                        code = token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                                || token == JsonToken.VALUE_NUMBER_FLOAT ? parser.getText().strip() : null;
                    }
                    parser.skipChildren();
                }
            } else if ("geometry".equals(field) && value == JsonToken.START_OBJECT) {
                hasGeometry = true;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String member = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if ("type".equals(member) && token == JsonToken.VALUE_STRING) {
                        geometryType = parser.getText();
                    } else if ("coordinates".equals(member) && token == JsonToken.START_ARRAY) {
                        coordinates = array();
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!hasCode || code == null || code.isEmpty()) {
            return featureError(Text.of("load.boundary.noCode", InputFiles.REGION));
        }
        if (!hasGeometry) {
            return featureError(Text.of("load.boundary.noGeometry"));
        }
        if (!"Polygon".equals(geometryType) && !"MultiPolygon".equals(geometryType)) {
            return featureError(Text.of("load.boundary.geometryType",
                    geometryType == null ? "?" : Row.quote(geometryType)));
        }
        List<List<double[]>> shapes = "Polygon".equals(geometryType) ? polygon(coordinates).map(List::of).orElse(null)
                : multiPolygon(coordinates);
        if (shapes == null) {
            return featureError(Text.of("load.boundary.coordinates", geometryType));
        }
        String regency = regency(code);
        if (regency != null) {
            polygons.computeIfAbsent(regency, k -> new ArrayList<>()).addAll(shapes);
        }
        return true;
    }

    /** The regency/city a feature's code names, else null with a warning. */
    private String regency(String written) {
        String found = written;
        if (!RegionCodes.isWellFormed(found)) {
            String quoted = Row.quote(written);
            warn(RegionCodes.didYouMean(found, regions)
                    .map(likely -> Text.of("load.boundary.notACodeDidYouMean", quoted, likely))
                    .orElse(Text.of("load.boundary.notACode", quoted, RegionCodes.expected())));
            return null;
        }
        Optional<Region> region = regions.find(found);
        if (region.isEmpty()) {
            warn(Text.of("load.boundary.unknown", Row.quote(written)));
            return null;
        }
        if (!region.get().isRegency()) {
            warn(Text.of("load.boundary.notRegency", Row.quote(written), region.get().name()));
            return null;
        }
        return region.get().code();
    }

    /** A ring of a polygon: its points as longitude and latitude in turn. */
    private record Ring(double[] points) {
    }

    /** A Polygon's coordinates: rings of at least four points. */
    private static Optional<List<double[]>> polygon(Object coordinates) {
        if (!(coordinates instanceof List<?> rings) || rings.isEmpty()) {
            return Optional.empty();
        }
        List<double[]> result = new ArrayList<>(rings.size());
        for (Object ring : rings) {
            if (!(ring instanceof Ring r) || r.points().length < 8) {
                return Optional.empty();
            }
            result.add(r.points());
        }
        return Optional.of(result);
    }

    private static List<List<double[]>> multiPolygon(Object coordinates) {
        if (!(coordinates instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        List<List<double[]>> result = new ArrayList<>(list.size());
        for (Object polygon : list) {
            Optional<List<double[]>> rings = polygon(polygon);
            if (rings.isEmpty()) {
                return null;
            }
            result.add(rings.get());
        }
        return result;
    }

    /**
     * A coordinates array, the parser on its opening bracket: a point ({@code [lon, lat]}, a third
     * number, the height, ignored) as a {@code double[2]}, an array of points as a {@link Ring}, an
     * array of arrays as a list of what they are; null when it is none of these or a point lies
     * outside longitude -180..180 and latitude -90..90.
     */
    private Object array() throws IOException {
        List<Object> items = null;
        double[] point = null;
        int numbers = 0;
        boolean valid = true;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                if (items != null) {
                    valid = false;
                } else {
                    if (point == null) {
                        point = new double[2];
                    }
                    if (numbers < 2) {
                        point[numbers] = parser.getDoubleValue();
                    }
                    numbers++;
                }
            } else if (token == JsonToken.START_ARRAY && point == null) {
                if (items == null) {
                    items = new ArrayList<>();
                }
                Object child = array();
                valid &= child != null;
                items.add(child);
            } else {
                valid = false;
                parser.skipChildren();
            }
        }
        if (!valid) {
            return null;
        }
        if (point != null) {
            boolean inRange = numbers >= 2 && point[0] >= -180 && point[0] <= 180 && point[1] >= -90 && point[1] <= 90;
            return inRange ? point : null;
        }
        if (items == null) {
            return List.of();
        }
        if (!(items.get(0) instanceof double[])) {
            return items;
        }
        double[] ring = new double[items.size() * 2];
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof double[] p)) {
                return null;
            }
            ring[2 * i] = p[0];
            ring[2 * i + 1] = p[1];
        }
        return new Ring(ring);
    }

    private void fileError(Text message) {
        errors.add(DataError.ofFile(display, message));
    }

    private boolean featureError(Text message) {
        errors.add(new DataError(display, featureLine, null, Text.of("load.boundary.feature", String.valueOf(feature), message)));
        return false;
    }

    private void warn(Text message) {
        warnings.add(new InputWarning(display, null, Text.of("load.boundary.feature", String.valueOf(feature), message),
                new LineNumbers(List.of(featureLine))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
