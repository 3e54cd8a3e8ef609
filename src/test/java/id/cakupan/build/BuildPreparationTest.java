package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.render.Messages;
import id.cakupan.render.Progress;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;
import id.cakupan.text.TextIOException;

/** The renderers' preparation runs beside the loading; what it cannot leave to rendering stops the build. */
class BuildPreparationTest {

    @TempDir
    Path temp;

    /** A renderer that counts its calls and may fail while preparing. */
    static final class Probe implements Renderer {
        final AtomicInteger prepared = new AtomicInteger();
        final AtomicInteger rendered = new AtomicInteger();
        private final Error error;

        Probe(Error error) {
            this.error = error;
        }

        @Override
        public Text name() {
            return Text.of("render.pdf");
        }

        @Override
        public List<Path> render(RenderContext context) {
            rendered.incrementAndGet();
            return List.of();
        }

        @Override
        public void prepare(Path templatesDir, Messages messages, String region) {
            prepared.incrementAndGet();
            if (error != null) {
                throw error;
            }
        }
    }

    private Build.Options options() throws IOException {
        return new Build.Options(Fixtures.validFixture(temp.resolve("data")), temp.resolve("out"),
                Fixtures.projectDir().resolve("report-templates"), null, Locale.forLanguageTag("id"));
    }

    @Test
    void everyRendererIsPreparedOnceBeforeItRenders() throws Exception {
        Probe probe = new Probe(null);
        new Build(List.of(probe), Progress.quiet()).run(options());
        assertEquals(1, probe.prepared.get());
        assertEquals(1, probe.rendered.get());
    }

    @Test
    void anErrorWhilePreparingStopsTheBuildWithItsCause() throws Exception {
        Probe probe = new Probe(new UnsatisfiedLinkError("libfreetype.so.6: cannot open shared object file"));
        TextIOException e = assertThrows(TextIOException.class,
                () -> new Build(List.of(probe), Progress.quiet()).run(options()));
        assertEquals("laporan PDF tidak dapat disiapkan: libfreetype.so.6: cannot open "
                + "shared object file", Catalogue.indonesian().word(e.text()));
        assertEquals("cannot prepare the PDF briefings: libfreetype.so.6: cannot open "
                + "shared object file", Catalogue.english().word(e.text()));
        assertEquals(0, probe.rendered.get());
        assertFalse(Files.exists(temp.resolve("out")), "nothing written");
    }
}
