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
        assertEquals("t.csv:3: byte 0xE9 is not valid UTF-8, nor Windows-1252 (save the file as \"CSV UTF-8\")",
                sink.errors().get(0).toString());
    }

    @Test
    void emptyFileAndHeaderOnlyFile() throws Exception {
        ErrorSink sink = new ErrorSink();
        read("", sink);
        assertEquals("t.csv: the file is empty (expected a header row: a,b)", sink.errors().get(0).toString());
        ErrorSink headerOnly = new ErrorSink();
        assertEquals(0, read("a,b\n", headerOnly).size());
        assertTrue(headerOnly.isEmpty());
    }

    @Test
    void unterminatedQuoteNamesTheLineItStartsOn() throws Exception {
        ErrorSink sink = new ErrorSink();
        read("a,b\n1,2\n3,\"4\n5,6\n", sink);
        assertEquals("t.csv:3: a quoted field is never closed (a \" opens a field that does not end)",
                sink.errors().get(0).toString());
    }

    @Test
    void aZeroByteAfterTheFirstBytesNamesItsLine() throws Exception {
        ErrorSink sink = new ErrorSink();
        String start = "a,b\n" + "1,2\n".repeat(300);
        read(start + "3,\u00004\n", sink);
        assertEquals("t.csv:302: this line holds a zero byte, an invisible character that no text has (often pasted"
                + " from another program): delete it, or if the whole file is not text, save the sheet as \"CSV UTF-8\"",
                sink.errors().get(0).toString());
    }

    @Test
    void aQuoteNeverClosedInALargeFileStopsAtTheLongestRow() throws Exception {
        ErrorSink sink = new ErrorSink();
        assertEquals(null, read("a,b\n1,2\n3,\"4\n" + "5,6\n".repeat(TextReader.MAX_ROW_CHARS / 4 + 10), sink));
        assertEquals(List.of("t.csv:3: a row longer than 8 MB starts here: is a quote (\") never closed?"),
                sink.errors().stream().map(DataError::toString).toList());
    }
}
