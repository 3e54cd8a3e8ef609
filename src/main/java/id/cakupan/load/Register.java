package id.cakupan.load;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import id.cakupan.model.Funder;
import id.cakupan.model.RegionCatalog;
import id.cakupan.model.RegisterFinding;
import id.cakupan.model.RegisterReport;
import id.cakupan.model.RegisterSummary;
import id.cakupan.model.SourceRef;
import id.cakupan.model.VulnerableRecord;
import id.cakupan.text.Text;

/**
 * The rows of the register of vulnerable workers, packed as they are read, and what they show once
 * all are read: the protected workers of each regency, category, funder and month, counted once per
 * worker and funder, and the rows that repeat a worker.
 *
 * <p>A row costs 20 bytes and no object: a sort key {@code (NIK mod 10^12) << 24 | row}, whose
 * sort puts the rows of a NIK next to each other (the 4 leading digits are in the row's
 * information, and rows whose last 12 digits are equal are told apart by them), a {@code long} of
 * packed information (NIK prefix, regency, category, funder, first and last month) and the line.
 * Hence at most {@value #MAX_ROWS} rows in all.
 */
final class Register {

    /** The most rows of all register files together: the row's number has 24 bits of the sort key. */
    static final int MAX_ROWS = (1 << 24) - 1;
    /** The first month a row may give: its months are kept in 11 and 12 bits from it. */
    static final YearMonth FIRST_MONTH = YearMonth.of(1950, 1);
    static final YearMonth LAST_MONTH = FIRST_MONTH.plusMonths(2046);
    /** The most problem rows listed in the findings; the rest are counted. */
    static final int KEPT_FINDINGS = 100_000;
    /** The most other rows of the same NIK a finding lists; the rest are counted. */
    static final int KEPT_OTHERS = 10;

    private static final int BASE = Nik.monthIndex(FIRST_MONTH);
    private static final int OPEN = 4095;
    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final long TEN_12 = 1_000_000_000_000L;
    private static final Funder[] FUNDERS = Funder.values();
    /** The most regency, category and funder combinations whose counts are kept in an array. */
    private static final int DIRECT_CELLS = 1 << 20;

    private final List<String> regionCodes;
    private final List<String> categoryCodes;
    private final RegionCatalog catalog;
    private final List<SourceFile> files = new ArrayList<>();
    private long[][] keys = new long[16][];
    private long[][] infos = new long[16][];
    private int[][] lines = new int[16][];
    private int count;
    /** The rows of a worker under 15 or over 80 when protection starts, and of those over 80. */
    private final BitSet ageRows = new BitSet();
    private final BitSet oldRows = new BitSet();
    private final Map<Integer, String> ageMasks = new HashMap<>();

    /** A file (or sheet) of the register and the number of its first row. */
    private record SourceFile(String name, boolean sheet, int firstRow) {
    }

    /** A finding of a row: the index of the earlier row it names, its kind (for the order), the text. */
    private record Found(int earlier, int kind, Text problem) {
    }

    /** A row of a NIK seen more than once, unpacked. */
    private record Member(int row, int region, int category, int funder, int start, int end) {
    }

    /**
     * @param regionCodes   the regencies and cities a row may name, by their index
     * @param categoryCodes the categories, by their index
     */
    Register(RegionCatalog catalog, List<String> regionCodes, List<String> categoryCodes) {
        this.catalog = catalog;
        this.regionCodes = List.copyOf(regionCodes);
        this.categoryCodes = List.copyOf(categoryCodes);
    }

    /** The rows added next come from this file or sheet. */
    void startFile(String name, boolean sheet) {
        files.add(new SourceFile(name, sheet, count));
    }

    int count() {
        return count;
    }

    boolean isFull() {
        return count >= MAX_ROWS;
    }

    /** Whether a month can be kept: from {@link #FIRST_MONTH} to {@link #LAST_MONTH}. */
    static boolean isKeptMonth(int month) {
        return month >= BASE && month - BASE <= Nik.monthIndex(LAST_MONTH) - BASE;
    }

