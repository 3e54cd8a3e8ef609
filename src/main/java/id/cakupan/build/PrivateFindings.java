package id.cakupan.build;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Worksheet;

import id.cakupan.load.DataError;
import id.cakupan.model.RegisterFinding;
import id.cakupan.model.RegisterReport;
import id.cakupan.render.xlsx.Xlsx;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/**
 * The findings of the register of vulnerable workers for the officer: {@code temuan_daftar.csv} and
 * {@code .xlsx}, one row per problem row (file, line, masked NIK, what is wrong, the other rows of
 * the same NIK), never a name, a whole NIK or a birth date. They are written into a private folder
 * beside the output folder ({@code <output>-pribadi} unless {@code --pribadi} names another), never
 * inside it: the output is published, the findings are not. Each file is written under a temporary
 * name and renamed over the last run's, so that a reader never sees half of one; nothing else in the
 * folder is touched.
 */
public final class PrivateFindings {

    public static final String CSV = "temuan_daftar.csv";
    public static final String XLSX = "temuan_daftar.xlsx";
    public static final String SUFFIX = "-pribadi";

    private PrivateFindings() {
    }

    /** The private folder of an output folder: {@code chosen} when given, else {@code <output>-pribadi} beside it. */
    public static Path folder(Path outDir, Path chosen) {
        if (chosen != null) {
            return chosen;
        }
        Path absolute = outDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /** Whether {@code folder} is {@code outer} or lies inside it (the output folder, which is published; the data folder). */
    static boolean isInside(Path folder, Path outer) {
        Path out = outer.toAbsolutePath().normalize();
        return folder.toAbsolutePath().normalize().startsWith(out);
    }

    /** Writes both files; returns them. */
    public static List<Path> write(Path folder, RegisterReport report, Catalogue words, ZonedDateTime created)
            throws IOException {
        Files.createDirectories(folder);
        List<List<String>> rows = rows(report, words);
        String[] header = words.get("load.register.findings.header").split(",");
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
            csv.printRecord((Object[]) header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        }
        Path csvFile = folder.resolve(CSV);
        Xlsx.replaceAtomically(csvFile, text.toString().getBytes(StandardCharsets.UTF_8));
        Path xlsxFile = folder.resolve(XLSX);
        Xlsx.writeAtomically(xlsxFile, created, workbook -> {
            Worksheet sheet = workbook.newWorksheet(words.get("load.register.findings.sheet"));
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (c == 1 && !row.get(c).isEmpty() && row.get(c).chars().allMatch(Character::isDigit)) {
                        sheet.value(r + 1, c, Integer.parseInt(row.get(c)));
                    } else {
                        sheet.value(r + 1, c, row.get(c));
                    }
                }
            }
            sheet.width(0, 28);
            sheet.width(2, 20);
            sheet.width(3, 90);
            sheet.width(4, 40);
            sheet.freezePane(0, 1);
            sheet.finish();
        });
        return List.of(csvFile, xlsxFile);
    }

    /** The rows of both files: the findings, then how many more there are when not all are listed. */
    static List<List<String>> rows(RegisterReport report, Catalogue words) {
        List<List<String>> rows = new ArrayList<>();
        for (RegisterFinding f : report.findings()) {
            String others = f.others().stream().map(ref -> DataError.place(ref))
                    .map(place -> place instanceof Text t ? words.word(t) : place.toString())
                    .collect(Collectors.joining("; "));
            if (f.moreOthers() > 0) {
                others += " " + words.word(Text.of("load.register.finding.moreOthers", Text.figure(f.moreOthers())));
            }
            rows.add(List.of(f.row().file(), Integer.toString(f.row().line()), f.maskedNik(), words.word(f.problem()),
                    others));
        }
        if (report.moreFindings() > 0) {
            rows.add(List.of("", "", "", words.word(Text.of("load.register.findings.more", Text.figure(report.moreFindings()))),
                    ""));
        }
        return rows;
    }
}
