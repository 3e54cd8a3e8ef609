/**
 * CSV readers that turn the data folder into a {@link id.cakupan.model.Dataset}; owns
 * {@link id.cakupan.load.DataError}, the error type with file, line and column.
 */
package id.cakupan.load;