    /**
     * Adds a checked row.
     *
     * @param start the first month ({@link Nik#monthIndex}), {@code end} the last or -1 while it runs
     * @param age   the worker's age when protection starts
     */
    void add(long nik, int region, int category, int funder, int start, int end, int line, int age) {
        int chunk = count >>> CHUNK_BITS;
        if (chunk == keys.length) {
            keys = Arrays.copyOf(keys, chunk * 2);
            infos = Arrays.copyOf(infos, chunk * 2);
            lines = Arrays.copyOf(lines, chunk * 2);
        }
        if (keys[chunk] == null) {
            keys[chunk] = new long[CHUNK];
            infos[chunk] = new long[CHUNK];
            lines[chunk] = new int[CHUNK];
        }
        int at = count & (CHUNK - 1);
        keys[chunk][at] = (nik % TEN_12) << 24 | count;
        infos[chunk][at] = (long) Nik.prefix(nik) << 50 | (long) region << 40 | (long) category << 26
                | (long) funder << 23 | (long) (start - BASE) << 12 | (end < 0 ? OPEN : end - BASE);
        lines[chunk][at] = line;
        if (age < 15 || age > 80) {
            ageRows.set(count);
            oldRows.set(count, age > 80);
            ageMasks.put(count, Nik.mask(nik));
        }
        count++;
    }

    private long info(int row) {
        return infos[row >>> CHUNK_BITS][row & (CHUNK - 1)];
    }

    private static int region(long info) {
        return (int) (info >>> 40) & 0x3FF;
    }

    private static int category(long info) {
        return (int) (info >>> 26) & 0x3FFF;
    }

    private static int funder(long info) {
        return (int) (info >>> 23) & 0x7;
    }

    private static int start(long info) {
        return (int) (info >>> 12 & 0x7FF) + BASE;
    }

    /** The last month, or {@link Integer#MAX_VALUE} while it runs. */
    private static int end(long info) {
        int end = (int) (info & 0xFFF);
        return end == OPEN ? Integer.MAX_VALUE : end + BASE;
    }

    private SourceRef ref(int row) {
        int low = 0;
        int high = files.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (files.get(middle).firstRow() <= row) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        SourceFile file = files.get(low);
        return new SourceRef(file.name(), lines[row >>> CHUNK_BITS][row & (CHUNK - 1)], file.sheet());
    }

    /** What the rows show; the counts of the months of {@code periods} are added to {@code counted}. */
    RegisterReport analyse(SortedSet<YearMonth> periods, long monthlyPremium, List<VulnerableRecord> counted) {
        Analysis analysis = new Analysis(periods, monthlyPremium);
        long[] sorted = new long[count];
        for (int chunk = 0; chunk * CHUNK < count; chunk++) {
            System.arraycopy(keys[chunk], 0, sorted, chunk * CHUNK, Math.min(CHUNK, count - chunk * CHUNK));
            keys[chunk] = null;
        }
        Arrays.sort(sorted);
        int i = 0;
        while (i < sorted.length) {
            long low = sorted[i] >>> 24;
            int j = i + 1;
            while (j < sorted.length && sorted[j] >>> 24 == low) {
                j++;
            }
            if (j == i + 1) {
                analysis.single((int) (sorted[i] & 0xFFFFFF));
            } else {
                analysis.sameLastDigits(sorted, i, j);
            }
            i = j;
        }
        return analysis.finish(counted);
    }

    /** The counting and the findings, as the sorted rows are walked. */
    private final class Analysis {
        private final SortedSet<YearMonth> periods;
        private final long premium;
        private final int first;
        private final int last;
        /**
         * Per regency, category and funder: the change of the count at each month, then the first row;
         * in an array by their combined index while there are not too many, else in a map.
         */
        private final int[][] direct;
        private final Map<Integer, int[]> changes = new HashMap<>();
        private final List<RegisterFinding> findings = new ArrayList<>();
        private long moreFindings;
        private long workers;
        private long duplicateRows;
        private long doubleFunded;
        private long secondPremium;
        private long otherRegion;
        private final Map<String, long[]> byProvince = new TreeMap<>();

