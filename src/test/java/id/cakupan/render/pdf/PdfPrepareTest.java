package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.cakupan.Fixtures;
import id.cakupan.render.Messages;

/** The briefings get ready (templates compiled, one report rehearsed) while the data loads. */
class PdfPrepareTest {

    @Test
    void preparesForAFullBuildAProvinceAndARegency() throws Exception {
        Path templates = Fixtures.projectDir().resolve("report-templates");
        Messages messages = Messages.load(templates, Locale.forLanguageTag("id"));
        for (String region : new String[] {null, "17", "17.04"}) {
            PdfBriefingsRenderer renderer = new PdfBriefingsRenderer();
            renderer.prepare(templates, messages, region);
            assertTrue(renderer.isPrepared(), "prepared for region " + region);
        }
    }
}
