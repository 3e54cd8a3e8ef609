/**
 * Immutable records for everything the generator reads: regions, periods, participants, vulnerable
 * workers, targets, budgets, regulations, and the loaded {@link id.cakupan.model.Dataset}.
 */
package id.cakupan.model;
