package id.cakupan.render;

import java.nio.file.Path;

import id.cakupan.indicators.Indicators;

/**
 * What every renderer gets: the indicators, the staging folder to write into, the templates, and
 * the reader's language as message bundle and number formats, the date documents carry, where to
 * report progress, and the one region wanted ({@code --region}), or null for all.
 */
public record RenderContext(Indicators indicators, Path outDir, Path templatesDir, Messages messages,
                            Formats formats, DocumentDate documentDate, Progress progress, String region) {

    /**
     * Whether a region's outputs are wanted: all of them, or with {@code --region} only that one's
     * (figures are still computed from all the data, so they equal those of a full build).
     */
    public boolean includes(id.cakupan.model.Region candidate) {
        return region == null || region.equals(candidate.code());
    }
}
