package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

class MessagesTest {

    static final Path TEMPLATES = Fixtures.projectDir().resolve("report-templates");

    @Test
    void bothLanguagesHaveTheSameKeysAndTheCreditLine() throws IOException {
        Messages id = Messages.load(TEMPLATES, Locale.forLanguageTag("id-ID"));
        Messages en = Messages.load(TEMPLATES, Locale.forLanguageTag("en-GB"));
        assertEquals(id.keys(), en.keys());
        assertEquals("Kode wilayah: idn-area-data (ODbL), bersumber dari Kepmendagri", id.get("credit.regions"));
        assertEquals("Data as of November 2025.", en.get("tables.intro", "November 2025")
                .substring(en.get("tables.intro", "November 2025").indexOf("Data as of")));
    }

    @Test
    void aKeyMissingInOneLanguageNamesTheFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/messages.properties"), "a=satu\nb=dua\n");
        Files.writeString(dir.resolve("i18n/messages_en.properties"), "a=one\n");
        var e = assertThrows(IOException.class, () -> Messages.load(dir, Locale.forLanguageTag("id-ID")));
        assertEquals(dir.resolve("i18n/messages_en.properties") + ": missing keys [b]", e.getMessage());
    }
}
