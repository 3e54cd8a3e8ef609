/** JFreeChart builders shared by the PDF briefings and the dashboard; they return charts and never write files. */
package id.cakupan.render.chart;
