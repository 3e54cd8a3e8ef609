package id.cakupan.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.cakupan.Fixtures;

/** data/ is exactly what the generator writes, so the sample data cannot drift from its recipe. */
class BengkuluSampleTest {

    @Test
    void dataFolderIsTheGeneratorsOutput(@TempDir Path temp) throws Exception {
        new BengkuluSample().write(temp);
        for (String name : new BengkuluSample().files().keySet()) {
            assertEquals(Files.readString(temp.resolve(name)),
                    Files.readString(Fixtures.projectDir().resolve("data").resolve(name)),
                    "data/" + name + " differs from BengkuluSample: regenerate it with "
                            + "java -cp target/test-classes id.cakupan.sample.BengkuluSample data");
        }
    }
}
