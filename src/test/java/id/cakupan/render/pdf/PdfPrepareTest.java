package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.cakupan.Fixtures;
import id.cakupan.render.Messages;

/** The briefings' templates are checked (compiled) before the data loads, and one report rehearsed while it loads. */
class PdfPrepareTest {

    @Test
    void preparesForAFullBuildAProvinceAndARegency() throws Exception {
        Path templates = Fixtures.projectDir().resolve("report-templates");
        Messages messages = Messages.load(templates, Locale.forLanguageTag("id"));
        for (String region : new String[] {null, "17", "17.04"}) {
            PdfBriefingsRenderer renderer = new PdfBriefingsRenderer();
            renderer.checkTemplates(templates, region);
            renderer.prepare(templates, messages, region);
            assertTrue(renderer.isPrepared(), "prepared for region " + region);
        }
    }
}
