package id.cakupan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file an address names: only files inside the site folder, whatever the address tries. */
class SiteFilesTest {

    @TempDir
    Path temp;

    private Path site;

    @BeforeEach
    void writeASite() throws IOException {
        site = Files.createDirectories(temp.resolve("out/site"));
        Files.writeString(site.resolve("index.html"), "<p>provinsi</p>");
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("en/index.html"), "<p>province</p>");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/style.css"), "p {}");
        Files.writeString(site.resolve(".cakupan-output"), "hidden");
        Files.writeString(temp.resolve("out/rahasia.txt"), "outside the site");
        Files.writeString(temp.resolve("passwd"), "outside the output");
    }

    @Test
    void filesAndFoldersInsideTheSiteAreFound() throws IOException {
        assertEquals(Optional.of(site.resolve("index.html").toRealPath()), SiteFiles.resolve(site, "/"));
        assertEquals(Optional.of(site.resolve("en/index.html").toRealPath()), SiteFiles.resolve(site, "/en/"));
        assertEquals(Optional.of(site.resolve("en/index.html").toRealPath()), SiteFiles.resolve(site, "/en"));
        assertEquals(Optional.of(site.resolve("assets/style.css").toRealPath()), SiteFiles.resolve(site, "/assets/style.css"));
        assertEquals(Optional.of(site.resolve("assets/style.css").toRealPath()), SiteFiles.resolve(site, "//assets//style.css"));
        assertEquals(Optional.empty(), SiteFiles.resolve(site, "/assets/nope.css"));
        assertTrue(SiteFiles.isFolderWithoutSlash(site, "/en"));
        assertFalse(SiteFiles.isFolderWithoutSlash(site, "/en/"));
        assertFalse(SiteFiles.isFolderWithoutSlash(site, "/index.html"));
    }

    @Test
    void noAddressLeavesTheSiteFolder() throws IOException {
        // the server decodes %2e%2e and %2f before asking, so these are what an attacker's addresses become
        for (String path : List.of("/../rahasia.txt", "/../../passwd", "/en/../../rahasia.txt", "/assets/../../rahasia.txt",
                "/..", "/.cakupan-output", "/en/..%2f..%2frahasia.txt", "/..\\rahasia.txt", "/C:/Windows/win.ini",
                "../rahasia.txt", "", "/index.html\0.png")) {
            assertEquals(Optional.empty(), SiteFiles.resolve(site, path), path);
            assertFalse(SiteFiles.isFolderWithoutSlash(site, path), path);
        }
        assertEquals(Optional.empty(), SiteFiles.resolve(site, null));
    }

    @Test
    void aSymbolicLinkThatLeadsOutIsNotFollowedOneInsideIs() throws IOException {
        Files.createSymbolicLink(site.resolve("bocor.txt"), temp.resolve("passwd"));
        Files.createSymbolicLink(site.resolve("luar"), temp.resolve("out"));
        Files.createSymbolicLink(site.resolve("gaya.css"), site.resolve("assets/style.css"));
        assertEquals(Optional.empty(), SiteFiles.resolve(site, "/bocor.txt"));
        assertEquals(Optional.empty(), SiteFiles.resolve(site, "/luar/rahasia.txt"));
        assertEquals(Optional.of(site.resolve("assets/style.css").toRealPath()), SiteFiles.resolve(site, "/gaya.css"));
    }

    @Test
    void aSiteReachedThroughALinkIsServed() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("tautan"), site);
        assertEquals(Optional.of(site.resolve("assets/style.css").toRealPath()), SiteFiles.resolve(link, "/assets/style.css"));
    }

    @Test
    void contentTypes() {
        assertEquals("text/html; charset=utf-8", SiteFiles.contentType(Path.of("index.html")));
        assertEquals("text/css; charset=utf-8", SiteFiles.contentType(Path.of("assets/style.css")));
        assertEquals("text/javascript; charset=utf-8", SiteFiles.contentType(Path.of("assets/site.js")));
        assertEquals("image/svg+xml", SiteFiles.contentType(Path.of("assets/favicon.svg")));
        assertEquals("image/png", SiteFiles.contentType(Path.of("kartu/17-bengkulu.PNG")));
        assertEquals("application/pdf", SiteFiles.contentType(Path.of("pdf/17-bengkulu.pdf")));
        assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                SiteFiles.contentType(Path.of("slides/17-bengkulu.pptx")));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                SiteFiles.contentType(Path.of("data/indikator.xlsx")));
        assertEquals("text/csv; charset=utf-8", SiteFiles.contentType(Path.of("data/anggaran.csv")));
        assertEquals("application/json", SiteFiles.contentType(Path.of("data/peta.json")));
        assertEquals("application/octet-stream", SiteFiles.contentType(Path.of("data/README")));
        assertTrue(SiteFiles.isPage(Path.of("en/17.04-kaur.html")));
        assertFalse(SiteFiles.isPage(Path.of("assets/site.js")));
    }
}
