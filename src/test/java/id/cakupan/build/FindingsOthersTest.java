package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.cakupan.model.RegisterFinding;
import id.cakupan.model.RegisterReport;
import id.cakupan.model.RegisterSummary;
import id.cakupan.model.SourceRef;
import id.cakupan.text.Catalogue;
import id.cakupan.text.Text;

/** The findings file lists a few other rows of the same NIK and counts the rest. */
class FindingsOthersTest {

    private static final String FILE = "data/daftar_rentan.csv";

    private static RegisterReport report(long moreOthers) {
        RegisterFinding finding = new RegisterFinding(new SourceRef(FILE, 4, false), "170101******0003",
                Text.of("load.register.finding.duplicate", FILE + ":2"),
                List.of(new SourceRef(FILE, 2, false), new SourceRef(FILE, 3, false)), moreOthers);
        return new RegisterReport(new RegisterSummary(1_203, 1, 1, 0, 0, 0, 0, Map.of()), List.of(finding), 0);
    }

    @Test
    void theOtherRowsNotListedAreCountedInTheBuildSLanguage() {
        assertEquals(FILE + ":2; " + FILE + ":3 dan 1.200 baris lain",
                PrivateFindings.rows(report(1_200), Catalogue.indonesian()).get(0).get(4));
        assertEquals(FILE + ":2; " + FILE + ":3 and 1,200 more rows",
                PrivateFindings.rows(report(1_200), Catalogue.english()).get(0).get(4));
    }

    @Test
    void allOtherRowsListedAreNotFollowedByACount() {
        assertEquals(FILE + ":2; " + FILE + ":3", PrivateFindings.rows(report(0), Catalogue.indonesian()).get(0).get(4));
    }
}
