package id.cakupan.render.card;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.cakupan.model.Region;
import id.cakupan.render.DocumentRegions;
import id.cakupan.render.Formats;
import id.cakupan.render.Names;
import id.cakupan.render.Png;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.render.Workers;
import id.cakupan.render.view.RegionViews;
import id.cakupan.render.view.ShareCard;
import id.cakupan.text.Text;

/**
 * Writes {@code OUT/kartu/}: a card to share for every region that has a briefing (the province, each
 * regency/city, and the country when the data hold several provinces), as a square PNG for chat groups
 * ({@code kartu/<stem>.png}) and a wide one for link previews ({@code kartu/lebar/<stem>.png}), which the
 * dashboard's pages name in their preview tags; in a second language of the build below
 * {@code kartu/en/}. Drawn on the shared worker threads.
 */
public final class ShareCardRenderer implements Renderer {

    /** The cards' folder, in the output folder, for the build's language. */
    public static final String FOLDER = "kartu";
    /** The wide cards' folder, inside a cards' folder. */
    public static final String WIDE = "lebar";
    /** The wide card's size, which link previews ask for. */
    public static final int WIDE_WIDTH = CardDrawing.WIDE_WIDTH;
    public static final int WIDE_HEIGHT = CardDrawing.WIDE_HEIGHT;

    @Override
    public Text name() {
        return Text.of("render.cards");
    }

    /**
     * The folder (relative to the output folder) of the cards in {@code language} when the build's first
     * language is {@code buildLanguage}: {@code kartu} for the first language, {@code kartu/en} for a
     * second one (see {@link RenderContext#folder}).
     */
    public static Path folder(String language, String buildLanguage) {
        return language.equals(buildLanguage) ? Path.of(FOLDER) : Path.of(FOLDER, language);
    }

    /** A region's square card in a cards' folder. */
    public static Path square(Path folder, Region region) {
        return folder.resolve(Names.fileStem(region) + ".png");
    }

    /** A region's wide card (the link preview) in a cards' folder. */
    public static Path wide(Path folder, Region region) {
        return folder.resolve(WIDE).resolve(Names.fileStem(region) + ".png");
    }

    /** In each language of the build: {@code kartu/} for the first, {@code kartu/en/} for a second. */
    @Override
    public boolean perLanguage() {
        return true;
    }

    @Override
    public List<Path> render(RenderContext context) throws IOException {
        Path out = context.outDir();
        Path folder = out.relativize(context.folder(FOLDER));
        List<Region> regions = DocumentRegions.of(context.indicators()).stream().filter(context::includes).toList();
        Files.createDirectories(out.resolve(folder).resolve(WIDE));
        // figures joined with no-break spaces, so that a line never breaks inside "71,50 %"
        RegionViews views = new RegionViews(context.indicators(), context.messages(),
                new Formats(context.messages().locale(), true), context.documentDate());
        List<Painter> painters = Collections.synchronizedList(new ArrayList<>());
        // each worker draws every card on the same two pictures with the same encoder: a card's pixels are
        // megabytes, and a new picture for each would keep the collector busy
        ThreadLocal<Painter> painter = ThreadLocal.withInitial(() -> {
            Painter p = new Painter();
            painters.add(p);
            return p;
        });
        try {
            return Workers.each(regions, context.progress(), name(), Text.of("render.cards.interrupted"), region -> {
                ShareCard card = views.view(region).share();
                Painter p = painter.get();
                Path square = out.resolve(square(folder, region));
                Path wide = out.resolve(wide(folder, region));
                Files.write(square, p.png.encode(p.drawing.square(card, p.square)));
                Files.write(wide, p.png.encode(p.drawing.wide(card, p.wide)));
                return List.of(square, wide);
            });
        } finally {
            painters.forEach(p -> p.png.end());
        }
    }

    /** What a worker draws with: the drawing, its two pictures, the encoder. */
    private static final class Painter {
        final CardDrawing drawing = new CardDrawing();
        final BufferedImage square = CardDrawing.squareImage();
        final BufferedImage wide = CardDrawing.wideImage();
        final Png png = new Png();
    }
}
