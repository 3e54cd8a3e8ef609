package id.cakupan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MountPointsTest {

    @Test
    void readsTheMountPointsOfMountinfoWithTheirEscapes() {
        List<String> lines = List.of(
                "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "62 42 0:38 / /tmp/usb\\040stick rw,relatime - tmpfs none rw",
                "63 42 8:1 /srv/a /mnt/back\\134slash\\011tab rw - ext4 /dev/sda1 rw",
                "");
        assertEquals(Set.of(Path.of("/"), Path.of("/tmp/usb stick"), Path.of("/mnt/back\\slash\ttab")),
                MountPoints.listed(lines));
    }
}
