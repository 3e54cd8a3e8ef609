package id.cakupan.render.pdf;

import java.util.List;
import java.util.Map;

import id.cakupan.render.BundledFonts;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.extensions.ExtensionsEnvironment;
import net.sf.jasperreports.extensions.ExtensionsRegistry;

/**
 * The reports' one font family for JasperReports: DejaVu Sans as {@link BundledFonts} registered it
 * with Java2D, embedded in the PDFs from the jasperreports-fonts jar. It stands in for the font
 * extensions found on the class path, which load every face of every family they list (24 of them,
 * Serif and Mono included) through {@code Font.createFont} from a stream, that is through copies in
 * the temp folder that a killed build leaves behind. Installed as the engine's system extensions
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
        // faces without a font file of their own: the engine measures with Java2D's font of the family's name
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
        SimpleFontFace face = new SimpleFontFace(DefaultJasperReportsContext.getInstance());
        face.setPdf(BundledFonts.LOCATION + file);
        return face;
    }
}
