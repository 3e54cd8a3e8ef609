package id.cakupan.model;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Everything loaded from one data folder, before any check or computation. */
public record Dataset(
        RegionCatalog regions,
        Categories categories,
        List<WorkforceRecord> workforce,
        List<ParticipantRecord> participants,
        List<VulnerableRecord> vulnerable,
        List<TargetRecord> targets,
        List<BudgetRecord> budgets,
        List<RegulationRecord> regulations,
        Parameters parameters,
        List<InputFile> inputFiles) {

    public Dataset {
        workforce = List.copyOf(workforce);
        participants = List.copyOf(participants);
        vulnerable = List.copyOf(vulnerable);
        targets = List.copyOf(targets);
        budgets = List.copyOf(budgets);
        regulations = List.copyOf(regulations);
        inputFiles = List.copyOf(inputFiles);
    }

    /** The months that have a workforce row, oldest first. */
    public SortedSet<YearMonth> periods() {
        SortedSet<YearMonth> periods = new TreeSet<>();
        workforce.forEach(w -> periods.add(w.period()));
        return periods;
    }
}
