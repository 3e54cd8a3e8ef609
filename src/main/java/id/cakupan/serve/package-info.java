/**
 * {@code cakupan serve}: the live preview. {@link id.cakupan.serve.PreviewServer} serves the site
 * folder of the output over HTTP, {@link id.cakupan.serve.FolderWatch} watches the data and the
 * templates, {@link id.cakupan.serve.Rebuilder} rebuilds after a quiet moment, one build at a time,
 * and the open pages reload through Server-Sent Events.
 */
package id.cakupan.serve;
