package io.eventlens.web.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.model.Service;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Stable ids of services for links and the REST API: {@code info.x-eventlens-id} when the document declares one,
 * else a slug of {@code info.title} ({@code Order service} is {@code order-service}), else of the file name; unique
 * across the catalog (a clash gets {@code -2}, {@code -3}, ... in catalog order). A renamed title keeps a declared
 * id; links by the catalog model's id (the title, as links had before) still find the service ({@link #find}).
 */
final class ServiceIds {

    static final String DECLARED = "x-eventlens-id";

    private final Map<Service, String> byService = new IdentityHashMap<>();
    private final Map<String, Service> byStableId = new LinkedHashMap<>();
    private final Map<String, String> byModelId = new LinkedHashMap<>();

    private ServiceIds() {}

    /** The ids of {@code services}; {@code treeOf} gives a document's bundled tree by its name (null if unknown). */
    static ServiceIds of(List<Service> services, Function<String, JsonNode> treeOf) {
        ServiceIds ids = new ServiceIds();
        Set<String> taken = new HashSet<>();
        for (Service service : services) {
            String wanted = wanted(service, treeOf.apply(service.document()));
            String id = wanted;
            for (int n = 2; !taken.add(id); n++) {
                id = wanted + "-" + n;
            }
            ids.byService.put(service, id);
            ids.byStableId.put(id, service);
            ids.byModelId.putIfAbsent(service.id(), id);
        }
        return ids;
    }

    static ServiceIds empty() {
        return new ServiceIds();
    }

    /** The stable id of a service of the catalog. */
    String of(Service service) {
        String id = byService.get(service);
        return id != null ? id : of(service.id());
    }

    /** The stable id of the service the catalog model names {@code modelId} (operations name services so). */
    String of(String modelId) {
        return byModelId.getOrDefault(modelId, slug(modelId));
    }

    /** The service with this stable id, or null. */
    Service service(String id) {
        return byStableId.get(id);
    }

    /** The stable id a link by an older id (the model's id: a title) stands for, or null. */
    String find(String oldId) {
        return byModelId.get(oldId);
    }

    private static String wanted(Service service, JsonNode tree) {
        JsonNode declared = tree == null ? null : tree.path("info").get(DECLARED);
        if (declared != null && declared.isTextual() && !slug(declared.asText()).isEmpty()) {
            return slug(declared.asText());
        }
        if (service.title() != null && !slug(service.title()).isEmpty()) {
            return slug(service.title());
        }
        String file = service.document() == null ? "" : service.document().replace('\\', '/');
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.(ya?ml|json)$", "");
        return slug(name).isEmpty() ? "service" : slug(name);
    }

    /** Lower case letters, digits and single dashes: {@code Order service (EU)} is {@code order-service-eu}. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }
}
