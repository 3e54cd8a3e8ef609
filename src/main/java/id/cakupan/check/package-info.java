/**
 * Rules across rows and files (roll-up agreement, participants without a workforce row) and
 * data-quality warnings over a loaded dataset.
 */
package id.cakupan.check;
