package id.cakupan.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/**
 * What each stage of a run costs, for the benchmark: with {@code CAKUPAN_STAGE_TIMES=FILE} in the
 * environment, every stage that ends appends a line {@code name<TAB>wall ms<TAB>CPU ms} to FILE, CPU
 * being the whole process's (every thread, the collector and the compiler included) while the stage
 * ran. Stages run one after another, so that is what the stage costs, with one exception: {@code daftar},
 * reading, checking and counting the register of vulnerable workers, is a part of {@code load and check}
 * (it needs the other tables, and its errors are reported with theirs), recorded when it ends. Without the
 * variable nothing is measured and nothing is written.
 */
final class StageTimes {

    private static final String FILE = System.getenv("CAKUPAN_STAGE_TIMES");

    /** A started stage; {@link #end} records it. */
    interface Stage {
        void end();
    }

    private static final Stage NOTHING = () -> {
    };

    private StageTimes() {
    }

    /** Starts measuring a stage named {@code name} (no tabs or line breaks). */
    static Stage start(String name) {
        if (FILE == null || FILE.isEmpty()) {
            return NOTHING;
        }
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        return () -> write(String.format(Locale.ROOT, "%s\t%d\t%d%n", name, (System.nanoTime() - wall) / 1_000_000,
                (cpuNanos() - cpu) / 1_000_000));
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static synchronized void write(String line) {
        try {
            Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stage times to " + FILE, e);
        }
    }
}
