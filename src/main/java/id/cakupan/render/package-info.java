/** Renderers: one class per output behind {@link id.cakupan.render.Renderer}, with the shared Indonesian/English formatting. */
package id.cakupan.render;