        Analysis(SortedSet<YearMonth> periods, long premium) {
            this.periods = periods;
            this.premium = premium;
            this.first = periods.isEmpty() ? 0 : Nik.monthIndex(periods.first());
            this.last = periods.isEmpty() ? -1 : Nik.monthIndex(periods.last());
            long cells = (long) regionCodes.size() * categoryCodes.size() * FUNDERS.length;
            this.direct = cells <= DIRECT_CELLS ? new int[(int) cells][] : null;
        }

        void single(int row) {
            workers++;
            long info = info(row);
            count(region(info), category(info), funder(info), start(info), end(info), row);
            if (ageRows.get(row)) {
                ageFinding(row, List.of(), 0);
            }
        }

        /** Rows whose NIKs end with the same 12 digits: one or more NIKs, told apart by their first 4. */
        void sameLastDigits(long[] sorted, int from, int to) {
            long low = sorted[from] >>> 24;
            long[] byNik = new long[to - from];
            for (int k = from; k < to; k++) {
                int row = (int) (sorted[k] & 0xFFFFFF);
                byNik[k - from] = (info(row) >>> 50) << 24 | row;
            }
            Arrays.sort(byNik);
            int i = 0;
            while (i < byNik.length) {
                long prefix = byNik[i] >>> 24;
                int j = i + 1;
                while (j < byNik.length && byNik[j] >>> 24 == prefix) {
                    j++;
                }
                if (j == i + 1) {
                    single((int) (byNik[i] & 0xFFFFFF));
                } else {
                    int[] rows = new int[j - i];
                    for (int k = i; k < j; k++) {
                        rows[k - i] = (int) (byNik[k] & 0xFFFFFF);
                    }
                    worker(prefix * TEN_12 + low, rows);
                }
                i = j;
            }
        }

