package id.cakupan.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;
import id.cakupan.bench.RegisterSample.Kind;
import id.cakupan.bench.RegisterSample.Manifest;
import id.cakupan.bench.RegisterSample.Rates;
import id.cakupan.bench.RegisterSample.Seeded;
import id.cakupan.load.BuiltInCategories;
import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Category;
import id.cakupan.model.Region;

/**
 * The register generator writes the same bytes for the same seed, and what its manifest says it
 * seeded is what a plain re-reading of its files finds: each row classified on its own (NIK length,
 * digits, date, region prefix, months, age), then the rows sharing a NIK paired.
 */
class RegisterSampleTest {

    private static final YearMonth BENGKULU_FIRST = YearMonth.of(2024, 1);
    private static final YearMonth BENGKULU_LAST = YearMonth.of(2025, 11);

    @Test
    void sameSeedSameBytesAndAnotherSeedOthers(@TempDir Path temp) throws Exception {
        Path data = Fixtures.projectDir().resolve("data");
        Rates rates = Rates.errors().times(10);
        new RegisterSample(5_000, rates, 7).write(data, temp.resolve("a"));
        new RegisterSample(5_000, rates, 7).write(data, temp.resolve("b"));
        new RegisterSample(5_000, rates, 8).write(data, temp.resolve("c"));
        List<String> files = names(temp.resolve("a"));
        // Bengkulu's pekerja_rentan.csv: the province pays for every regency, Kota Bengkulu (17.04) pays for some too,
        // and double funding adds the other of the two
        assertEquals(List.of("daftar_rentan_apbd_kabkota.csv", "daftar_rentan_apbd_provinsi.csv", RegisterSample.LINES,
                RegisterSample.MANIFEST), files);
        assertEquals(files, names(temp.resolve("b")));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(file)), Files.readAllBytes(temp.resolve("b").resolve(file)),
                    file);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(temp.resolve("a").resolve("daftar_rentan_apbd_provinsi.csv")),
                Files.readAllBytes(temp.resolve("c").resolve("daftar_rentan_apbd_provinsi.csv"))), "another seed, other rows");
    }

    @Test
    void bengkuluManifestMatchesWhatTheFilesHold(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("register");
        Rates rates = Rates.errors().times(10);
        Manifest manifest = new RegisterSample(20_000, rates, RegisterSample.SEED).write(Fixtures.projectDir().resolve("data"), dir);

        assertEquals(20_000, manifest.rows());
        for (Kind kind : Kind.values()) {
            long expected = kind == Kind.OLD_PAPUA_PREFIX ? 0 : Math.round(20_000 * rates.byKind().get(kind));
            assertEquals(expected, manifest.count(kind), kind + ": round(rows × rate), no Papua regency in Bengkulu");
        }
        Set<String> regencies = new HashSet<>();
        ReferenceRegions.catalog().children("17").forEach(r -> regencies.add(r.code()));
        assertEquals(10, regencies.size());
        Reading reading = reread(dir, regencies, BENGKULU_FIRST, BENGKULU_LAST);
        assertMatches(manifest, reading);
    }

    @Test
    void nationalSampleSeedsOldPapuaCodesThatStayValid(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        new NationalSample(38, 3).write(data);
        Rates rates = Rates.errors().times(4);
        Manifest manifest = new RegisterSample(60_000, rates, 11).write(data, data);

        Set<String> regencies = new HashSet<>();
        for (Region province : ReferenceRegions.catalog().children(Region.COUNTRY_CODE)) {
            ReferenceRegions.catalog().children(province.code()).forEach(r -> regencies.add(r.code()));
        }
        Reading reading = reread(data, regencies, NationalSample.LAST.minusMonths(2), NationalSample.LAST);
        assertMatches(manifest, reading);
        assertTrue(manifest.count(Kind.OLD_PAPUA_PREFIX) > 1_000, "most workers of the 26 regencies split off: "
                + manifest.count(Kind.OLD_PAPUA_PREFIX));
        // Merauke was 91.01 before Papua Selatan (93) was formed, Kota Sorong 92.71 before Papua Barat Daya (96)
        assertTrue(reading.oldPrefixes().contains("9101>93.01"), reading.oldPrefixes().toString());
        assertTrue(reading.oldPrefixes().contains("9271>96.71"), reading.oldPrefixes().toString());
        assertTrue(reading.oldPrefixes().stream().allMatch(p -> p.matches("9[12]\\d\\d>9[3-6]\\.\\d\\d")),
                reading.oldPrefixes().toString());
    }

    private static void assertMatches(Manifest manifest, Reading reading) {
        assertEquals(manifest.rows(), reading.rows(), "rows");
        assertEquals(manifest.rowsByFile(), reading.rowsByFile(), "rows by file");
        assertEquals(manifest.workers(), reading.niks(), "distinct NIKs");
        Map<Kind, Long> expected = new EnumMap<>(manifest.counts());
        expected.values().removeIf(count -> count == 0);
        assertEquals(expected, reading.counts(), "seeded kinds found by re-reading the files");
        // the manifest's lines are the rows (and pairs of rows) the re-reading found, kind by kind
        Map<String, Kind> listed = new TreeMap<>();
        for (Seeded row : manifest.seeded()) {
            listed.put(row.kind().pair() ? pairKey(row.file() + ":" + row.line(), row.firstFile() + ":" + row.firstLine())
                    : row.file() + ":" + row.line(), row.kind());
        }
        assertEquals(listed, new TreeMap<>(reading.kindAt()));
    }

    /** What a plain reading of the registers finds. */
    private record Reading(long rows, Map<String, Long> rowsByFile, long niks, Map<Kind, Long> counts,
                           Map<String, Kind> kindAt, Set<String> oldPrefixes) {
    }

    private record Entry(String where, String nik, String name, String region, String funder, YearMonth start, YearMonth end) {
    }

    private static Reading reread(Path dir, Set<String> regencies, YearMonth first, YearMonth last) throws IOException {
        Set<String> prefixes = new HashSet<>();
        for (Region province : ReferenceRegions.catalog().children(Region.COUNTRY_CODE)) {
            ReferenceRegions.catalog().children(province.code()).forEach(r -> prefixes.add(r.code().replace(".", "")));
        }
        Set<String> categories = new HashSet<>();
        for (Category category : BuiltInCategories.categories().categories()) {
            categories.add(category.code());
        }
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        Map<String, Kind> kindAt = new HashMap<>();
        Map<String, List<Entry>> byNik = new HashMap<>();
        Map<String, Long> rowsByFile = new LinkedHashMap<>();
        Set<String> oldPrefixes = new HashSet<>();
        long rows = 0;
        for (String file : names(dir)) {
            if (!file.startsWith("daftar_rentan")) {
                continue;
            }
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            assertEquals(RegisterSample.HEADER, lines.get(0), file);
            String funder = file.substring("daftar_rentan_".length(), file.length() - 4).toUpperCase(Locale.ROOT);
            for (int i = 1; i < lines.size(); i++) {
                String where = file + ":" + (i + 1);
                String[] cells = lines.get(i).split(",", -1);
                assertEquals(7, cells.length, where);
                String nik = cells[0];
                String region = cells[2];
                assertTrue(cells[1].matches("[A-Za-z' ]{3,40}"), where + " name " + cells[1]);
                assertTrue(regencies.contains(region), where + " region " + region);
                assertTrue(categories.contains(cells[3]), where + " category " + cells[3]);
                assertEquals(funder, cells[4], where + " funder of its file");
                YearMonth start = YearMonth.parse(cells[5]);
                YearMonth end = cells[6].isEmpty() ? null : YearMonth.parse(cells[6]);
                assertFalse(start.isBefore(first) || start.isAfter(last), where + " mulai within the data");
                Kind kind = classify(nik, region, start, end, prefixes, last.getYear());
                if (kind == null || kind.severity() != RegisterSample.Severity.ERROR) {
                    byNik.computeIfAbsent(nik, n -> new ArrayList<>()).add(new Entry(where, nik, cells[1], region, funder, start,
                            end));
                }
                if (kind == Kind.OLD_PAPUA_PREFIX) {
                    oldPrefixes.add(nik.substring(0, 4) + ">" + region);
                }
                if (kind != null) {
                    counts.merge(kind, 1L, Long::sum);
                    kindAt.put(where, kind);
                }
                rows++;
            }
            rowsByFile.put(file, (long) lines.size() - 1);
        }
        long niks = counts.entrySet().stream().filter(e -> e.getKey().severity() == RegisterSample.Severity.ERROR)
                .mapToLong(Map.Entry::getValue).sum();
        for (List<Entry> same : byNik.values()) {
            niks++;
            assertTrue(same.size() <= 2, "at most two rows per NIK: " + same.get(0).where());
            if (same.size() == 2) {
                    Entry a = same.get(0);
                Entry b = same.get(1);
                assertTrue(a.name().equalsIgnoreCase(b.name()), a.where() + " and " + b.where() + ": one person");
                assertFalse(kindAt.containsKey(a.where()) || kindAt.containsKey(b.where()),
                        a.where() + " and " + b.where() + ": a pair has no defect of a row besides");
                Kind kind = pair(a, b);
                counts.merge(kind, 1L, Long::sum);
                kindAt.put(pairKey(a.where(), b.where()), kind);
            }
        }
        return new Reading(rows, rowsByFile, niks, counts, kindAt, oldPrefixes);
    }

    /** Two rows sharing a NIK, in either order: {@code file:line+file:line}. */
    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }

    private static Kind pair(Entry a, Entry b) {
        YearMonth aEnd = a.end() == null ? YearMonth.of(9999, 12) : a.end();
        YearMonth bEnd = b.end() == null ? YearMonth.of(9999, 12) : b.end();
        boolean overlap = !a.start().isAfter(bEnd) && !b.start().isAfter(aEnd);
        if (!overlap) {
            return Kind.REENROLMENT;
        }
        if (!a.funder().equals(b.funder())) {
            return Kind.DOUBLE_FUNDING;
        }
        return a.region().equals(b.region()) ? Kind.DUPLICATE : Kind.DIFFERENT_REGION;
    }

    /** A row's own defect, or null: the checks a register's reader makes, written plainly. */
    private static Kind classify(String nik, String region, YearMonth start, YearMonth end, Set<String> prefixes, int lastYear) {
        if (!nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Kind.NON_DIGIT;
        }
        if (nik.length() != 16) {
            return Kind.WRONG_LENGTH;
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        LocalDate birth;
        try {
            birth = LocalDate.of(year > lastYear % 100 ? 1900 + year : 2000 + year, month, day > 40 ? day - 40 : day);
        } catch (DateTimeException e) {
            return Kind.IMPOSSIBLE_DATE;
        }
        String prefix = nik.substring(0, 4);
        Kind kind = null;
        if (!prefixes.contains(prefix)) {
            boolean oldPapua = prefix.matches("91(0[1-9]|1\\d|2[0-8]|71)|92(0\\d|1[0-2]|71)") && region.matches("9[3-6]\\..*");
            if (!oldPapua) {
                return Kind.UNKNOWN_PREFIX;
            }
            kind = Kind.OLD_PAPUA_PREFIX;
        }
        if (end != null && end.isBefore(start)) {
            return Kind.END_BEFORE_START;
        }
        int age = Period.between(birth, start.atDay(1)).getYears();
        if (age < 15) {
            return Kind.AGE_UNDER_15;
        }
        if (age > 80) {
            return Kind.AGE_OVER_80;
        }
        return kind;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("daftar_rentan") || n.startsWith("register-"))
                    .sorted().toList();
        }
    }
}
