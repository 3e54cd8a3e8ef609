package id.cakupan.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cakupan.text.Catalogue;

/** What a served page becomes, and the pages the preview words itself. */
class PreviewPagesTest {

    private static final String TAG = "<script src=\"/__cakupan/reload.js\" data-cakupan-build=\"a-1\" defer></script>";

    @Test
    void theScriptGoesBeforeTheLastBodyEndAndThePolicyLetsItListen() {
        String page = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'self'\"></head><body><pre>&lt;/body&gt; </body> in a comment</pre></BODY></html>";
        assertEquals("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'self'; connect-src 'self'\"></head><body><pre>&lt;/body&gt; </body> in a comment</pre>"
                + TAG + "\n</BODY></html>", PreviewServer.inject(page, TAG));
    }

    @Test
    void aPageWithoutBodyEndOrPolicyGetsTheScriptAtTheEnd() {
        assertEquals("<p>Kaur</p>" + TAG + "\n", PreviewServer.inject("<p>Kaur</p>", TAG));
        String own = "<meta http-equiv=\"Content-Security-Policy\" content=\"connect-src 'self' https:\"><body></body>";
        assertEquals("<meta http-equiv=\"Content-Security-Policy\" content=\"connect-src 'self' https:\"><body>" + TAG
                + "\n</body>", PreviewServer.inject(own, TAG), "a policy that says where to connect is left as it is");
    }

    @Test
    void theErrorPageShowsEveryMessageEscapedInTheReadersLanguage() {
        List<String> problems = List.of("kesalahan: data/kepesertaan.csv:986: kolom peserta_aktif: \"20.800\" bukan "
                + "bilangan bulat (tulis 20800)", "kesalahan: data/<b>x</b>.csv:2: & lainnya", "2 kesalahan; tidak ada yang ditulis.");
        String page = Pages.failure(Catalogue.indonesian(), problems, Path.of("output"), TAG);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"id\">\n"), page);
        assertTrue(page.contains("<title>Data belum dapat dibangun · Cakupan</title>"), page);
        assertTrue(page.contains("<li>kesalahan: data/kepesertaan.csv:986: kolom peserta_aktif: &quot;20.800&quot; bukan "
                + "bilangan bulat (tulis 20800)</li>\n<li>kesalahan: data/&lt;b&gt;x&lt;/b&gt;.csv:2: &amp; lainnya</li>\n"
                + "<li class=\"total\">2 kesalahan; tidak ada yang ditulis.</li>"), page);
        assertTrue(page.contains("Keluaran terakhir yang baik tetap utuh di output."), page);
        assertTrue(page.endsWith(TAG + "\n</body>\n</html>\n"), page);

        String english = Pages.failure(Catalogue.english(), List.of("error: x"), Path.of("out"), TAG);
        assertTrue(english.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"), english);
        assertTrue(english.contains("<h1>The data could not be built</h1>"), english);
        assertTrue(english.contains("<li>error: x</li>"), "one line is no total: " + english);
    }

    @Test
    void theNotFoundPageNamesTheAddressEscaped() {
        String page = Pages.notFound(Catalogue.indonesian(), "/<script>.html", TAG);
        assertTrue(page.contains("<h1>Halaman tidak ditemukan</h1>\n<p>Situs ini tidak memiliki /&lt;script&gt;.html.</p>"), page);
        assertTrue(page.contains("<a href=\"/\">Ke halaman utama</a>"), page);
    }
}
