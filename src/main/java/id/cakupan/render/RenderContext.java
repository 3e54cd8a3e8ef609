package id.cakupan.render;

import java.nio.file.Path;
import java.util.List;

import id.cakupan.indicators.Indicators;
import id.cakupan.model.Region;
import id.cakupan.text.Text;

/**
 * What every renderer gets: the indicators, the staging folder to write into, the templates, and
 * the reader's language as message bundle and number formats, the date documents carry, where to
 * report progress, the one region wanted ({@code --region}), or null for all, and the files the
 * renderers before it wrote (relative to {@code outDir}), so that an output that links to or copies
 * others' files learns what they are from the build rather than from the disk. {@code language}
 * is empty for the build's first language, else the code of the language whose documents go into
 * a folder of that name (see {@link #folder}). {@code siteUrl} is the address the site will be
 * published at ({@code --site-url}, ending with a slash), or null when not given.
 */
public record RenderContext(Indicators indicators, Path outDir, Path templatesDir, Messages messages,
                            Formats formats, DocumentDate documentDate, Progress progress, String region,
                            List<Path> written, String language, String siteUrl) {

    public RenderContext {
        written = List.copyOf(written);
    }

    public RenderContext(Indicators indicators, Path outDir, Path templatesDir, Messages messages, Formats formats,
                         DocumentDate documentDate, Progress progress, String region) {
        this(indicators, outDir, templatesDir, messages, formats, documentDate, progress, region, List.of(), "", null);
    }

    /** The same context with the site's published address ({@code --site-url}, ending with a slash). */
    public RenderContext withSiteUrl(String url) {
        return new RenderContext(indicators, outDir, templatesDir, messages, formats, documentDate, progress, region,
                written, language, url);
    }

    /** The same context for the next renderer, after the renderers before it wrote these files. */
    public RenderContext after(List<Path> files) {
        return new RenderContext(indicators, outDir, templatesDir, messages, formats, documentDate, progress, region,
                files, language, siteUrl);
    }

    /**
     * The same context in another language of the build ({@code --lang id,en}): its documents go into
     * a folder named after the language below each output's folder, {@code pdf/en/}.
     */
    public RenderContext inLanguage(Messages other, Formats otherFormats) {
        String language = other.locale().getLanguage();
        // its progress names the language: "laporan PDF (en): 3 dari 11"
        Progress named = new Progress() {
            @Override
            public void note(Text line) {
                progress.note(line);
            }

            @Override
            public void warning(Text line) {
                progress.warning(line);
            }

            @Override
            public void step(Text task, int done, int total) {
                progress.step(Text.of("render.inLanguage", task, language), done, total);
            }
        };
        return new RenderContext(indicators, outDir, templatesDir, other, otherFormats, documentDate, named, region,
                written, language, siteUrl);
    }

    /** Where an output's folder ({@code pdf}) is in this context's language: {@code pdf} or {@code pdf/en}. */
    public Path folder(String name) {
        Path folder = outDir.resolve(name);
        return language.isEmpty() ? folder : folder.resolve(language);
    }

    /**
     * Whether a region's outputs are wanted: all of them, or with {@code --region} only that one's
     * (figures are still computed from all the data, so they equal those of a full build).
     */
    public boolean includes(Region candidate) {
        return region == null || region.equals(candidate.code());
    }
}
