package id.cakupan.model;

/** An input file that was read: its name in the data folder, data rows, and SHA-256 of its bytes. */
public record InputFile(String name, int rows, String sha256) {
}
