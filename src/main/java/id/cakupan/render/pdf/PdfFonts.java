package id.cakupan.render.pdf;

import java.awt.Font;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.extensions.ExtensionsEnvironment;
import net.sf.jasperreports.extensions.ExtensionsRegistry;

import id.cakupan.render.BundledFonts;

/**
 * The reports' one font family for JasperReports: DejaVu Sans, measured with the faces
 * {@link BundledFonts} loaded from the jasperreports-fonts jar and embedded in the PDFs from the
 * same files. It stands in for the font extensions found on the class path, which load every face
 * of every family they list (24 of them, Serif and Mono included) through {@code Font.createFont}
 * from a stream, that is through copies in the temp folder that a killed build leaves behind. Installed as the engine's system extensions
 * registry, as parts of the engine read fonts from it directly rather than from a context.
 */
final class PdfFonts {

    private static boolean installed;

    private PdfFonts() {
    }

    /** Installs the font family, once; every other kind of extension is still found on the class path. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        BundledFonts.register();
        SimpleFontFamily family = new SimpleFontFamily(DefaultJasperReportsContext.getInstance());
        family.setName(BundledFonts.FAMILY);
        // each face measured with the font file it is embedded from, never with a font looked up by name
        family.setNormalFace(face(BundledFonts.NORMAL));
        family.setBoldFace(face(BundledFonts.BOLD));
        family.setItalicFace(face(BundledFonts.ITALIC));
        family.setBoldItalicFace(face(BundledFonts.BOLD_ITALIC));
        family.setPdfEncoding("Identity-H");
        family.setPdfEmbedded(true);
        family.setExportFonts(Map.of("net.sf.jasperreports.html", "'DejaVu Sans', Arial, Helvetica, sans-serif"));
        List<FontFamily> families = List.of(family);

        ExtensionsRegistry classPath = ExtensionsEnvironment.getSystemExtensionsRegistry();
        ExtensionsEnvironment.setSystemExtensionsRegistry(new ExtensionsRegistry() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> getExtensions(Class<T> type) {
                if (type == FontFamily.class) {
                    return (List<T>) families;
                }
                return type == FontSet.class ? List.of() : classPath.getExtensions(type);
            }
        });
        installed = true;
    }

    private static SimpleFontFace face(String file) {
        return new BundledFace(BundledFonts.face(file), BundledFonts.LOCATION + file);
    }

    /**
     * A face the engine measures with {@link BundledFonts#face} and embeds from the same file in the
     * jar (a plain {@code SimpleFontFace} has a Java2D font only from a file it loads itself,
     * through the temp folder). Without a font, the engine measures with Java2D's font of the
     * family's name.
     */
    private static final class BundledFace extends SimpleFontFace {
        private final Font font;

        BundledFace(Font font, String pdf) {
            super(DefaultJasperReportsContext.getInstance());
            this.font = font;
            setPdf(pdf);
        }

        @Override
        public String getName() {
            return font == null ? null : font.getName();
        }

        @Override
        public Font getFont() {
            return font;
        }
    }
}
