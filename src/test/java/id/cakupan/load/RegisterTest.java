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
import id.cakupan.model.RegisterReport;
import id.cakupan.model.RegisterSummary;
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
        row(1701011203850003L, 0, 0, Funder.APBD_PROVINSI, "2025-01", null);
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
                + " the premium for the same 2 months; the second premium is Rp 33,600 | 2", findings(report));
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
        assertEquals(0, report.summary().duplicateRows());
        assertEquals("3 170101******0003 enrolled in two regions in the same months: 17.71 here, 17.01 at"
                + " data/daftar_rentan.csv:2 | 2", findings(report));
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
