package id.cakupan.render;

import java.io.IOException;
import java.util.List;
import java.nio.file.Path;

/** One kind of output (the indicator tables, the briefings, the site), written from computed indicators. */
public interface Renderer {

    /** A short name for progress messages, e.g. "indicator tables". */
    String name();

    /**
     * Writes this output below {@code context.outDir()} and returns the files written. The folder is a
     * staging folder: a renderer never needs to clean up after a failure.
     */
    List<Path> render(RenderContext context) throws IOException;
}
