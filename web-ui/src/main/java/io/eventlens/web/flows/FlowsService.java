package io.eventlens.web.flows;

import io.eventlens.flow.export.ExportFormat;
import io.eventlens.flow.export.FlowExports;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.catalog.CatalogState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The flow report of the current catalog, built once per catalog state: the page, the REST API and the
 * dashboard all read it from here, so they show the same graph and the same findings.
 */
@Service
public class FlowsService {

    private final CatalogService catalog;
    private volatile Cached cached;

    /** One catalog state's report and the exports written from it (an SVG of a large catalog takes seconds). */
    private record Cached(CatalogState state, FlowReport report, Map<ExportFormat, String> exports) {}

    public FlowsService(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** The graph and findings of the catalog as it is now. */
    public FlowReport report() {
        return current().report();
    }

    private Cached current() {
        CatalogState state = catalog.state();
        Cached now = cached;
        if (now == null || now.state() != state) {
            now = new Cached(state, FlowReport.of(state.current()), new ConcurrentHashMap<>());
            cached = now;
        }
        return now;
    }

    /** The catalog state the report was built from (for failed documents). */
    public CatalogState state() {
        return catalog.state();
    }

    /** The current report in a format. */
    public String export(ExportFormat format) {
        Cached now = current();
        return now.exports().computeIfAbsent(format, f -> FlowExports.write(now.report(), f));
    }
}
