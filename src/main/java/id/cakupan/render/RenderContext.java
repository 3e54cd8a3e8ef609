package id.cakupan.render;

import java.nio.file.Path;

import id.cakupan.indicators.Indicators;

/**
 * What every renderer gets: the indicators, the staging folder to write into, the templates, and
 * the reader's language as message bundle and number formats, and the date documents carry.
 */
public record RenderContext(Indicators indicators, Path outDir, Path templatesDir, Messages messages,
                            Formats formats, DocumentDate documentDate) {
}
