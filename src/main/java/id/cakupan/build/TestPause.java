package id.cakupan.build;

/**
 * Named steps of staging and publishing at which a test can stop a run, to kill it exactly there:
 * with {@code CAKUPAN_TEST_PAUSE=STEP} in its environment, a run that reaches that step prints
 * {@code cakupan: paused at STEP} on standard error and waits to be killed. Without the variable a
 * step costs nothing. The steps: {@code locked} (before the clean-up), {@code staged},
 * {@code linked} (a {@code --region} update has linked its first file), {@code retired} (between the
 * two renames of the swap), {@code swapped} (after them) and {@code deleting} (a folder being
 * deleted has lost its first file).
 */
final class TestPause {

    private static final String STEP = System.getenv("CAKUPAN_TEST_PAUSE");

    private TestPause() {
    }

    static void at(String step) {
        if (!step.equals(STEP)) {
            return;
        }
        System.err.println("cakupan: paused at " + step);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // waits to be killed
            }
        }
    }
}
