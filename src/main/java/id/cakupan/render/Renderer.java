package id.cakupan.render;

import id.cakupan.text.Text;
import java.io.IOException;
import java.util.List;
import java.nio.file.Path;

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
     * Gets ready before the indicators exist: loads templates, warms the engine. The build calls it
     * on a second thread while the data is read and checked, so that this time is spent on a core
     * that would otherwise wait. Only an optimisation: it reports nothing, and whatever fails here is
     * done again, and reported, by {@link #render}.
     *
     * @param region the one region wanted ({@code --region}), or null for all
     */
    default void prepare(Path templatesDir, Messages messages, String region) {
    }
}