        /**
         * The rows of one NIK, in the order they were read. Their months are cut into pieces at every
         * first month and every month after a last one (a row that still runs goes on to the latest month
         * any of them names, or the data's last), and each row is compared with the first earlier rows
         * covering its pieces: the work grows with the rows times the pieces they cover, never with the
         * pairs of rows.
         */
        private void worker(long nik, int[] rows) {
            workers++;
            int n = rows.length;
            Member[] members = new Member[n];
            int horizon = last;
            for (int k = 0; k < n; k++) {
                long info = info(rows[k]);
                members[k] = new Member(rows[k], region(info), category(info), funder(info), start(info), end(info));
                horizon = Math.max(horizon, Math.max(members[k].start(),
                        members[k].end() == Integer.MAX_VALUE ? 0 : members[k].end()));
            }
            int[] bounds = bounds(members, horizon);
            int pieces = bounds.length - 1;
            int[] inData = new int[pieces];
            for (int k = 0; k < pieces; k++) {
                inData[k] = Math.max(0, Math.min(bounds[k + 1] - 1, last) - Math.max(bounds[k], first) + 1);
            }
            // per piece, 1 + the first row of each funder covering it, of any funder, and of another regency
            int[][] firstOf = new int[FUNDERS.length][];
            int[] firstAny = new int[pieces];
            int[] firstMoved = new int[pieces];
            SourceRef[] listed = new SourceRef[Math.min(n, KEPT_OTHERS + 1)];
            for (int k = 0; k < listed.length; k++) {
                listed[k] = ref(members[k].row());
            }
            String masked = Nik.mask(nik);
            boolean regions = false;
            boolean doubledWorker = false;
            long extraMonths = 0;
            for (int j = 0; j < n; j++) {
                Member m = members[j];
                int from = Arrays.binarySearch(bounds, m.start());
                int to = Arrays.binarySearch(bounds, Math.min(m.end(), horizon) + 1) - 1;
                int[] own = firstOf[m.funder()];
                if (own == null) {
                    own = new int[pieces];
                    firstOf[m.funder()] = own;
                }
                // the first earlier rows: of the same funder; of another funder over the pieces this row's
                // funder is first paid in while another pays (within the data's months, and in any), the
                // first such piece and its months within the data's (the second premiums this row adds);
                // of another regency
                int duplicate = Integer.MAX_VALUE;
                int doubledInData = Integer.MAX_VALUE;
                int doubled = Integer.MAX_VALUE;
                int doubledFrom = -1;
                int moved = Integer.MAX_VALUE;
                int extra = 0;
                for (int k = from; k <= to; k++) {
                    if (own[k] > 0) {
                        duplicate = Math.min(duplicate, own[k] - 1);
                    } else {
                        boolean otherPays = false;
                        for (int f = 0; f < firstOf.length; f++) {
                            if (f != m.funder() && firstOf[f] != null && firstOf[f][k] > 0) {
                                otherPays = true;
                                doubled = Math.min(doubled, firstOf[f][k] - 1);
                                if (inData[k] > 0) {
                                    doubledInData = Math.min(doubledInData, firstOf[f][k] - 1);
                                }
                            }
                        }
                        if (otherPays) {
                            extra += inData[k];
                            if (doubledFrom < 0) {
                                doubledFrom = k;
                            }
                        }
                    }
                    if (firstAny[k] > 0) {
                        if (members[firstAny[k] - 1].region() != m.region()) {
                            moved = Math.min(moved, firstAny[k] - 1);
                        } else if (firstMoved[k] > 0) {
                            moved = Math.min(moved, firstMoved[k] - 1);
                        }
                    }
                }
                for (int k = from; k <= to; k++) {
                    if (own[k] == 0) {
                        own[k] = j + 1;
                    }
                    if (firstAny[k] == 0) {
                        firstAny[k] = j + 1;
                    } else if (firstMoved[k] == 0 && members[firstAny[k] - 1].region() != m.region()) {
                        firstMoved[k] = j + 1;
                    }
                }
                // the findings of the row in the order of the earlier rows they name
                List<Found> found = new ArrayList<>(3);
                if (duplicate != Integer.MAX_VALUE) {
                    duplicateRows++;
                    found.add(new Found(duplicate, 0, Text.of("load.register.finding.duplicate",
                            DataError.place(listed(members, listed, duplicate)))));
                }
                if (doubled != Integer.MAX_VALUE) {
                    doubledWorker = true;
                    extraMonths += extra;
                    if (extra == 0) {
                        found.add(new Found(doubled, 1, Text.of("load.register.finding.doubleFundedOutside",
                                FUNDERS[m.funder()].name(), FUNDERS[members[doubled].funder()].name(),
                                DataError.place(listed(members, listed, doubled)),
                                Nik.month(bounds[doubledFrom]).toString())));
                    } else {
                        found.add(new Found(doubledInData, 1, Text.of("load.register.finding.doubleFunded",
                                FUNDERS[m.funder()].name(), FUNDERS[members[doubledInData].funder()].name(),
                                DataError.place(listed(members, listed, doubledInData)), Text.figure(extra),
                                Text.figure(extra * premium))));
                    }
                }
                if (moved != Integer.MAX_VALUE) {
                    regions = true;
                    found.add(new Found(moved, 2, Text.of("load.register.finding.otherRegion",
                            regionCodes.get(m.region()), regionCodes.get(members[moved].region()),
                            DataError.place(listed(members, listed, moved)))));
                }
                if (found.isEmpty() && !ageRows.get(m.row())) {
                    continue;
                }
                found.sort(Comparator.comparingInt(Found::earlier).thenComparingInt(Found::kind));
                // the other rows of the NIK: the first few, and how many more
                List<SourceRef> others = new ArrayList<>(KEPT_OTHERS);
                for (int k = 0; k < listed.length && others.size() < KEPT_OTHERS; k++) {
                    if (k != j) {
                        others.add(listed[k]);
                    }
                }
                long more = n - 1 - others.size();
                for (Found f : found) {
                    finding(m.row(), masked, f.problem(), others, more);
                }
                if (ageRows.get(m.row())) {
                    ageFinding(m.row(), others, more);
                }
            }
            if (regions) {
                otherRegion++;
            }
            if (doubledWorker) {
                doubleFunded++;
                secondPremium += extraMonths * premium;
                String province = catalog.get(regionCodes.get(members[0].region())).parentCode();
                long[] sums = byProvince.computeIfAbsent(province, p -> new long[2]);
                sums[0]++;
                sums[1] += extraMonths * premium;
            }
            // each month counted once per funder, in the regency and category of the first row of that funder covering it
            for (int f = 0; f < firstOf.length; f++) {
                if (firstOf[f] == null) {
                    continue;
                }
                for (int k = 0; k < pieces; k++) {
                    if (firstOf[f][k] > 0 && inData[k] > 0) {
                        Member m = members[firstOf[f][k] - 1];
                        count(m.region(), m.category(), f, bounds[k], bounds[k + 1] - 1, m.row());
                    }
                }
            }
        }

