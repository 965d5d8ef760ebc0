package io.eventlens.web.db;

import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.startup.StartupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The folder EventLens keeps its files in, checked writable before anything writes there. */
@Component
public class DataFolder {

    private final Path path;

    public DataFolder(EventLensProperties properties) {
        this.path = check(properties.dataDir().toAbsolutePath().normalize());
    }

    public Path path() {
        return path;
    }

    static Path check(Path folder) {
        String action =
                "Choose a folder this user can write with --eventlens.data-dir=<folder>, or fix its permissions.";
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
            return folder;
        } catch (IOException | SecurityException e) {
            throw new StartupException(
                    "eventlens.data-dir", folder.toString(), "the folder cannot be written (" + e + ")", action, e);
        }
    }
}
