package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.cakupan.render.xlsx.IndicatorWorkbookRenderer;

/** The site offers for download what the other outputs wrote, as the build reports it, and nothing else. */
class SiteOffersTest {

    @Test
    void tablesWorkbookAndBriefingsAreOfferedInNameOrder() {
        List<Path> written = List.of(Path.of("pdf/17-bengkulu.pdf"), Path.of("data/indikator_wilayah.csv"),
                Path.of("data/README.txt"), Path.of("data/" + IndicatorWorkbookRenderer.FILE), Path.of("pdf/17.04-kaur.pdf"),
                Path.of("site/index.html"), Path.of("cakupan.csv"), Path.of("pdf/old/17-bengkulu.pdf"));
        assertEquals(List.of(Path.of("data/" + IndicatorWorkbookRenderer.FILE), Path.of("data/indikator_wilayah.csv"),
                Path.of("pdf/17-bengkulu.pdf"), Path.of("pdf/17.04-kaur.pdf")), SiteRenderer.offered(written));
    }

    @Test
    void slideDecksAndTheSecondLanguagesDocumentsAreOffered() {
        List<Path> written = List.of(Path.of("slides/17-bengkulu.pptx"), Path.of("slides/17-bengkulu.pdf"),
                Path.of("pdf/en/17.04-kaur.pdf"), Path.of("slides/en/17-bengkulu.pptx"), Path.of("slides/fr/17-bengkulu.pdf"),
                Path.of("data/en/indikator_wilayah.csv"), Path.of("slides/17-bengkulu.txt"), Path.of("pdf/en/x/17.pdf"));
        assertEquals(List.of(Path.of("pdf/en/17.04-kaur.pdf"), Path.of("slides/17-bengkulu.pdf"),
                Path.of("slides/17-bengkulu.pptx"), Path.of("slides/en/17-bengkulu.pptx")), SiteRenderer.offered(written));
    }

    @Test
    void nothingWrittenNothingOffered() {
        assertEquals(List.of(), SiteRenderer.offered(List.of()));
    }
}
