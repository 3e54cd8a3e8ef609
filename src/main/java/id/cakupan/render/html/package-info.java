/** The static dashboard: FreeMarker setup, pre-formatted page models, inline SVG charts and map, the site writer. */
package id.cakupan.render.html;
