/**
 * Cards to share: a region's key figure, gap to target, standing and trend as a picture for chat
 * groups and link previews, drawn with Java2D from the region's view.
 */
package id.cakupan.render.card;
