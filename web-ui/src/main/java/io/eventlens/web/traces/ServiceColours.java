package io.eventlens.web.traces;

import java.util.List;

/** One colour per service of an action, in the order the services first appear. */
final class ServiceColours {

    private static final List<String> PALETTE =
            List.of("#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22");

    private ServiceColours() {}

    static String of(List<String> services, String service) {
        int index = Math.max(0, services.indexOf(service));
        return PALETTE.get(index % PALETTE.size());
    }
}
