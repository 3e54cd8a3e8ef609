/** Excel workbooks: the indicator tables as typed sheets, and the data-entry template officials fill in. */
package id.cakupan.render.xlsx;
