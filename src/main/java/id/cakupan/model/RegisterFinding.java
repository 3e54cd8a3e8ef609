package id.cakupan.model;

import java.util.List;

import id.cakupan.text.Text;

/**
 * A problem of a row of the register of vulnerable workers, for the officer's private findings
 * ({@code temuan_daftar.csv}), never for a published output: the row, the worker's NIK masked
 * ({@code 170101******0003}), what is wrong, and the other rows of the same NIK: the first few, and
 * how many more there are (a NIK filled down a column may be on thousands of rows).
 *
 * @param problem    a key of the terminal catalogue and its arguments, worded in the build's language
 * @param moreOthers how many other rows of the same NIK {@code others} leaves out
 */
public record RegisterFinding(SourceRef row, String maskedNik, Text problem, List<SourceRef> others, long moreOthers)
        implements Comparable<RegisterFinding> {

    public RegisterFinding {
        others = List.copyOf(others);
    }

    @Override
    public int compareTo(RegisterFinding other) {
        int byFile = row.file().compareTo(other.row.file());
        return byFile != 0 ? byFile : Integer.compare(row.line(), other.row.line());
    }
}
