package id.cakupan.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an exported PDF the same bytes for the same report: the PDF library stamps the clock as
 * creation date, picks random font-subset prefixes and a random document ID. Each is replaced, in
 * place and with the same length (so the cross-reference offsets stay right), by a value derived
 * from the document date and the content.
 */
final class ReproduciblePdf {

    private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+([A-Za-z0-9-]+)");
    private static final Pattern DATE = Pattern.compile("/(CreationDate|ModDate)\\(D:(\\d{14})Z\\)");
    private static final Pattern ID = Pattern.compile("/ID \\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>\\]");
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ReproduciblePdf() {
    }

    static void normalize(Path file, ZonedDateTime date) throws IOException {
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int length = pdf.length();
        pdf = replace(SUBSET, pdf, m -> "/" + prefix(m.group(2)) + "+" + m.group(2));
        String stamp = date.withZoneSameInstant(ZoneOffset.UTC).format(PDF_DATE);
        pdf = replace(DATE, pdf, m -> "/" + m.group(1) + "(D:" + stamp + "Z)");
        String zeroed = replace(ID, pdf, m -> "/ID [<" + "0".repeat(32) + "><" + "0".repeat(32) + ">]");
        String id = md5(zeroed);
        pdf = replace(ID, pdf, m -> "/ID [<" + id + "><" + id + ">]");
        if (pdf.length() != length) {
            throw new IllegalStateException(file + ": normalising changed the PDF's length");
        }
        Files.write(file, pdf.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Six capital letters from the font's name: the same font gets the same prefix in every file. */
    private static String prefix(String fontName) {
        byte[] hash = digest("SHA-256", fontName);
        StringBuilder letters = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('A' + Math.floorMod(hash[i], 26)));
        }
        return letters.toString();
    }

    private static String md5(String content) {
        return HexFormat.of().formatHex(digest("MD5", content));
    }

    private static byte[] digest(String algorithm, String content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
