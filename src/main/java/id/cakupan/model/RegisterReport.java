package id.cakupan.model;

import java.util.List;

/**
 * The register of vulnerable workers as checked: its counts ({@link RegisterSummary}, which may be
 * published) and its findings, row by row with masked NIKs, which stay with the officer.
 *
 * @param findings     the problem rows, by file and line; at most {@code keptFindings} of them
 * @param moreFindings problem rows past those listed
 */
public record RegisterReport(RegisterSummary summary, List<RegisterFinding> findings, long moreFindings) {

    public RegisterReport {
        findings = List.copyOf(findings);
    }

    public static RegisterReport none() {
        return new RegisterReport(RegisterSummary.none(), List.of(), 0);
    }

    public boolean isGiven() {
        return summary.isGiven();
    }
}
