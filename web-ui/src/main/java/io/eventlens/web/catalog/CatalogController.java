package io.eventlens.web.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Message;
import io.eventlens.catalog.model.SharedDefinitions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * {@code GET /api/catalog}: services (applications only), shared definitions, messages and failed
 * documents; {@code ?q=} searches. The whole catalog is written once per catalog state and sent with an
 * {@code ETag}: a client that sends it back in {@code If-None-Match} gets a 304 until the catalog changes.
 */
@RestController
@RequestMapping("/api/catalog")
class CatalogController {

    private final CatalogService catalog;
    private final ObjectMapper json;
    private volatile Written written;

    /** The catalog state as JSON, and its entity tag. */
    private record Written(CatalogState state, byte[] json, String etag) {}

    CatalogController(CatalogService catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<?> catalog(@RequestParam(name = "q", required = false) String query, WebRequest request)
            throws JsonProcessingException {
        CatalogState state = catalog.state();
        if (query != null && !query.isBlank()) {
            return ResponseEntity.ok(body(state, query));
        }
        Written answer = written;
        if (answer == null || answer.state() != state) {
            byte[] bytes = json.writeValueAsBytes(body(state, null));
            answer = new Written(state, bytes, UUID.nameUUIDFromBytes(bytes).toString());
            written = answer;
        }
        if (request.checkNotModified(answer.etag())) {
            return null;
        }
        return ResponseEntity.ok()
                .eTag(answer.etag())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer.json());
    }

    private Map<String, Object> body(CatalogState state, String query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "services",
                state.current().applications().stream()
                        .map(s -> Map.of(
                                "id",
                                state.serviceIds().of(s),
                                "title",
                                String.valueOf(s.title()),
                                "version",
                                String.valueOf(s.version()),
                                "owner",
                                SharedDefinitionsList.ownerName(s)))
                        .toList());
        body.put(
                "sharedDefinitions",
                state.current().sharedDefinitions().stream().map(this::shared).toList());
        body.put(
                "messages",
                state.messageKeys().stream().map(key -> message(state, key)).toList());
        body.put(
                "failed",
                state.failed().stream()
                        .map(f -> Map.of(
                                "file",
                                catalog.shown(f.file()),
                                "problems",
                                f.problems().stream()
                                        .map(p -> catalog.shownIn(p.toString()))
                                        .toList()))
                        .toList());
        if (query != null && !query.isBlank()) {
            body.put(
                    "hits",
                    state.current().search(query).stream()
                            .map(h -> Map.of(
                                    "kind",
                                    h.kind().name(),
                                    "id",
                                    h.id(),
                                    "document",
                                    catalog.shown(h.document()),
                                    "matchedIn",
                                    h.matchedIn()))
                            .toList());
        }
        return body;
    }

    private Map<String, Object> shared(SharedDefinitions definitions) {
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("id", definitions.info().id());
        shared.put("title", String.valueOf(definitions.info().title()));
        shared.put("version", String.valueOf(definitions.info().version()));
        shared.put("owner", SharedDefinitionsList.ownerName(definitions.info()));
        shared.put("document", catalog.shown(definitions.info().document()));
        shared.put("components", definitions.components());
        shared.put("usedBy", definitions.usedBy());
        return shared;
    }

    private static Map<String, Object> message(CatalogState state, String key) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("key", key);
        message.put(
                "versions",
                state.versions(key).stream().map(Message::schemaVersion).toList());
        message.put("producers", CatalogAnswers.serviceIds(state, Action.SEND, key));
        message.put("consumers", CatalogAnswers.serviceIds(state, Action.RECEIVE, key));
        return message;
    }

    /**
     * {@code GET /api/catalog/messages/{key}}: the message with its versions, producers and consumers (stable service
     * ids), channels, and {@code fields} as the message page's tree lists them ({@code data.lines[].sku}).
     */
    @GetMapping("/messages/{key}")
    CatalogAnswers.MessageAnswer message(@PathVariable String key) {
        CatalogAnswers.MessageAnswer answer = CatalogAnswers.message(catalog.state(), key);
        if (answer == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no message '" + key + "' in the catalog; GET /api/catalog lists the messages");
        }
        return answer;
    }

    /**
     * {@code GET /api/catalog/services/{id}} by stable id ({@code info.x-eventlens-id}, else a slug of the title); an
     * older id (the title) answers 301 to the stable address.
     */
    @GetMapping("/services/{id}")
    ResponseEntity<CatalogAnswers.ServiceAnswer> service(@PathVariable String id) {
        CatalogState state = catalog.state();
        if (state.serviceIds().service(id) == null && state.serviceIds().find(id) != null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/catalog/services/"
                            + UriUtils.encodePathSegment(state.serviceIds().find(id), StandardCharsets.UTF_8)))
                    .build();
        }
        CatalogAnswers.ServiceAnswer answer = CatalogAnswers.service(catalog, state, id);
        if (answer == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "no service '" + id + "' in the catalog; GET /api/catalog lists the services");
        }
        return ResponseEntity.ok(answer);
    }
}
