package id.cakupan.render;

/** How many outputs are rendered at once: one per core of the machine. */
public final class Workers {

    private Workers() {
    }

    public static int count() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
