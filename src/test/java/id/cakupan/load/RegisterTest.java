package id.cakupan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.cakupan.model.Funder;
import id.cakupan.model.RegisterFinding;
import id.cakupan.model.RegisterReport;
import id.cakupan.model.RegisterSummary;
import id.cakupan.model.SourceRef;
import id.cakupan.model.VulnerableRecord;
import id.cakupan.text.Catalogue;

class RegisterTest {

    private static final List<String> REGENCIES = List.of("17.01", "17.71", "16.01");
    private static final List<String> CATEGORIES = List.of("NELAYAN", "PENJAHIT");
    private static final long PREMIUM = 16_800;
    private static final String FILE = "data/daftar_rentan.csv";

    private final Register register = new Register(ReferenceRegions.catalog(), REGENCIES, CATEGORIES);
    private final List<VulnerableRecord> counted = new ArrayList<>();
    private int line = 1;

    RegisterTest() {
        register.startFile(FILE, false);
    }

    private static int month(String text) {
        return Nik.monthIndex(YearMonth.parse(text));
    }

    private void row(long nik, int region, int category, Funder funder, String start, String end) {
        register.add(nik, region, category, funder.ordinal(), month(start), end == null ? -1 : month(end), ++line, 40);
    }

    /** The data's months: September to November 2025. */
    private RegisterReport analyse() {
        SortedSet<YearMonth> periods = new TreeSet<>(List.of(YearMonth.of(2025, 9), YearMonth.of(2025, 10),
                YearMonth.of(2025, 11)));
        return register.analyse(periods, PREMIUM, counted);
    }

    /** The counted rows as {@code region month category funder count}. */
    private String counts() {
        return counted.stream().map(v -> v.regionCode() + " " + v.period() + " " + v.categoryCode() + " " + v.funder()
                + " " + v.protectedWorkers()).collect(Collectors.joining("\n"));
    }

