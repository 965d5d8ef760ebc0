package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.model.Catalog;
import java.nio.file.Path;

/** The fixture catalogs under {@code src/test/resources/flows}, loaded the way the application loads folders. */
public final class Fixtures {

    private Fixtures() {}

    public static Path folder(String name) {
        return Path.of("src", "test", "resources", "flows", name);
    }

    public static Catalog catalog(String name) {
        CatalogLoad load = new CatalogLoader().load(folder(name));
        assertThat(load.failed()).as("fixture %s loads", name).isEmpty();
        return load.catalog();
    }

    public static FlowGraph graph(String name) {
        return CatalogGraph.of(catalog(name));
    }
}
