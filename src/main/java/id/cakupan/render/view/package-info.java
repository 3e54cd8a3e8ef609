/**
 * The one formatted view of a region and language ({@link id.cakupan.render.view.RegionView}): cards,
 * findings, tables, chart specifications and notes. Figures become text here and nowhere else; every
 * output (briefing, one-pager, web page) lays out this view.
 */
package id.cakupan.render.view;
