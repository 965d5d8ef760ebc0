package io.eventlens.catalog.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document that declares no channels and no operations: a library of components (schemas,
 * messages, ...) that other documents {@code $ref}, not an application. The catalog keeps it apart
 * from {@link Catalog#applications()} so that it is neither counted nor drawn as a service.
 *
 * @param info the document's {@code info}, the same value {@link Catalog#services()} holds for it
 * @param components the names declared under each section of {@code components} ({@code schemas},
 *        {@code messages}, ...), sections and names in document order
 * @param usedBy ids of the services whose documents were built from this document's file (they
 *        {@code $ref} into it); empty when that is not known, as in a catalog of stored snapshots
 */
public record SharedDefinitions(Service info, Map<String, List<String>> components, List<String> usedBy) {

    public SharedDefinitions {
        Objects.requireNonNull(info, "info");
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        components.forEach((section, names) -> ordered.put(section, List.copyOf(names)));
        components = Collections.unmodifiableMap(ordered);
        usedBy = List.copyOf(usedBy);
    }

    /** The names declared under {@code components.<section>}, empty when the section is absent. */
    public List<String> components(String section) {
        return components.getOrDefault(section, List.of());
    }

    /** The same definitions, used by these services. */
    public SharedDefinitions withUsers(List<String> services) {
        return new SharedDefinitions(info, components, services);
    }
}
