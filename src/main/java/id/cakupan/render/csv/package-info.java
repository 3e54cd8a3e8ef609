/** The machine-readable indicator tables under {@code OUT/data/}. */
package id.cakupan.render.csv;
