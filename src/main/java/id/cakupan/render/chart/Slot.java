package id.cakupan.render.chart;

/**
 * A bar's place on a category axis, shown as its label: labels may repeat (two gaps in a ranking, two
 * categories named "Lainnya" in different groups), places do not, so no two bars share a column.
 */
record Slot(int index, String label) implements Comparable<Slot> {

    @Override
    public boolean equals(Object other) {
        // written out: JFreeChart finds a category by a linear search of the chart's categories, a few
        // times per label, and a record's generated equals is slow under the quick compiler
        return other instanceof Slot that && index == that.index && label.equals(that.label);
    }

    @Override
    public int hashCode() {
        return 31 * index + label.hashCode();
    }

    @Override
    public int compareTo(Slot other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
        return label;
    }
}
