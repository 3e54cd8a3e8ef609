package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

/**
 * The renderers' templates are checked before the data is read, and their preparation runs beside the
 * loading; what it cannot leave to rendering stops the build.
 */
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

    /** A renderer whose template check runs a given step and is, or is not, known to pass from the cache. */
    static final class Checking implements Renderer {
        interface Step {
            void run() throws IOException;
        }

        final AtomicInteger rendered = new AtomicInteger();
        private final boolean knownGood;
        private final Step check;

        Checking(boolean knownGood, Step check) {
            this.knownGood = knownGood;
            this.check = check;
        }

        @Override
        public Text name() {
            return Text.of("render.site");
        }

        @Override
        public List<Path> render(RenderContext context) {
            rendered.incrementAndGet();
            return List.of();
        }

        @Override
        public void checkTemplates(Path templatesDir, String region) throws IOException {
            check.run();
        }

        @Override
        public boolean templatesChecked(Path templatesDir, String region) {
            return knownGood;
        }
    }

    /** Records the key of every note, in order, and runs an action on one of them. */
    static Progress recording(List<String> events, String key, Runnable action) {
        return new Progress() {
            @Override
            public void note(Text line) {
                events.add(line.key());
                if (line.key().equals(key)) {
                    action.run();
                }
            }

            @Override
            public void warning(Text line) {
            }

            @Override
            public void step(Text task, int done, int total) {
            }
        };
    }

    @Test
    void templatesNotKnownToBeGoodAreCheckedBeforeAnyDataIsRead() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Checking slow = new Checking(false, () -> {
            sleep(300);
            events.add("checked");
        });
        new Build(List.of(slow), recording(events, "", () -> { })).run(options());
        assertTrue(events.indexOf("checked") >= 0 && events.indexOf("checked") < events.indexOf("build.loaded"), events
                .toString());
        assertEquals("build.templates.checking", events.get(0));
        assertEquals(1, slow.rendered.get());
    }

    @Test
    void templatesKnownToBeGoodAreCheckedWhileTheDataIsRead() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch loaded = new CountDownLatch(1);
        Checking waiting = new Checking(true, () -> {
            try {
                // were the build waiting for this check, the data would never be read and this would time out
                events.add(loaded.await(20, TimeUnit.SECONDS) ? "checked after loading" : "timed out");
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        });
        new Build(List.of(waiting), recording(events, "build.loaded", loaded::countDown)).run(options());
        assertTrue(events.contains("checked after loading"), events.toString());
        assertFalse(events.contains("build.templates.checking"), events.toString());
    }

    @Test
    void aTemplateThatFailsItsCheckStopsTheBuildBeforeAnyDataIsRead() throws Exception {
        TextIOException broken = new TextIOException(Text.of("render.site.templateNotFound", "html/region.ftl"));
        Checking failing = new Checking(false, () -> {
            throw broken;
        });
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        var options = new Build.Options(empty, temp.resolve("out"), Fixtures.projectDir().resolve("report-templates"),
                null, Locale.forLanguageTag("id"));
        var e = assertThrows(TextIOException.class,
                () -> new Build(List.of(failing), recording(events, "", () -> { })).run(options));
        assertEquals(broken, e);
        assertEquals(List.of("build.templates.checking"), events, "not one note about the data");
        assertEquals(0, failing.rendered.get());
        assertFalse(Files.exists(temp.resolve("out")), "nothing written");
    }

    @Test
    void aTemplateKnownToBeGoodThatFailsAllTheSameStopsTheBuildBeforeRendering() throws Exception {
        TextIOException broken = new TextIOException(Text.of("render.site.templateNotFound", "html/region.ftl"));
        Checking failing = new Checking(true, () -> {
            throw broken;
        });
        var e = assertThrows(TextIOException.class, () -> new Build(List.of(failing), Progress.quiet()).run(options()));
        assertEquals(broken, e);
        assertEquals(0, failing.rendered.get());
        assertFalse(Files.exists(temp.resolve("out")), "nothing written");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }
}
