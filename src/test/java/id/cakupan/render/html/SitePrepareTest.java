package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.render.Messages;

/** The dashboard gets ready while the data loads, for a full build and for one region. */
class SitePrepareTest {

    static final Path TEMPLATES = Fixtures.projectDir().resolve("report-templates");

    @Test
    void preparesForAFullBuildAndForOneRegion() throws Exception {
        Messages messages = Messages.load(TEMPLATES, Locale.forLanguageTag("id"));
        for (String region : new String[] {null, "17", "17.04"}) {
            SiteRenderer renderer = new SiteRenderer();
            renderer.prepare(TEMPLATES, messages, region);
            assertTrue(renderer.isPrepared(), "prepared for region " + region);
        }
    }

    @Test
    void aBrokenTemplateLeavesNothingPreparedForRenderToReport(@TempDir Path temp) throws Exception {
        Path templates = Fixtures.copyTree(TEMPLATES, temp.resolve("templates"));
        java.nio.file.Files.writeString(templates.resolve("html/region.ftl"), "<#if>");
        SiteRenderer renderer = new SiteRenderer();
        renderer.prepare(templates, Messages.load(templates, Locale.forLanguageTag("id")), null);
        assertFalse(renderer.isPrepared());
    }
}
