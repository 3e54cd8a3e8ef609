package id.cakupan.indicators;

import java.util.List;

import id.cakupan.model.InputFile;
import id.cakupan.model.Parameters;
import id.cakupan.model.RegisterSummary;

/**
 * Where the figures come from, as the reports state it.
 *
 * @param fingerprint       the short fingerprint of the input files (see {@code Dataset.fingerprint})
 * @param inputFiles        the files read, with their SHA-256
 * @param parameters        the settings used, such as the premium
 * @param hasVulnerableData whether the data has any protected-worker rows: without them, "0 of
 *                          114,000 protected" would state a fact the data does not hold
 * @param register          the counts of the register of vulnerable workers (no personal data), or
 *                          {@link RegisterSummary#none} without one
 */
public record Source(String fingerprint, List<InputFile> inputFiles, Parameters parameters,
                     boolean hasVulnerableData, RegisterSummary register) {

    public Source {
        inputFiles = List.copyOf(inputFiles);
    }

    /** Without a register of vulnerable workers. */
    public Source(String fingerprint, List<InputFile> inputFiles, Parameters parameters, boolean hasVulnerableData) {
        this(fingerprint, inputFiles, parameters, hasVulnerableData, RegisterSummary.none());
    }
}
