/** The picocli commands; maps failures to exit codes and is the only place that calls {@code System.exit}. */
package id.cakupan.cli;
