package id.cakupan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.check.DatasetChecker;
import id.cakupan.load.DatasetLoader;
import id.cakupan.load.InputFiles;
import id.cakupan.load.ReferenceRegions;

/** The synthetic national data is valid, complete and the same every time. */
class NationalSampleTest {

    @Test
    void writesAValidDeterministicDatasetWithEveryFile(@TempDir Path temp) throws Exception {
        new NationalSample(3, 4).write(temp.resolve("a"));
        new NationalSample(3, 4).write(temp.resolve("b"));
        for (String file : InputFiles.ALL) {
            assertTrue(Files.isRegularFile(temp.resolve("a").resolve(file)), file);
            assertEquals(Files.readString(temp.resolve("a").resolve(file)), Files.readString(temp.resolve("b").resolve(file)),
                    file + " is deterministic");
        }
        var checked = DatasetChecker.check(new DatasetLoader(temp.resolve("a"), ReferenceRegions.catalog()).load());
        assertEquals(4, checked.dataset().periods().size());
        long regencies = checked.totals().keySet().stream().map(k -> k.regionCode()).distinct()
                .filter(code -> code.contains(".")).count();
        assertEquals(ReferenceRegions.catalog().children("11").size() + ReferenceRegions.catalog().children("12").size()
                + ReferenceRegions.catalog().children("13").size(), regencies, "every regency of the three provinces");
        assertTrue(checked.warnings().stream().allMatch(w -> w.regionCode().equals("00")),
                "no warning but the country summed from 3 of 38 provinces: " + checked.warnings());
    }
}