    private String findings(RegisterReport report) {
        return report.findings().stream().map(f -> f.row().line() + " " + f.maskedNik() + " "
                + Catalogue.english().word(f.problem()) + " | " + f.others().stream().map(r -> r.line() + "")
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n"));
    }

    @Test
    void everyWorkerIsCountedInEachMonthOfTheDataTheirProtectionCovers() {
        row(1701011203850001L, 0, 0, Funder.APBD_PROVINSI, "2025-01", null);
        row(1701011203850002L, 0, 0, Funder.APBD_PROVINSI, "2025-10", "2025-10");
        row(1701011203850003L, 0, 1, Funder.APBD_PROVINSI, "2025-11", "2026-06");
        row(1771011203850004L, 1, 0, Funder.APBD_KABKOTA, "2024-01", "2025-08"); // ended before the data's months
        row(1771011203850005L, 1, 0, Funder.APBD_KABKOTA, "2025-12", null); // starts after them
        RegisterReport report = analyse();
        assertEquals("""
                17.01 2025-09 NELAYAN APBD_PROVINSI 1
                17.01 2025-10 NELAYAN APBD_PROVINSI 2
                17.01 2025-11 NELAYAN APBD_PROVINSI 1
                17.01 2025-11 PENJAHIT APBD_PROVINSI 1""", counts());
        assertEquals(new RegisterSummary(5, 5, 0, 0, 0, 0, 0, Map.of()), report.summary());
        assertEquals("", findings(report));
    }

    @Test
    void theSameWorkerAndFunderInTheSameMonthsIsADuplicateCountedOnce() {
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-01", "2025-12");
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-10", "2025-12");
        row(1701011203850003L, 0, 1, Funder.APBD_PROVINSI, "2026-01", null); // later months: no duplicate
        RegisterReport report = analyse();
        assertEquals("""
                17.01 2025-09 NELAYAN APBD_PROVINSI 1
                17.01 2025-10 NELAYAN APBD_PROVINSI 1
                17.01 2025-11 NELAYAN APBD_PROVINSI 1""", counts());
        assertEquals(1, report.summary().duplicateRows());
        assertEquals(1, report.summary().workers());
        assertEquals(0, report.summary().doubleFundedWorkers());
        assertEquals("3 170101******0003 duplicate row: the same worker with the same funder in the same months is"
                + " already at data/daftar_rentan.csv:2 (counted once) | 2,4", findings(report));
    }

    @Test
    void twoFundersOfTheSameMonthsAreDoubleFundingCountedOncePerFunder() {
        row(1701015507900004L, 0, 0, Funder.APBD_PROVINSI, "2025-01", null);
        row(1701015507900004L, 0, 0, Funder.APBD_KABKOTA, "2025-10", null);
        RegisterReport report = analyse();
        assertEquals("""
                17.01 2025-09 NELAYAN APBD_PROVINSI 1
                17.01 2025-10 NELAYAN APBD_PROVINSI 1
                17.01 2025-10 NELAYAN APBD_KABKOTA 1
                17.01 2025-11 NELAYAN APBD_PROVINSI 1
                17.01 2025-11 NELAYAN APBD_KABKOTA 1""", counts().lines().sorted((a, b) -> a.substring(0, 14)
                .compareTo(b.substring(0, 14))).collect(Collectors.joining("\n")));
        RegisterSummary summary = report.summary();
        assertEquals(1, summary.doubleFundedWorkers());
        // October and November up to the data's last month: two second premiums
        assertEquals(2 * PREMIUM, summary.secondPremiumRp());
        assertEquals(new RegisterSummary.DoubleFunding(1, 2 * PREMIUM), summary.of("17"));
        assertEquals(0, summary.duplicateRows());
        assertEquals("3 170101******0004 double funding: APBD_KABKOTA and APBD_PROVINSI (data/daftar_rentan.csv:2) pay"
                + " the premium for the same 2 months within the data's months; the second premium is Rp 33,600 | 2", findings(report));
    }

    @Test
    void theSameWorkerInTwoRegionsIsReportedAndCountedOnceWhereFirstEnrolled() {
        row(1701011203850003L, 0, 0, Funder.LAINNYA, "2025-09", "2025-10");
        row(1701011203850003L, 1, 0, Funder.LAINNYA, "2025-10", "2025-11");
        RegisterReport report = analyse();
        assertEquals("""
                17.01 2025-09 NELAYAN LAINNYA 1
                17.01 2025-10 NELAYAN LAINNYA 1
                17.71 2025-11 NELAYAN LAINNYA 1""", counts());
        assertEquals(1, report.summary().otherRegionWorkers());
        // the same funder in overlapping months is a duplicate entry, wherever it is
        assertEquals(1, report.summary().duplicateRows());
        assertEquals("""
                3 170101******0003 duplicate row: the same worker with the same funder in the same months is already at\
                 data/daftar_rentan.csv:2 (counted once) | 2
                3 170101******0003 enrolled in two regions in the same months: 17.71 here, 17.01 at\
                 data/daftar_rentan.csv:2 | 2""", findings(report));
    }

    @Test
    void anOpenRowOverlapsARowStartingAfterTheDataSLastMonth() {
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-10", null);
        row(1701011203850003L, 0, 0, Funder.APBD_KABKOTA, "2025-12", null);
        RegisterReport report = analyse();
        assertEquals("""
                17.01 2025-10 NELAYAN APBD_PROVINSI 1
                17.01 2025-11 NELAYAN APBD_PROVINSI 1""", counts());
        assertEquals(new RegisterSummary(2, 1, 0, 1, 0, 0, 0, Map.of("17", new RegisterSummary.DoubleFunding(1, 0))),
                report.summary());
        assertEquals("3 170101******0003 double funding: APBD_KABKOTA and APBD_PROVINSI (data/daftar_rentan.csv:2) pay"
                + " the premium for the same months from 2025-12, outside the data's months (no second premium counted)"
                + " | 2", findings(report));
    }

    @Test
    void anOpenRowOfTheSameFunderStartingAfterTheDataSLastMonthIsADuplicate() {
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-10", null);
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-12", null);
        RegisterReport report = analyse();
        assertEquals("""
                17.01 2025-10 NELAYAN APBD_PROVINSI 1
                17.01 2025-11 NELAYAN APBD_PROVINSI 1""", counts());
        assertEquals(new RegisterSummary(2, 1, 1, 0, 0, 0, 0, Map.of()), report.summary());
        assertEquals("3 170101******0003 duplicate row: the same worker with the same funder in the same months is"
                + " already at data/daftar_rentan.csv:2 (counted once) | 2", findings(report));
    }

    @Test
    void twoFundersFromAfterTheDataSLastMonthAreCountedAsDoubleFunding() {
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-12", null);
        row(1701011203850003L, 0, 0, Funder.APBD_KABKOTA, "2025-12", null);
        RegisterReport report = analyse();
        assertEquals("", counts());
        assertEquals(new RegisterSummary(2, 1, 0, 1, 0, 0, 0, Map.of("17", new RegisterSummary.DoubleFunding(1, 0))),
                report.summary());
        assertEquals("3 170101******0003 double funding: APBD_KABKOTA and APBD_PROVINSI (data/daftar_rentan.csv:2) pay"
                + " the premium for the same months from 2025-12, outside the data's months (no second premium counted)"
                + " | 2", findings(report));
    }

    @Test
    void theSecondPremiumsAreThoseOfTheDataSMonthsInTheSummaryAsInTheFindings() {
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-01", "2025-10");
        row(1701011203850003L, 0, 0, Funder.APBD_KABKOTA, "2025-06", "2026-03"); // June to October with the province
        row(1701011203850003L, 0, 0, Funder.LAINNYA, "2025-09", null);
        RegisterReport report = analyse();
        // September: 3 funders, October: 3, November: 2: 2 + 2 + 1 second premiums
        assertEquals(5 * PREMIUM, report.summary().secondPremiumRp());
        assertEquals(new RegisterSummary.DoubleFunding(1, 5 * PREMIUM), report.summary().of("17"));
        assertEquals("""
                3 170101******0003 double funding: APBD_KABKOTA and APBD_PROVINSI (data/daftar_rentan.csv:2) pay the\
                 premium for the same 2 months within the data's months; the second premium is Rp 33,600 | 2,4
                4 170101******0003 double funding: LAINNYA and APBD_PROVINSI (data/daftar_rentan.csv:2) pay the premium\
                 for the same 3 months within the data's months; the second premium is Rp 50,400 | 2,3""",
                findings(report));
    }

    @Test
    void aDuplicateOfADoubleFundedRowAddsNoSecondPremium() {
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-09", "2025-11");
        row(1701011203850003L, 0, 0, Funder.APBD_KABKOTA, "2025-09", "2025-11");
        row(1701011203850003L, 0, 0, Funder.APBD_KABKOTA, "2025-09", "2025-11");
        RegisterReport report = analyse();
        assertEquals(new RegisterSummary(3, 1, 1, 1, 3 * PREMIUM, 0, 0,
                Map.of("17", new RegisterSummary.DoubleFunding(1, 3 * PREMIUM))), report.summary());
        assertEquals("""
                3 170101******0003 double funding: APBD_KABKOTA and APBD_PROVINSI (data/daftar_rentan.csv:2) pay the\
                 premium for the same 3 months within the data's months; the second premium is Rp 50,400 | 2,4
                4 170101******0003 duplicate row: the same worker with the same funder in the same months is already at\
                 data/daftar_rentan.csv:3 (counted once) | 2,3""", findings(report));
    }

    @Test
    void aNikFilledDownTwentyThousandRowsGivesAFindingPerRowListingTenOthers() {
        int rows = 20_000;
        for (int k = 0; k < rows; k++) {
            row(1701011203850003L, 0, 0, k % 2 == 0 ? Funder.APBD_PROVINSI : Funder.APBD_KABKOTA,
                    YearMonth.of(2025, 1).plusMonths(k % 12).toString(), null);
        }
        RegisterReport report = analyse();
        // the second row is double funding (September to November), every later one repeats its funder
        assertEquals(new RegisterSummary(rows, 1, rows - 2, 1, 3 * PREMIUM, 0, 0,
                Map.of("17", new RegisterSummary.DoubleFunding(1, 3 * PREMIUM))), report.summary());
        assertEquals(rows - 1, report.findings().size());
        assertEquals(0, report.moreFindings());
        RegisterFinding first = report.findings().get(0);
        assertEquals(List.of(2, 4, 5, 6, 7, 8, 9, 10, 11, 12), first.others().stream().map(SourceRef::line).toList());
        assertEquals(rows - 1 - Register.KEPT_OTHERS, first.moreOthers());
        RegisterFinding last = report.findings().get(rows - 2);
        assertEquals(rows + 1, last.row().line());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11), last.others().stream().map(SourceRef::line).toList());
        assertEquals("duplicate row: the same worker with the same funder in the same months is already at"
                + " data/daftar_rentan.csv:3 (counted once)", Catalogue.english().word(last.problem()));
        assertEquals("""
                17.01 2025-09 NELAYAN APBD_KABKOTA 1
                17.01 2025-09 NELAYAN APBD_PROVINSI 1
                17.01 2025-10 NELAYAN APBD_KABKOTA 1
                17.01 2025-10 NELAYAN APBD_PROVINSI 1
                17.01 2025-11 NELAYAN APBD_KABKOTA 1
                17.01 2025-11 NELAYAN APBD_PROVINSI 1""", counts().lines().sorted().collect(Collectors.joining("\n")));
    }

    @Test
    void niksWithTheSameLastTwelveDigitsAreDifferentWorkers() {
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-09", null);
        row(1771011203850003L, 1, 0, Funder.APBD_PROVINSI, "2025-09", null);
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-09", null);
        RegisterReport report = analyse();
        assertEquals(2, report.summary().workers());
        assertEquals(1, report.summary().duplicateRows());
        assertEquals(0, report.summary().otherRegionWorkers());
        assertEquals(3, counted.stream().filter(v -> v.regionCode().equals("17.71")).count());
    }

    @Test
    void aWorkerUnder15OrOver80IsAWarning() {
        register.add(1701011203850003L, 0, 0, 0, month("2025-09"), -1, 2, 14);
        register.add(1701011203850004L, 0, 0, 0, month("2025-09"), -1, 3, 81);
        register.add(1701011203850005L, 0, 0, 0, month("2025-09"), -1, 4, 80);
        RegisterReport report = analyse();
        assertEquals(2, report.summary().ageWarnings());
        assertEquals("""
                2 170101******0003 under 15 when protection starts (check the NIK or the start month) |\s
                3 170101******0004 over 80 when protection starts (check the NIK or the start month) |\s""",
                findings(report));
    }
}
