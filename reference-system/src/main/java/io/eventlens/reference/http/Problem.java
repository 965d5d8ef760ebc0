package io.eventlens.reference.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.event.EventCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, and for invalid input each bad field's JSON Pointer.
 *
 * @param type a URI naming the kind of problem
 * @param errors one entry per bad field; empty when the problem is not about fields
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = List.copyOf(errors);
    }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem("https://eventlens.io/problems/" + kind, title, status, detail, List.of());
    }

    /** @param pointer JSON Pointer into the request body, e.g. {@code /line_items/2/quantity} */
    public record FieldError(String pointer, String detail) {}

    /** The {@code application/problem+json} body, with {@code instance} the request path. */
    public byte[] body(String instance) {
        ObjectNode body = EventCodec.object()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        if (!errors.isEmpty()) {
            var list = body.putArray("errors");
            for (FieldError error : errors) {
                list.addObject().put("pointer", error.pointer()).put("detail", error.detail());
            }
        }
        return EventCodec.text(body).getBytes(StandardCharsets.UTF_8);
    }
}
