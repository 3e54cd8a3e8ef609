package id.cakupan.render.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.cakupan.model.ProgramVersion;
import id.cakupan.render.IndicatorTables;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Renderer;
import id.cakupan.text.Text;

/**
 * Writes the indicator tables of the data contract ({@link IndicatorTables}) to {@code OUT/data/} as
 * CSV, with a README that says what they are.
 */
public final class IndicatorTablesRenderer implements Renderer {

    public static final String REGIONS_FILE = IndicatorTables.REGIONS + ".csv";
    public static final String VULNERABLE_FILE = IndicatorTables.VULNERABLE + ".csv";
    public static final String BUDGETS_FILE = IndicatorTables.BUDGETS + ".csv";
    public static final String REGULATIONS_FILE = IndicatorTables.REGULATIONS + ".csv";
    public static final String SHARING_FILE = IndicatorTables.SHARING + ".csv";
    public static final String README_FILE = "README.txt";

    @Override
    public Text name() {
        return Text.of("render.tables");
    }

    /** Every file of {@code data/}: the tables and their README. */
    @Override
    public boolean holdsAllRegions(Path file) {
        return file.startsWith("data");
    }

    @Override
    public List<Path> render(RenderContext context) throws IOException {
        Path dir = context.outDir().resolve("data");
        List<Path> files = List.of(dir.resolve(REGIONS_FILE), dir.resolve(VULNERABLE_FILE),
                dir.resolve(BUDGETS_FILE), dir.resolve(REGULATIONS_FILE), dir.resolve(SHARING_FILE),
                dir.resolve(README_FILE));
        List<IndicatorTables.Table> tables = IndicatorTables.of(context);
        for (int i = 0; i < tables.size(); i++) {
            CsvTable.write(tables.get(i), files.get(i));
        }
        Files.writeString(files.get(tables.size()), readme(context), StandardCharsets.UTF_8);
        return files;
    }

    /** What the tables are, where the region names come from, and which input files they were computed from. */
    private static String readme(RenderContext context) {
        var messages = context.messages();
        var source = context.indicators().source();
        StringBuilder text = new StringBuilder();
        text.append(messages.get("tables.title")).append("\n\n")
                .append(messages.get("tables.intro", context.formats().month(context.indicators().period())))
                .append("\n\n");
        for (String key : List.of("tables.regions", "tables.vulnerable", "tables.budgets", "tables.regulations",
                "tables.sharing", "tables.workbook")) {
            text.append("- ").append(messages.get(key)).append('\n');
        }
        text.append('\n').append(messages.get("tables.fingerprint", source.fingerprint())).append('\n')
                .append(messages.get("tables.inputs")).append('\n');
        source.inputFiles().forEach(f -> text.append("  ").append(f.name()).append("  ").append(f.sha256())
                .append('\n'));
        return text.append('\n').append(messages.get("tables.program", ProgramVersion.version())).append('\n')
                .append(messages.get("credit.regions")).append('\n').toString();
    }

}
