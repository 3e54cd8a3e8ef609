package id.cakupan.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --data} option shared by every command. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data")
    Path dataDir;
}
