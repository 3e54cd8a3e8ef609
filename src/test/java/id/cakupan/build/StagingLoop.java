package id.cakupan.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * A process that stages, fills and publishes an output folder over and over, for a test to kill at
 * random moments: {@code java id.cakupan.build.StagingLoop OUT}. Prints one line once it loops.
 */
public final class StagingLoop {

    private StagingLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        for (long round = 0; ; round++) {
            OutputFolder folder = new OutputFolder(out);
            try (OutputLock lock = folder.lock()) {
                Path staging = folder.stage();
                Files.createDirectories(staging.resolve("data"));
                Files.writeString(staging.resolve("data/round.txt"), Long.toString(round));
                folder.publish(new OutputStamp(null, YearMonth.of(2025, 11), "id", "loop", "loop"));
            }
            if (round == 0) {
                System.out.println("looping");
                System.out.flush();
            }
        }
    }
}
