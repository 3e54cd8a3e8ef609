package id.cakupan.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import id.cakupan.text.Text;

/**
 * Everything loaded from one data folder, before any check or computation, with the warnings about
 * cells read with a correction ({@code inputWarnings}); those are about the files, not a region, so
 * they are printed but stay out of the reports' data-quality section; and notes on how a file was
 * read ({@code inputNotes}: Excel's Indonesian CSV, Windows-1252 text), which are not problems; and
 * the regencies' outlines of the optional boundary file ({@code boundaries}, empty without it); and
 * the register of vulnerable workers as checked ({@code register}, {@link RegisterReport#none} without one).
 */
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
        List<InputFile> inputFiles,
        List<InputWarning> inputWarnings,
        List<Text> inputNotes,
        List<Boundary> boundaries,
        RegisterReport register) {

    public Dataset {
        workforce = List.copyOf(workforce);
        participants = List.copyOf(participants);
        vulnerable = List.copyOf(vulnerable);
        targets = List.copyOf(targets);
        budgets = List.copyOf(budgets);
        regulations = List.copyOf(regulations);
        inputFiles = List.copyOf(inputFiles);
        inputWarnings = List.copyOf(inputWarnings);
        inputNotes = List.copyOf(inputNotes);
        boundaries = List.copyOf(boundaries);
    }

    /** A dataset without a register of vulnerable workers. */
    public Dataset(RegionCatalog regions, Categories categories, List<WorkforceRecord> workforce,
                   List<ParticipantRecord> participants, List<VulnerableRecord> vulnerable, List<TargetRecord> targets,
                   List<BudgetRecord> budgets, List<RegulationRecord> regulations, Parameters parameters,
                   List<InputFile> inputFiles, List<InputWarning> inputWarnings, List<Text> inputNotes,
                   List<Boundary> boundaries) {
        this(regions, categories, workforce, participants, vulnerable, targets, budgets, regulations, parameters,
                inputFiles, inputWarnings, inputNotes, boundaries, RegisterReport.none());
    }

    /** A dataset without a boundary file. */
    public Dataset(RegionCatalog regions, Categories categories, List<WorkforceRecord> workforce,
                   List<ParticipantRecord> participants, List<VulnerableRecord> vulnerable, List<TargetRecord> targets,
                   List<BudgetRecord> budgets, List<RegulationRecord> regulations, Parameters parameters,
                   List<InputFile> inputFiles, List<InputWarning> inputWarnings, List<Text> inputNotes) {
        this(regions, categories, workforce, participants, vulnerable, targets, budgets, regulations, parameters,
                inputFiles, inputWarnings, inputNotes, List.of());
    }

    /** A dataset whose every cell was read as written. */
    public Dataset(RegionCatalog regions, Categories categories, List<WorkforceRecord> workforce,
                   List<ParticipantRecord> participants, List<VulnerableRecord> vulnerable, List<TargetRecord> targets,
                   List<BudgetRecord> budgets, List<RegulationRecord> regulations, Parameters parameters,
                   List<InputFile> inputFiles) {
        this(regions, categories, workforce, participants, vulnerable, targets, budgets, regulations, parameters,
                inputFiles, List.of(), List.of());
    }

    /**
     * A short fingerprint of the input: the first 12 hex digits of the SHA-256 over each input
     * file's name and SHA-256, so that a report can be traced to the exact files it came from.
     */
    public String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            inputFiles.stream().sorted(Comparator.comparing(InputFile::name)).forEach(f -> digest.update(
                    (f.name() + " " + f.sha256() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The months that have a workforce row, oldest first. */
    public SortedSet<YearMonth> periods() {
        SortedSet<YearMonth> periods = new TreeSet<>();
        workforce.forEach(w -> periods.add(w.period()));
        return periods;
    }
}
