package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.text.Catalogue;
import id.cakupan.text.TextIOException;

class RealPathsTest {

    @TempDir
    Path temp;

    @Test
    void linksInALoopAreRefusedInTheReadersWords() throws IOException {
        Path a = Files.createSymbolicLink(temp.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(temp.resolve("b"), Path.of("a"));
        TextIOException e = assertThrows(TextIOException.class, () -> RealPaths.of(a));
        assertEquals(a + ": terlalu banyak tautan simbolik berantai", Catalogue.indonesian().word(e.text()));
        assertEquals(a + ": too many levels of symbolic links", Catalogue.english().word(e.text()));
    }
}