        private SourceRef listed(Member[] members, SourceRef[] listed, int index) {
            return index < listed.length ? listed[index] : ref(members[index].row());
        }

        /** The first months of the pieces of a worker's months, then the month after the last piece. */
        private static int[] bounds(Member[] members, int horizon) {
            int[] points = new int[members.length * 2];
            for (int k = 0; k < members.length; k++) {
                points[2 * k] = members[k].start();
                points[2 * k + 1] = Math.min(members[k].end(), horizon) + 1;
            }
            Arrays.sort(points);
            int distinct = 0;
            for (int k = 0; k < points.length; k++) {
                if (k == 0 || points[k] != points[k - 1]) {
                    points[distinct++] = points[k];
                }
            }
            return Arrays.copyOf(points, distinct);
        }

        /** Counts a worker in the months from {@code start} to {@code end} that lie within the data's. */
        private void count(int region, int category, int funder, int start, int end, int row) {
            int from = Math.max(start, first);
            int to = Math.min(end, last);
            if (from > to) {
                return;
            }
            int key = (region * categoryCodes.size() + category) * FUNDERS.length + funder;
            int[] change = direct != null ? direct[key] : changes.get(key);
            if (change == null) {
                change = new int[last - first + 3];
                change[change.length - 1] = row;
                if (direct != null) {
                    direct[key] = change;
                }
                changes.put(key, change);
            } else if (row < change[change.length - 1]) {
                change[change.length - 1] = row;
            }
            change[from - first]++;
            change[to - first + 1]--;
        }

        private void ageFinding(int row, List<SourceRef> others, long moreOthers) {
            finding(row, ageMasks.get(row), Text.of(oldRows.get(row) ? "load.register.finding.old" : "load.register.finding.young"),
                    others, moreOthers);
        }

        private void finding(int row, String masked, Text problem, List<SourceRef> others, long moreOthers) {
            if (findings.size() < KEPT_FINDINGS) {
                findings.add(new RegisterFinding(ref(row), masked, problem, others, moreOthers));
            } else {
                moreFindings++;
            }
        }

        RegisterReport finish(List<VulnerableRecord> counted) {
            List<Integer> cells = new ArrayList<>(changes.keySet());
            cells.sort(null);
            for (int key : cells) {
                int[] change = changes.get(key);
                int funder = key % FUNDERS.length;
                int category = key / FUNDERS.length % categoryCodes.size();
                int region = key / FUNDERS.length / categoryCodes.size();
                SourceRef source = new SourceRef(ref(change[change.length - 1]).file(), 0,
                        ref(change[change.length - 1]).sheet());
                int running = 0;
                for (int month = first; month <= last; month++) {
                    running += change[month - first];
                    YearMonth period = Nik.month(month);
                    if (running > 0 && periods.contains(period)) {
                        counted.add(new VulnerableRecord(regionCodes.get(region), period, categoryCodes.get(category),
                                FUNDERS[funder], running, null, source));
                    }
                }
            }
            findings.sort(null);
            Map<String, RegisterSummary.DoubleFunding> provinces = new TreeMap<>();
            byProvince.forEach((code, sums) -> provinces.put(code, new RegisterSummary.DoubleFunding(sums[0], sums[1])));
            return new RegisterReport(new RegisterSummary(count, workers, duplicateRows, doubleFunded, secondPremium,
                    otherRegion, ageRows.cardinality(), provinces), findings, moreFindings);
        }
    }
}
