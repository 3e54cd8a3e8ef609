package id.cakupan.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office Open XML packages (workbooks, PowerPoint files) that give the same bytes for the same
 * content: their writers date {@code docProps/core.xml} and every zip entry with the clock, which is
 * replaced by the document's date (a zip entry carries a local date and time, taken in Jakarta time,
 * whatever the machine's zone).
 */
public final class OfficePackage {

    /** The package's properties, where its writer puts the dates. */
    public static final String CORE = "docProps/core.xml";
    private static final Pattern DATES = Pattern.compile(
            "(<dcterms:(created|modified) xsi:type=\"dcterms:W3CDTF\">)[^<]*(</dcterms:\\2>)");

    private OfficePackage() {
    }

    /** The properties {@code core} with their creation and modification dates made {@code created}. */
    public static String coreDated(String core, ZonedDateTime created) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                .format(created.withZoneSameInstant(ZoneOffset.UTC));
        return DATES.matcher(core).replaceAll("$1" + stamp + "$3");
    }

    /** The local date and time every entry of a package dated {@code created} carries. */
    public static LocalDateTime entryTime(ZonedDateTime created) {
        return created.withZoneSameInstant(DocumentDate.JAKARTA).toLocalDateTime();
    }

    /** The package {@code zip}, entry by entry in the same order, dated {@code created}. */
    public static byte[] dated(byte[] zip, ZonedDateTime created) {
        return dated(zip, created, (name, xml) -> xml);
    }

    /**
     * The package {@code zip}, entry by entry in the same order, dated {@code created}, with the text of
     * each XML entry {@code rewrite(name, text)} (for what else its writer leaves to chance).
     */
    public static byte[] dated(byte[] zip, ZonedDateTime created, BinaryOperator<String> rewrite) {
        LocalDateTime time = entryTime(created);
        var out = new ByteArrayOutputStream(zip.length + 1024);
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTimeLocal(time);
                copy.putNextEntry(dated);
                copy.write(content(entry, in, created, rewrite));
                copy.closeEntry();
            }
        } catch (IOException e) {
            // the package was just written to memory by its exporter
            throw new UncheckedIOException("cannot read back the package just written", e);
        }
        return out.toByteArray();
    }

    private static byte[] content(ZipEntry entry, InputStream in, ZonedDateTime created, BinaryOperator<String> rewrite)
            throws IOException {
        byte[] bytes = in.readAllBytes();
        String name = entry.getName();
        if (!name.endsWith(".xml")) {
            return bytes;
        }
        String xml = new String(bytes, StandardCharsets.UTF_8);
        if (name.equals(CORE)) {
            xml = coreDated(xml, created);
        }
        return rewrite.apply(name, xml).getBytes(StandardCharsets.UTF_8);
    }
}
