package id.cakupan.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import id.cakupan.text.Text;

/** One kind of output (the indicator tables, the briefings, the site), written from computed indicators. */
public interface Renderer {

    /** A short name for progress messages: a catalogue key such as {@code render.tables} ("tabel indikator"). */
    Text name();

    /**
     * Writes this output below {@code context.outDir()} and returns the files written. The folder is a
     * staging folder: a renderer never needs to clean up after a failure.
     */
    List<Path> render(RenderContext context) throws IOException;

    /**
     * Whether a file this renderer writes (a path relative to the output folder) holds every region
     * together, as the tables do. A one-region build writes only its own rows into such a file, so when
     * it updates one region inside a full output, the full output's file is kept instead.
     */
    default boolean holdsAllRegions(Path file) {
        return false;
    }

    /**
     * Whether this output is written once per language of the build ({@code --lang id,en}), the first
     * language's where it always is and each other's below {@link RenderContext#folder}: documents
     * (briefings, slides). The tables are written once; the site holds both languages anyway.
     */
    default boolean perLanguage() {
        return false;
    }

    /**
     * Checks every template this output may use in the run (compiles or parses it, with all it imports)
     * and keeps them for {@link #prepare} and {@link #render}. The build calls it before it reads any
     * data, so that a broken template stops the run at once: the failure names the template's file and,
     * where the engine tells, its line.
     *
     * @param region the one region wanted ({@code --region}), or null for all
     */
    default void checkTemplates(Path templatesDir, String region) throws IOException {
    }

    /**
     * Whether {@link #checkTemplates} is known to pass: an earlier run recorded in the {@link CacheFolder}
     * that templates with these same bytes passed it. Cheap (reads the templates, loads no engine), so
     * that the build waits for the check before it reads the data only after a template changed.
     */
    default boolean templatesChecked(Path templatesDir, String region) {
        return true;
    }

    /**
     * Gets ready before the indicators exist, once {@link #checkTemplates} passed: warms the engine. The
     * build calls it on a second thread while the data is read and checked, so that this time is spent
     * on a core that would otherwise wait. Only an optimisation: it reports nothing, and whatever fails
     * here is done again, and reported, by {@link #render}.
     *
     * @param region the one region wanted ({@code --region}), or null for all
     */
    default void prepare(Path templatesDir, Messages messages, String region) {
    }
}
