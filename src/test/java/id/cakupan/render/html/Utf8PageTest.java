package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class Utf8PageTest {

    private static byte[] written(String... pieces) {
        try (Utf8Page page = new Utf8Page(4)) {
            for (String piece : pieces) {
                page.write(piece, 0, piece.length());
            }
            return page.toByteArray();
        }
    }

    @Test
    void encodesLikeJava() {
        String text = "Rp\u00a014,50 miliar \u2212 35,45\u00a0% \u00b7 caf\u00e9 \u4e2d\u6587 \ud83d\ude00 <svg>";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(text));
    }

    @Test
    void aSurrogatePairSplitAcrossWritesOrChunks() {
        String emoji = "\ud83c\udf89";
        assertArrayEquals(("a" + emoji + "b").getBytes(StandardCharsets.UTF_8), written("a\ud83c", "\udf89b"));
        String longText = "x".repeat(8191) + emoji + "y".repeat(20_000);
        assertArrayEquals(longText.getBytes(StandardCharsets.UTF_8), written(longText));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() {
        for (String text : new String[] {"a\ud83cb", "a\udf89b", "\ud83c\ud83c\udf89", "end\ud83c"}) {
            Utf8Page page = new Utf8Page(1);
            page.write(text, 0, text.length());
            page.write(new char[0], 0, 0);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), finished(page), text);
        }
    }

    @Test
    void aHighSurrogateAtTheEndIsReplacedInTheBytesToo() {
        assertArrayEquals("end?".getBytes(StandardCharsets.UTF_8), written("end\ud83c"));
    }

    private static byte[] finished(Utf8Page page) {
        try {
            Path file = Files.createTempFile("utf8page", ".html");
            page.writeTo(file);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
