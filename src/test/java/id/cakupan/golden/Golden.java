package id.cakupan.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.cakupan.Fixtures;

/**
 * The golden files under {@code src/test/resources/golden/}, read from and written to the source tree
 * (not the copy on the class path) so that {@code -Dgolden.update=true} rewrites the files under
 * review. A mismatch fails with the first differing lines, numbered, in a unified diff's form.
 */
final class Golden {

    static final Path ROOT = Fixtures.projectDir().resolve("src/test/resources/golden");

    /** {@code -Dgolden.update=true}: write the outputs of this build as the new goldens. */
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static final int CONTEXT = 2;
    private static final int MAX_DIFF_LINES = 40;

    private Golden() {
    }

    /** Compares the text with the golden file of that name, or writes it there when updating. */
    static void check(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail("no golden file " + file + "; -Dgolden.update=true writes it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("golden/" + name + " differs from this build (- golden, + build; -Dgolden.update=true "
                    + "accepts the build):\n" + diff(expected, actual));
        }
    }

    /** The first differing lines of two texts, with line numbers and a little context. */
    static String diff(String expected, String actual) {
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        if (a.size() == b.size() && expected.replace("\r", "").equals(actual.replace("\r", ""))) {
            return "the same lines with other line endings (" + endings(expected) + " in the golden, "
                    + endings(actual) + " in the build)";
        }
        List<String> edits = edits(a, b);
        Set<String> removed = new HashSet<>();
        Set<String> added = new HashSet<>();
        for (String edit : edits) {
            if (edit.charAt(0) == '-') {
                removed.add(plain(edit.substring(2)));
            } else if (edit.charAt(0) == '+') {
                added.add(plain(edit.substring(2)));
            }
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int changed = (int) edits.stream().filter(e -> e.charAt(0) != ' ').count();
        out.append(changed).append(" lines removed or added\n");
        int i = 0;
        while (i < edits.size() && shown < MAX_DIFF_LINES) {
            if (edits.get(i).charAt(0) == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is within two context widths
            for (int j = i; j < edits.size() && j <= end + 2 * CONTEXT; j++) {
                if (edits.get(j).charAt(0) != ' ') {
                    end = j;
                }
            }
            int stop = Math.min(edits.size(), end + CONTEXT + 1);
            out.append("@@ golden line ").append(lineOf(edits, start, '+')).append(", build line ")
                    .append(lineOf(edits, start, '-')).append(" @@\n");
            for (int k = start; k < stop && shown < MAX_DIFF_LINES; k++, shown++) {
                String edit = edits.get(k);
                boolean invisible = edit.charAt(0) != ' ' && removed.contains(plain(edit.substring(2)))
                        && added.contains(plain(edit.substring(2)));
                out.append(invisible ? visible(edit) : edit.replaceFirst("\r$", "")).append('\n');
            }
            i = stop;
        }
        if (shown >= MAX_DIFF_LINES) {
            out.append("…\n");
        }
        return out.toString();
    }

    /** Line number (1-based) at edit index in one side: counts every edit that is not of the other side. */
    private static int lineOf(List<String> edits, int index, char otherSide) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (edits.get(k).charAt(0) != otherSide) {
                line++;
            }
        }
        return line;
    }

    /** A line diff by longest common subsequence: each line prefixed with ' ', '-' or '+'. */
    private static List<String> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add("  " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add("- " + a.get(i++));
            } else {
                edits.add("+ " + b.get(j++));
            }
        }
        return edits;
    }

    /** The line as it looks: no-break spaces as spaces, no carriage returns or tabs. */
    private static String plain(String line) {
        return line.replace('\u00a0', ' ').replace('\u202f', ' ').replace("\r", "").replace('\t', ' ');
    }

    /** Names the characters that look like others, for lines that differ only in them. */
    private static String visible(String line) {
        return line.replace("\u00a0", "⟨nbsp⟩").replace("\u202f", "⟨nnbsp⟩").replace("\r", "⟨cr⟩")
                .replace("\t", "⟨tab⟩");
    }

    private static String endings(String text) {
        return text.contains("\r\n") ? "CRLF" : "LF";
    }
}
