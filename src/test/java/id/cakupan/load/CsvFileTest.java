package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.text.Catalogue;

class CsvFileTest {

    @TempDir
    Path dir;

    /** The rows read, or null when the file could not be read as a table. */
    private List<Row> read(byte[] content, ErrorSink sink) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.write(file, content);
        List<Row> rows = new ArrayList<>();
        return CsvFile.read(file, "t.csv", List.of("a", "b"), List.of(), sink, rows::add).isPresent() ? rows : null;
    }

    private List<Row> read(String content, ErrorSink sink) throws Exception {
        return read(content.getBytes(StandardCharsets.UTF_8), sink);
    }

    /** The errors as printed in Indonesian, the default language. */
    private static List<String> errors(ErrorSink sink) {
        return sink.errors().stream().map(e -> e.describe(Catalogue.indonesian())).toList();
    }

    @Test
    void acceptsByteOrderMarkCrlfSpacedHeadersAndQuotedNumbers() throws Exception {
        ErrorSink sink = new ErrorSink();
        List<Row> csv = read("\uFEFF a , b \r\n\"708000\",2\r\n", sink);
        assertTrue(sink.isEmpty(), sink.errors().toString());
        Row row = csv.get(0);
        assertEquals(708000L, row.count("a", true));
        assertEquals(2, row.line());
    }

    @Test
    void linesCountFromTheStartOfEachRowPastBlankLinesAndQuotedLineBreaks() throws Exception {
        ErrorSink sink = new ErrorSink();
        List<Row> csv = read("a,b\n1,\"two\nlines\"\n\n3,4\n", sink);
        assertTrue(sink.isEmpty());
        assertEquals(List.of(2, 5), csv.stream().map(Row::line).toList());
    }

    /** A last line without a line break, as many programs save it, was "a quoted field never closed". */
    @Test
    void aLastLineWithoutALineBreakIsRead() throws Exception {
        ErrorSink sink = new ErrorSink();
        List<Row> csv = read("a,b\n1,\"x\"\n3,4", sink);
        assertTrue(sink.isEmpty(), sink.errors().toString());
        assertEquals(List.of(2, 3), csv.stream().map(Row::line).toList());
        assertEquals(4L, csv.get(1).count("b", true));
    }

    @Test
    void rowsOfEmptyCellsAreSkipped() throws Exception {
        ErrorSink sink = new ErrorSink();
        List<Row> csv = read("a,b\n1,2\n,\n", sink);
        assertTrue(sink.isEmpty());
        assertEquals(1, csv.size());
    }

    @Test
    void textNeitherUtf8NorWindows1252NamesTheLine() throws Exception {
        ErrorSink sink = new ErrorSink();
        // 0x81 is undefined in Windows-1252, so the file cannot be read as that either
        byte[] latin1 = "a,b\n1,2\nSel\u00e9\u0081,3\n".getBytes(StandardCharsets.ISO_8859_1);
        read(latin1, sink);
        assertEquals(List.of("t.csv:3: byte 0xE9 bukan UTF-8 yang sah, juga bukan Windows-1252 (simpan berkas sebagai"
                + " \"CSV UTF-8\")"), errors(sink));
        assertEquals("t.csv:3: byte 0xE9 is not valid UTF-8, nor Windows-1252 (save the file as \"CSV UTF-8\")",
                sink.errors().get(0).describe(Catalogue.english()));
    }

    @Test
    void emptyFileAndHeaderOnlyFile() throws Exception {
        ErrorSink sink = new ErrorSink();
        read("", sink);
        assertEquals(List.of("t.csv: berkas kosong (seharusnya ada baris judul: a,b)"), errors(sink));
        ErrorSink headerOnly = new ErrorSink();
        assertEquals(0, read("a,b\n", headerOnly).size());
        assertTrue(headerOnly.isEmpty());
    }

    @Test
    void unterminatedQuoteNamesTheLineItStartsOn() throws Exception {
        ErrorSink sink = new ErrorSink();
        read("a,b\n1,2\n3,\"4\n5,6\n", sink);
        assertEquals(List.of("t.csv:3: tanda kutip tidak pernah ditutup (tanda \" membuka isian yang tidak pernah"
                + " berakhir)"), errors(sink));
    }

    @Test
    void aZeroByteAfterTheFirstBytesNamesItsLine() throws Exception {
        ErrorSink sink = new ErrorSink();
        String start = "a,b\n" + "1,2\n".repeat(300);
        read(start + "3,\u00004\n", sink);
        assertEquals(List.of("t.csv:302: baris ini berisi byte nol, karakter tak terlihat yang tidak ada dalam teks"
                + " (sering ikut tertempel dari program lain): hapus karakter itu, atau bila seluruh berkas bukan teks,"
                + " simpan lembar kerjanya sebagai \"CSV UTF-8\""), errors(sink));
    }

    @Test
    void aQuoteNeverClosedInALargeFileStopsAtTheLongestRow() throws Exception {
        ErrorSink sink = new ErrorSink();
        assertEquals(null, read("a,b\n1,2\n3,\"4\n" + "5,6\n".repeat(TextReader.MAX_ROW_CHARS / 4 + 10), sink));
        assertEquals(List.of("t.csv:3: baris yang lebih panjang dari 8 MB dimulai di sini: adakah tanda kutip (\")"
                + " yang tidak ditutup?"), errors(sink));
    }
}
