package id.cakupan.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.render.Messages;
import id.cakupan.text.Catalogue;
import id.cakupan.text.TextIOException;

/** The dashboard gets ready while the data loads, for a full build and for one region. */
class SitePrepareTest {

    static final Path TEMPLATES = Fixtures.projectDir().resolve("report-templates");

    @Test
    void preparesForAFullBuildAndForOneRegion() throws Exception {
        Messages messages = Messages.load(TEMPLATES, Locale.forLanguageTag("id"));
        for (String region : new String[] {null, "17", "17.04"}) {
            SiteRenderer renderer = new SiteRenderer();
            renderer.checkTemplates(TEMPLATES, region);
            renderer.prepare(TEMPLATES, messages, region);
            assertTrue(renderer.isPrepared(), "prepared for region " + region);
        }
    }

    @Test
    void aBrokenTemplateFailsItsCheckNamingFileAndLineAndLeavesNothingPrepared(@TempDir Path temp) throws Exception {
        Path templates = Fixtures.copyTree(TEMPLATES, temp.resolve("templates"));
        Files.writeString(templates.resolve("html/region.ftl"), "<#ftl output_format=\"HTML\">\n<#if>");
        SiteRenderer renderer = new SiteRenderer();
        var e = assertThrows(TextIOException.class, () -> renderer.checkTemplates(templates, null));
        assertEquals(templates.resolve("html/region.ftl") + ":2: the template does not parse: ",
                Catalogue.english().word(e.text()).replaceAll("parse: .*", "parse: "));
        assertFalse(renderer.isPrepared());
        assertFalse(renderer.templatesChecked(templates, null), "a broken template is never recorded as checked");
    }

    @Test
    void importsAreResolvedAsFreeMarkerDoes() {
        assertEquals("partials/table.ftl", HtmlTemplates.resolve("partials/chart.ftl", "table.ftl"));
        assertEquals("layout.ftl", HtmlTemplates.resolve("region.ftl", "layout.ftl"));
        assertEquals("layout.ftl", HtmlTemplates.resolve("partials/chart.ftl", "/layout.ftl"));
        assertEquals("layout.ftl", HtmlTemplates.resolve("partials/chart.ftl", "../layout.ftl"));
        assertEquals("a/c.ftl", HtmlTemplates.resolve("a/b/x.ftl", "./../c.ftl"));
        assertEquals(null, HtmlTemplates.resolve("region.ftl", "*/layout.ftl"));
    }

    @Test
    void aParserMessageIsShownOnOneLine() {
        assertEquals("Encountered \"/\", but was expecting one of these patterns: <STRING_LITERAL>, \"false\"",
                HtmlTemplates.oneLine("Encountered \"/\", but was expecting one of these patterns:\n    <STRING_LITERAL>\n"
                        + "    \"false\""));
        assertEquals("Unknown built-in: \"x\". Help: https://freemarker.apache.org/",
                HtmlTemplates.oneLine("Unknown built-in: \"x\". Help: https://freemarker.apache.org/\nabs, absolute\n"));
    }
}
