package id.cakupan.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import id.cakupan.load.InputFiles;

/**
 * Writes a folder of clean comma CSV files as Excel would give them: one workbook with a typed
 * sheet per table, or CSV files as Excel set to Indonesian saves them. The twins must build the
 * same tables as the CSV files they come from.
 */
public final class ExcelTwins {

    /** Columns of numbers; everything else (codes, names) is text. */
    static final Set<String> NUMBERS = Set.of("potensi_peserta", "penduduk_bekerja", "pekerja_rentan", "peserta_aktif",
            "terlindungi", "bulan_dibiayai", "target_persen", "kebutuhan_rp", "pagu_rp", "realisasi_rp", "tahun");

    private ExcelTwins() {
    }

    /** The rows of a CSV file, header first. */
    static List<List<String>> rows(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /**
     * One workbook with a sheet per CSV file of {@code from}: numbers as number cells, codes as text,
     * dates as date cells, and every other month as a date cell (the 15th of the month) with the rest
     * as the text {@code 2025-11}.
     */
    public static Path workbook(Path from, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook book = new Workbook(out, "Cakupan tests", "1.0");
            for (String table : InputFiles.ALL) {
                Path csv = from.resolve(table);
                if (Files.exists(csv)) {
                    sheet(book.newWorksheet(table.replace(".csv", "")), rows(csv));
                }
            }
            book.finish();
        }
        return xlsx;
    }

    private static void sheet(Worksheet sheet, List<List<String>> rows) {
        List<String> header = rows.get(0);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String value = rows.get(r).get(c);
                String column = header.get(c);
                if (r == 0 || value.isEmpty()) {
                    if (!value.isEmpty()) {
                        sheet.value(r, c, value);
                    }
                } else if ((NUMBERS.contains(column) || column.equals("nilai")) && value.matches("\\d+(\\.\\d+)?")) {
                    sheet.value(r, c, new BigDecimal(value));
                } else if (column.equals("periode") && r % 2 == 0) {
                    sheet.value(r, c, YearMonth.parse(value).atDay(15));
                    sheet.style(r, c).format("mmm yyyy").set();
                } else if (column.equals("tanggal")) {
                    sheet.value(r, c, LocalDate.parse(value));
                    sheet.style(r, c).format("dd/mm/yyyy").set();
                } else {
                    sheet.value(r, c, value);
                }
            }
        }
    }

    /**
     * Codes that Excel turned into numbers: each {@code kode_wilayah} of the sheets given as a number
     * cell, typed without the zero after the dot ({@code 17.1} for 17.01), as a number loses it.
     */
    public static Path workbookWithNumberCodes(Path from, Path xlsx) throws IOException {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook book = new Workbook(out, "Cakupan tests", "1.0");
            for (String table : InputFiles.ALL) {
                Path csv = from.resolve(table);
                if (Files.exists(csv)) {
                    Worksheet sheet = book.newWorksheet(table.replace(".csv", ""));
                    List<List<String>> rows = rows(csv);
                    sheet(sheet, rows);
                    int code = rows.get(0).indexOf("kode_wilayah");
                    for (int r = 1; r < rows.size() && code >= 0; r++) {
                        sheet.value(r, code, new BigDecimal(rows.get(r).get(code).replace(".0", ".")));
                    }
                }
            }
            book.finish();
        }
        return xlsx;
    }

    /**
     * Each CSV file of {@code from} as Excel set to Indonesian saves it: separated by {@code ;},
     * numbers with a dot grouping thousands and a decimal comma, months as {@code 01/11/2024} or
     * {@code 11/2024} in turn, dates as {@code dd/mm/yyyy}, in Windows-1252, with a note column of
     * text that only Windows-1252 holds in {@code regulasi.csv}.
     */
    public static Path indonesianCsv(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        DecimalFormat number = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(
                Locale.forLanguageTag("id-ID")));
        Charset windows1252 = Charset.forName("windows-1252");
        for (String table : InputFiles.ALL) {
            Path csv = from.resolve(table);
            if (!Files.exists(csv)) {
                continue;
            }
            List<List<String>> rows = rows(csv);
            List<String> header = rows.get(0);
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    String value = rows.get(r).get(c);
                    String column = header.get(c);
                    if (r > 0 && !value.isEmpty()) {
                        if (NUMBERS.contains(column) && !column.equals("tahun")) {
                            value = number.format(new BigDecimal(value));
                        } else if (column.equals("periode")) {
                            YearMonth month = YearMonth.parse(value);
                            value = r % 2 == 0 ? String.format("01/%02d/%d", month.getMonthValue(), month.getYear())
                                    : String.format("%02d/%d", month.getMonthValue(), month.getYear());
                        } else if (column.equals("tanggal")) {
                            LocalDate date = LocalDate.parse(value);
                            value = String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(),
                                    date.getYear());
                        }
                    }
                    cells.add(value.contains(";") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"'
                            : value);
                }
                if (table.equals(InputFiles.REGULATIONS)) {
                    cells.add(r == 0 ? "catatan" : "Dikirim ke Biro Hukum \u2013 Pak D\u00e9d\u00e9");
                }
                text.append(String.join(";", cells)).append("\r\n");
            }
            Files.writeString(to.resolve(table), text, windows1252);
        }
        return to;
    }
}
