package id.cakupan.model;

/** Where a record came from: the file as the user named it and the line its row starts on. */
public record SourceRef(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
