package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Font;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.junit.jupiter.api.Test;

import id.cakupan.render.BundledFonts;

/**
 * Text is measured with the font files the PDFs embed, not with whatever Java2D finds under the
 * name "DejaVu Sans": where the system has DejaVu installed, that is the system's own build of it
 * (registering the jar's copy does nothing then), possibly with other widths and so other line breaks.
 */
class PdfFontsTest {

    @Test
    void eachFaceIsMeasuredWithTheFileItIsEmbeddedFrom() {
        PdfFonts.install();
        List<FontFamily> families = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class);
        assertEquals(List.of(BundledFonts.FAMILY), families.stream().map(FontFamily::getName).toList());
        FontFamily family = families.get(0);
        check(family.getNormalFace(), BundledFonts.NORMAL);
        check(family.getBoldFace(), BundledFonts.BOLD);
        check(family.getItalicFace(), BundledFonts.ITALIC);
        check(family.getBoldItalicFace(), BundledFonts.BOLD_ITALIC);

        Font bold = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles(BundledFonts.FAMILY, Font.BOLD, 9.5f, null, false);
        assertEquals(BundledFonts.face(BundledFonts.BOLD).getFontName(), bold.getFontName());
        assertEquals(9.5f, bold.getSize2D());
    }

    private static void check(FontFace face, String file) {
        Font font = BundledFonts.face(file);
        assertNotNull(font, file + " loads from the jar");
        assertSame(font, face.getFont(), file);
        assertEquals(BundledFonts.LOCATION + file, face.getPdf(), file);
    }
}
