package id.cakupan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * What a screen reader and a text extraction get from the Bengkulu briefing and the Kaur one-pager:
 * the structure tree has the title as H1 and the section titles as H2 in order, the ranking as a
 * Table of TR with TH and TD, the findings as an L with one LI (Lbl and LBody) per finding; and the
 * text in the order the page draws it (PDFBox without sorting, as {@code pdftotext -raw}) reads a
 * key-figure card as label, value, note and a finding as "• sentence".
 */
class PdfStructureIT {

    @TempDir
    static Path temp;

    @BeforeAll
    static void build() throws Exception {
        var run = Fixtures.cli("build", "--quiet", "--lang", "id,en", "--data",
                Fixtures.projectDir().resolve("data").toString(), "--out", temp.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void briefingHeadings() throws IOException {
        StructureTree tree = StructureTree.of(temp.resolve("pdf/17-bengkulu.pdf"));
        assertEquals(List.of("Laporan Cakupan Jaminan Sosial Ketenagakerjaan"), texts(tree.ofType("H1")));
        assertEquals(List.of("Angka kunci", "Temuan utama", "Peringkat kabupaten/kota", "Tren cakupan bulanan",
                "Pekerja rentan", "Anggaran iuran pekerja rentan", "Pembagian anggaran iuran antarpemerintah daerah",
                "Upaya yang dibutuhkan menuju target", "Regulasi kepala daerah", "Catatan"), texts(tree.ofType("H2")));
    }

    @Test
    void englishBriefingHeadings() throws IOException {
        StructureTree tree = StructureTree.of(temp.resolve("pdf/en/17-bengkulu.pdf"));
        assertEquals(1, tree.ofType("H1").size());
        assertEquals(10, tree.ofType("H2").size());
        assertEquals("Key figures", tree.ofType("H2").get(0).text());
    }

    @Test
    void rankingIsATableWithHeaderCells() throws IOException {
        StructureTree tree = StructureTree.of(temp.resolve("pdf/17-bengkulu.pdf"));
        List<StructureTree.Node> nodes = tree.nodes();
        int table = indexOf(nodes, "Table", 0);
        int depth = nodes.get(table).depth();
        List<StructureTree.Node> rows = new ArrayList<>();
        List<List<StructureTree.Node>> cells = new ArrayList<>();
        for (int i = table + 1; i < nodes.size() && nodes.get(i).depth() > depth; i++) {
            StructureTree.Node node = nodes.get(i);
            if (node.depth() == depth + 1) {
                assertEquals("TR", node.type(), "a table holds rows only: " + node);
                rows.add(node);
                cells.add(new ArrayList<>());
            } else if (node.depth() == depth + 2) {
                cells.get(cells.size() - 1).add(node);
            }
        }
        // the header row and the ten regencies
        assertEquals(11, rows.size());
        assertEquals(List.of("TH"), cells.get(0).stream().map(StructureTree.Node::type).distinct().toList());
        assertEquals(List.of("No.", "Wilayah", "Potensi peserta", "Peserta aktif", "Cakupan", "Selisih target",
                "Kekurangan peserta", "Perubahan setahun"), texts(cells.get(0)));
        for (int r = 1; r < rows.size(); r++) {
            assertEquals(8, cells.get(r).size(), rows.get(r).toString());
            assertEquals(List.of("TD"), cells.get(r).stream().map(StructureTree.Node::type).distinct().toList());
        }
        assertEquals(List.of("1", "Kaur", "44.426", "31.765", "71,50 %", "+23,50", "0", "−3,50"), texts(cells.get(1)));
        // every table of the briefing is tagged so: ranking, vulnerable workers, budget, sharing, effort, regulation
        assertEquals(6, tree.ofType("Table").size());
    }

    @Test
    void briefingFindingsAreAList() throws IOException {
        findingsAreAList(temp.resolve("pdf/17-bengkulu.pdf"), "Cakupan Provinsi Bengkulu pada November 2025 adalah 35,45 %");
    }

    @Test
    void onePagerStructure() throws IOException {
        Path pdf = temp.resolve("pdf/17.04-kaur.pdf");
        StructureTree tree = StructureTree.of(pdf);
        assertEquals(List.of("Ringkasan Cakupan Jaminan Sosial Ketenagakerjaan"), texts(tree.ofType("H1")));
        assertEquals("Temuan utama", tree.ofType("H2").get(0).text());
        assertEquals(List.of("Temuan utama", "Tren cakupan bulanan", "Pekerja rentan"),
                texts(tree.ofType("H2")).stream().filter(t -> !t.startsWith("Posisi")).toList());
        findingsAreAList(pdf, "Cakupan Kabupaten Kaur pada November 2025 adalah 71,50 %");
    }

    @Test
    void slideTitlesAreHeadings() throws IOException {
        StructureTree tree = StructureTree.of(temp.resolve("slides/17-bengkulu.pdf"));
        assertEquals(1, tree.ofType("H1").size());
        int pages = 0;
        try (PDDocument document = Loader.loadPDF(temp.resolve("slides/17-bengkulu.pdf").toFile())) {
            pages = document.getNumberOfPages();
        }
        // every slide after the title slide has its title as H2
        assertEquals(pages - 1, tree.ofType("H2").size());
        // the table slides (vulnerable workers on two slides, budget, sharing on two, effort, regulation):
        // each a Table whose first row is the header cells
        List<StructureTree.Node> nodes = tree.nodes();
        int tables = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).type().equals("Table")) {
                tables++;
                assertEquals("TR", nodes.get(i + 1).type());
                assertEquals("TH", nodes.get(i + 2).type(), nodes.get(i + 2).toString());
            }
        }
        assertEquals(List.of("Kategori", "Sumber dana", "Terlindungi", "Iuran setahun"),
                texts(tree.ofType("TH").subList(0, 4)));
        assertEquals(9, tables, tree.toString());
    }

    @Test
    void textReadsCardsAndFindingsInOnePiece() throws IOException {
        String briefing = rawText(temp.resolve("pdf/17-bengkulu.pdf"));
        // in drawing order each card is label, value, note (PDFBox puts the value on the label's line, as it
        // stands level with it)
        List<String> card = List.of("Cakupan kepesertaan", "35,45 %", "Target 2025: 48 % (−12,55", "Peserta aktif",
                "251.000", "dari 708.000 potensi peserta", "Kekurangan untuk target 2025");
        int at = -1;
        for (String piece : card) {
            int next = briefing.indexOf(piece, at + 1);
            assertTrue(next > at, piece + " after " + at + " in\n" + briefing);
            at = next;
        }
        assertTrue(briefing.contains("\n• Cakupan tertinggi di Kaur (71,50 %) dan terendah di Lebong (16,50 %).\n"), briefing);
        String onePager = rawText(temp.resolve("pdf/17.04-kaur.pdf"));
        assertTrue(onePager.contains("\n• Cakupan Kabupaten Kaur pada November 2025 adalah 71,50 %"), onePager);
        assertEquals(0, briefing.lines().filter(line -> line.strip().equals("•")).count(), "a bullet alone on a line");
    }

    private static void findingsAreAList(Path pdf, String firstFinding) throws IOException {
        StructureTree tree = StructureTree.of(pdf);
        List<StructureTree.Node> nodes = tree.nodes();
        int list = indexOf(nodes, "L", 0);
        int depth = nodes.get(list).depth();
        assertEquals("H2", nodes.get(list - 2).type(), "the list follows its heading: " + nodes.get(list - 2));
        List<StructureTree.Node> items = new ArrayList<>();
        for (int i = list + 1; i < nodes.size() && nodes.get(i).depth() > depth; i++) {
            if (nodes.get(i).depth() == depth + 1) {
                items.add(nodes.get(i));
                assertEquals("LI", nodes.get(i).type());
                assertEquals("Lbl", nodes.get(i + 1).type());
                assertEquals("•", nodes.get(i + 1).text());
                assertEquals("LBody", nodes.get(i + 3).type(), nodes.get(i + 3).toString());
            }
        }
        assertTrue(items.size() >= 3, items.toString());
        assertTrue(items.get(0).text().startsWith("• " + firstFinding), items.get(0).text());
        String text = rawText(pdf);
        assertEquals(items.size(), text.lines().filter(line -> line.startsWith("• ")).count(), text);
    }

    private static String rawText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setEndPage(1);
            return stripper.getText(document);
        }
    }

    private static int indexOf(List<StructureTree.Node> nodes, String type, int from) {
        for (int i = from; i < nodes.size(); i++) {
            if (nodes.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in\n" + nodes);
    }

    private static List<String> texts(List<StructureTree.Node> nodes) {
        return nodes.stream().map(StructureTree.Node::text).toList();
    }
}
