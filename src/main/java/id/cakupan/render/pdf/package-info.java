/** JasperReports: compile the JRXML templates once per run, fill them with pre-formatted view models, export PDF. */
package id.cakupan.render.pdf;
