package id.cakupan.model;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A dataset that passed the checks, with its rolled-up figures and data-quality warnings. */
public record CheckedDataset(Dataset dataset, SortedMap<RegionMonth, RegionMonthTotals> totals,
                             List<DataWarning> warnings) {

    public CheckedDataset {
        totals = Collections.unmodifiableSortedMap(new TreeMap<>(totals));
        warnings = List.copyOf(warnings);
    }

    /** Every warning a run prints: the cells read with a correction and the data-quality warnings. */
    public int warningCount() {
        // the terminal prints a region's finding once for all the months it holds in
        return dataset.inputWarnings().size() + DataWarning.summarize(warnings).size();
    }

    public RegionMonthTotals totals(String regionCode, YearMonth period) {
        return totals.get(new RegionMonth(regionCode, period));
    }
}
