package io.eventlens.web.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Folders the application adds to {@code eventlens.catalog.folders}: the demo adds the bundled
 * reference system's AsyncAPI documents this way.
 */
public record ExtraCatalogFolders(List<Path> folders) {

    public ExtraCatalogFolders {
        folders = List.copyOf(folders);
    }
}
