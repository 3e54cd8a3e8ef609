package id.cakupan.render;

import java.nio.file.Path;
import java.util.Locale;

import id.cakupan.indicators.Indicators;

/** What every renderer gets: the indicators, the staging folder, the templates and the reader's language. */
public record RenderContext(Indicators indicators, Path outDir, Path templatesDir, Locale locale) {
}
