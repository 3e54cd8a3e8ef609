/** Pure calculations from a checked dataset to the indicator tables and key findings: no I/O, no formatting. */
package id.cakupan.indicators;
