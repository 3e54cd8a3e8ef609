package id.cakupan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import id.cakupan.build.Build;
import id.cakupan.render.Progress;
import id.cakupan.serve.FolderWatch;
import id.cakupan.serve.PreviewServer;
import id.cakupan.serve.Rebuilder;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/**
 * {@code cakupan serve}: builds, then serves the output's site folder on this computer and rebuilds
 * whenever a file of the data or the templates changes (after {@value #QUIET_MILLIS} ms without
 * another change, one build at a time), and the open pages reload. It opens no browser; Ctrl-C stops it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    /** How long the files must stay unchanged before a rebuild: an editor's save is often several writes. */
    static final long QUIET_MILLIS = 400;
    private static final String COMMAND = "cakupan serve";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Mixin
    LanguageOption language;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000", converter = PortConverter.class)
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1")
    String host;

    private PrintWriter out;
    private PrintWriter err;
    private Catalogue words;
    private Build.Options options;

    @Override
    public Integer call() throws InterruptedException {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        words = language.catalogue();
        options = output.options(data, language, null, null);

        InetSocketAddress address;
        try {
            InetAddress ip = InetAddress.getByName(host);
            if (!ip.isAnyLocalAddress() && !ip.isLoopbackAddress() && NetworkInterface.getByInetAddress(ip) == null) {
                throw new UnknownHostException(host);
            }
            address = new InetSocketAddress(ip, port);
        } catch (IOException e) {
            err.println(COMMAND + ": " + words.get("serve.host.unknown", host));
            return Main.EXIT_USAGE;
        }
        // the port is taken before the first build, so that a busy one is said at once; answered after it
        PreviewServer server;
        try {
            server = new PreviewServer(address, output.outDir.resolve("site"), output.outDir, words);
        } catch (BindException e) {
            err.println(COMMAND + ": " + words.get("serve.port.busy", host, port));
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            err.println(COMMAND + ": " + words.get("word.error") + ": " + BuildCommand.describe(e, words));
            return Main.EXIT_FAILURE;
        }
        long start = System.nanoTime();
        var first = BuildCommand.attempt(COMMAND, options, new ConsoleProgress(err, words, System.console() != null), words,
                err);
        if (first.status() == Main.EXIT_USAGE || first.status() == Main.EXIT_BUSY) {
            server.close();
            first.problems().forEach(err::println);
            return first.status();
        }
        report(first, start);
        server.built(first.problems());
        server.start();
        Rebuilder rebuilder = new Rebuilder(QUIET_MILLIS, changed -> rebuild(changed, server));
        FolderWatch watch;
        try {
            watch = new FolderWatch(List.of(options.dataDir(), options.templatesDir()), rebuilder::changed);
        } catch (IOException e) {
            server.close();
            err.println(COMMAND + ": " + words.get("word.error") + ": " + BuildCommand.describe(e, words));
            return Main.EXIT_FAILURE;
        }
        rebuilder.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            rebuilder.close();
            try {
                watch.close();
            } catch (IOException e) {
                // the watch ends with the program anyway
            }
            server.close();
            out.println(words.get("serve.stopped"));
            out.flush();
            stopped.countDown();
        }, "cakupan-serve-stop"));

        InetSocketAddress bound = server.address();
        out.println(words.get("serve.listening", url(bound), options.dataDir(), options.templatesDir()));
        if (!bound.getAddress().isLoopbackAddress()) {
            err.println(words.get("word.warning") + ": " + words.get("serve.host.open", host));
        }
        out.flush();
        stopped.await();
        return 0;
    }

    /** The address to type into a browser: {@code http://127.0.0.1:8000/}. */
    static String url(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip instanceof Inet6Address ? "[" + ip.getHostAddress().replaceFirst("%.*", "") + "]" : ip.getHostAddress();
        return "http://" + host + ":" + address.getPort() + "/";
    }

    /** One rebuild, its warnings and its outcome on the console, and the open pages told. */
    private void rebuild(Set<Path> changed, PreviewServer server) {
        long start = System.nanoTime();
        String files = changed.stream().limit(3).map(Path::toString).collect(Collectors.joining(", "))
                + (changed.size() > 3 ? ", …" : "");
        out.println(words.get("serve.rebuilding", files.isEmpty() ? "?" : files));
        out.flush();
        var attempt = BuildCommand.attempt(COMMAND, options, warningsOnly(new ConsoleProgress(err, words, false)), words, err);
        report(attempt, start);
        server.built(attempt.problems());
    }

    private void report(BuildCommand.Attempt attempt, long start) {
        if (attempt.outcome() != null) {
            out.println(BuildCommand.done(words, attempt.outcome(), output.outDir, start));
        } else {
            attempt.problems().forEach(err::println);
            err.println(words.get("serve.failed", output.outDir));
        }
        out.flush();
        err.flush();
    }

    /** The warnings about the data, without the progress of every step. */
    private static Progress warningsOnly(Progress console) {
        return new Progress() {
            @Override
            public void note(Text line) {
            }

            @Override
            public void warning(Text line) {
                console.warning(line);
            }

            @Override
            public void step(Text task, int done, int total) {
            }
        };
    }

    static final class PortConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 65_535) {
                throw new CommandLine.TypeConversionException("cli.value.notAPort");
            }
            return Integer.parseInt(value);
        }
    }
}
