/**
 * What the program tells its user, as catalogue keys with arguments ({@link id.cakupan.text.Text}),
 * worded in Indonesian or English only when printed ({@link id.cakupan.text.Catalogue}), so that every
 * stage can report without knowing the reader's language.
 */
package id.cakupan.text;
