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
import id.cakupan.text.Catalogue;
import id.cakupan.text.TextIOException;

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
    void aFolderCustomizedForAnEarlierVersionGetsTheProgramsTextsForNewKeys(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/messages.properties"), "card.coverage=Cakupan peserta (versi kami)\n");
        Files.writeString(dir.resolve("i18n/messages_en.properties"), "card.coverage=Coverage (ours)\n");
        Messages id = Messages.load(dir, Locale.forLanguageTag("id-ID"));
        assertEquals("Cakupan peserta (versi kami)", id.get("card.coverage"));
        assertEquals(Messages.load(TEMPLATES, Locale.forLanguageTag("id-ID")).get("slides.title"), id.get("slides.title"));
        Messages en = Messages.load(dir, Locale.forLanguageTag("en-GB"));
        assertEquals("Coverage (ours)", en.get("card.coverage"));
        assertEquals("Employment Social Security Coverage: Monitoring Slides", en.get("slides.title"));
    }

    @Test
    void aKeyMissingInOneLanguageNamesTheFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/messages.properties"), "a=satu\nb=dua\n");
        Files.writeString(dir.resolve("i18n/messages_en.properties"), "a=one\n");
        var e = assertThrows(TextIOException.class, () -> Messages.load(dir, Locale.forLanguageTag("id-ID")));
        assertEquals(dir.resolve("i18n/messages_en.properties") + ": kunci berikut belum ada: [b]",
                Catalogue.indonesian().word(e.text()));
        assertEquals(dir.resolve("i18n/messages_en.properties") + ": missing keys [b]", Catalogue.english().word(e.text()));
    }

    @Test
    void aMissingBundleNamesTheFileInTheReadersWords(@TempDir Path dir) {
        var e = assertThrows(TextIOException.class, () -> Messages.load(dir, Locale.forLanguageTag("en-GB")));
        assertEquals(dir.resolve("i18n/messages.properties") + ": berkas teks laporan tidak ditemukan",
                Catalogue.indonesian().word(e.text()));
        assertEquals(dir.resolve("i18n/messages.properties") + ": message bundle not found",
                Catalogue.english().word(e.text()));
    }

    @Test
    void aBrokenEscapeOrANonUtf8ByteNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/messages.properties"), "a=satu\nescaped=\\\\u0041 is fine\nb=caf\\u00e\n");
        Files.writeString(dir.resolve("i18n/messages_en.properties"), "a=one\nescaped=A\nb=cafe\n");
        var e = assertThrows(TextIOException.class, () -> Messages.load(dir, Locale.forLanguageTag("id-ID")));
        assertEquals(dir.resolve("i18n/messages.properties") + ":3: \\u harus diikuti empat digit heksadesimal, misalnya "
                + "\\u00e9 untuk é", Catalogue.indonesian().word(e.text()));

        Files.writeString(dir.resolve("i18n/messages.properties"), "a=satu\nescaped=A\nb=kafe\n");
        Files.write(dir.resolve("i18n/messages_en.properties"), new byte[] {'a', '=', 'o', '\n', 'e', '=', 'A', '\n',
            'b', '=', 'c', 'a', 'f', (byte) 0xe9, '\n'});
        e = assertThrows(TextIOException.class, () -> Messages.load(dir, Locale.forLanguageTag("id-ID")));
        assertEquals(dir.resolve("i18n/messages_en.properties") + ":3: the message bundle is not UTF-8 text (save it as "
                + "UTF-8)", Catalogue.english().word(e.text()));
    }
}
