package id.cakupan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/**
 * The briefings at the edges of the data say only what is true, in both languages: a region with
 * no potential (coverage unknown) reaches no target; regions all at the same coverage have no
 * highest and lowest; an enacted circular is not an enacted regional head regulation; and data
 * with only national rows still gets its national briefing.
 */
class EdgeSentencesIT {

    @TempDir
    static Path temp;

    /** 17.01 with no potential in November; 17.02 with an enacted circular and a draft Perbup. */
    static Path edges;
    /** Both regencies at 0 % in November. */
    static Path tied;
    /** Only national rows. */
    static Path national;

    @BeforeAll
    static void build() throws IOException {
        Path data = Fixtures.validFixture(temp.resolve("edges-data"));
        Files.writeString(data.resolve("tenaga_kerja.csv"), Files.readString(data.resolve("tenaga_kerja.csv"))
                .replace("17.01,2025-11,1000,", "17.01,2025-11,0,"));
        Files.writeString(data.resolve("kepesertaan.csv"), "kode_wilayah,periode,segmen,peserta_aktif\n"
                + "17.01,2025-10,PU,300\n17.02,2025-10,PU,200\n17.01,2025-11,PU,0\n17.02,2025-11,PU,200\n");
        Files.writeString(data.resolve("regulasi.csv"), "kode_wilayah,jenis,nomor,tanggal,judul,status\n"
                + "17,PERGUB,3,2025-02-01,Peraturan Gubernur Bengkulu Nomor 3 Tahun 2025,DITETAPKAN\n"
                + "17.01,PERBUP,5,2025-03-01,Peraturan Bupati Bengkulu Selatan Nomor 5 Tahun 2025,DITETAPKAN\n"
                + "17.02,SE,560/12,2025-01-10,Surat Edaran Bupati Rejang Lebong,DITETAPKAN\n"
                + "17.02,PERBUP,,2024-12-17,Rancangan Peraturan Bupati Rejang Lebong,DRAFT\n");
        edges = data;

        tied = Fixtures.validFixture(temp.resolve("tied-data"));
        Files.writeString(tied.resolve("kepesertaan.csv"), "kode_wilayah,periode,segmen,peserta_aktif\n"
                + "17.01,2025-10,PU,300\n17.02,2025-10,PU,200\n17.01,2025-11,PU,0\n17.02,2025-11,PU,0\n");
        Files.delete(tied.resolve("pekerja_rentan.csv"));

        national = Fixtures.write(temp.resolve("national-data"), Map.of(
                "tenaga_kerja.csv", "kode_wilayah,periode,potensi_peserta\n00,2025-10,1000000\n00,2025-11,1000000\n",
                "kepesertaan.csv", "kode_wilayah,periode,segmen,peserta_aktif\n00,2025-10,PU,300000\n00,2025-11,PU,310000\n",
                "target.csv", "kode_wilayah,tahun,target_persen,sumber\n00,2025,52.15,BPJSTK\n"));
        for (Path dataDir : new Path[] {edges, tied, national}) {
            for (String lang : new String[] {"id", "en"}) {
                var run = Fixtures.cli("build", "--data", dataDir.toString(), "--out", out(dataDir, lang).toString(),
                        "--lang", lang);
                assertEquals(0, run.exitCode(), run.err());
            }
        }
    }

    static Path out(Path data, String lang) {
        return data.resolveSibling(data.getFileName() + "-" + lang);
    }

    static String pdf(Path data, String lang, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(out(data, lang).resolve("pdf").resolve(name).toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void noPotentialMeansNoTargetReachedAndNoPoints() throws IOException {
        String id = pdf(edges, "id", "17.01-bengkulu-selatan.pdf");
        assertFalse(id.contains("telah tercapai"), id);
        assertFalse(id.contains("poin)"), "no '( poin)' on the card: " + id);
        assertTrue(id.contains("Cakupan kepesertaan – Target 2025: 48 %"), id);
        assertTrue(id.contains("Kekurangan untuk target 2025 – Target 2025: 48 %"), id);
        String en = pdf(edges, "en", "17.01-bengkulu-selatan.pdf");
        assertFalse(en.contains("has been reached"), en);
        assertFalse(en.contains("points)"), en);
        assertTrue(en.contains("Coverage – 2025 target: 48%"), en);
    }

    @Test
    void aCircularIsNotAnEnactedRegionalHeadRegulation() throws IOException {
        assertTrue(pdf(edges, "id", "17.02-rejang-lebong.pdf").contains(
                "Rejang Lebong belum menetapkan regulasi kepala daerah (status: rancangan)."));
        assertTrue(pdf(edges, "en", "17.02-rejang-lebong.pdf").contains(
                "Rejang Lebong has not enacted its regional head regulation yet (status: draft)."));
        String province = pdf(edges, "id", "17-bengkulu.pdf");
        assertTrue(province.contains("1 dari 3 wilayah belum menetapkan regulasi kepala daerah: masih rancangan di"
                + " Rejang Lebong."), province);
        assertFalse(province.contains("Semua wilayah telah menetapkan"), province);
        assertTrue(pdf(edges, "en", "17-bengkulu.pdf").contains(
                "1 of 3 regions have not enacted their regional head regulation: still a draft in Rejang Lebong."));
        assertTrue(pdf(edges, "id", "17.01-bengkulu-selatan.pdf").contains(
                "Bengkulu Selatan telah menetapkan regulasi kepala daerah."));
        assertTrue(pdf(edges, "en", "17.01-bengkulu-selatan.pdf").contains(
                "Bengkulu Selatan has enacted its regional head regulation."));
    }

    @Test
    void regionsAllAtTheSameCoverageAreSaidToBeEqual() throws IOException {
        String id = pdf(tied, "id", "17-bengkulu.pdf");
        assertTrue(id.contains("Cakupan semua 2 kabupaten/kota di Provinsi Bengkulu sama: 0,00 %."), id);
        assertFalse(id.contains("tertinggi di"), id);
        String en = pdf(tied, "en", "17-bengkulu.pdf");
        assertTrue(en.contains("All 2 regencies/cities of Bengkulu Province have the same coverage: 0.00%."), en);
        assertFalse(en.contains("highest in"), en);
        String regency = pdf(tied, "id", "17.01-bengkulu-selatan.pdf");
        assertTrue(regency.contains("Cakupan semua 2 kabupaten/kota di Provinsi Bengkulu sama: 0,00 %."), regency);
        assertFalse(regency.contains("peringkat 1 dari"), regency);
    }

    @Test
    void onlyNationalRowsGiveTheNationalBriefing() throws IOException {
        String id = pdf(national, "id", "00-indonesia.pdf");
        assertTrue(id.contains("Cakupan Indonesia pada November 2025 adalah 31,00 % (310.000 dari 1.000.000 pekerja),"
                + " 21,15 poin di bawah target 52,15 %."), id);
        String en = pdf(national, "en", "00-indonesia.pdf");
        assertTrue(en.contains("310,000"), en);
        assertTrue(Files.isRegularFile(out(national, "id").resolve("site/index.html")));
    }
}
