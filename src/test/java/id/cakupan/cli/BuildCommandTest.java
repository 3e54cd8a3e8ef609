package id.cakupan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

import id.cakupan.text.Catalogue;

class BuildCommandTest {

    private static final Catalogue ENGLISH = Catalogue.english();

    /** The file system's exceptions whose message is only a path are described in words. */
    @Test
    void aFileSystemErrorSaysWhatWentWrongNotOnlyWhere() {
        assertEquals("out/pdf/17-bengkulu.pdf: no such file or folder",
                BuildCommand.describe(new NoSuchFileException("out/pdf/17-bengkulu.pdf"), ENGLISH));
        assertEquals("out: permission denied", BuildCommand.describe(new AccessDeniedException("out"), ENGLISH));
        assertEquals(".out.cakupan-retired-7: folder not empty",
                BuildCommand.describe(new DirectoryNotEmptyException(".out.cakupan-retired-7"), ENGLISH));
        assertEquals("out -> .out.cakupan-retired-7: Device or resource busy",
                BuildCommand.describe(new FileSystemException("out", ".out.cakupan-retired-7", "Device or resource busy"), ENGLISH));
    }
}
