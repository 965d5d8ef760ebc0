package io.eventlens.web.dlq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.eventlens.dlq.replay.FixResult;
import io.eventlens.dlq.validate.SchemaVerdict;

/**
 * Edit one record's payload and send it: the edit is validated against the record's schema first,
 * and "Send" only opens once the text as it stands has validated (or has no schema to check against).
 */
class FixDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextArea payload = new TextArea("Payload");
    private final TextField target = new TextField("Target (blank: the original topic)");
    private final Pre verdict = new Pre();
    private final Button send = new Button("Send fixed record");

    FixDialog(DlqService dlq, String queue, String id, Runnable after) {
        setHeaderTitle("Fix and replay " + id);
        addClassName("dlq-fix-dialog");
        setWidth("48em");
        payload.addClassName("fix-payload");
        payload.setWidthFull();
        payload.setHeight("16em");
        payload.setValue(pretty(dlq.rawPayload(queue, id)));
        target.addClassName("fix-target");
        verdict.addClassName("fix-verdict");
        send.addClassName("fix-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        payload.addValueChangeListener(e -> send.setEnabled(false));
        Button validate = new Button("Validate", e -> validate(dlq, queue, id));
        validate.addClassName("fix-validate");
        send.addClickListener(e -> {
            try {
                FixResult result = dlq.fix(queue, id, payload.getValue(), target.getValue());
                verdict.setText(
                        result.sent()
                                ? "Sent to " + result.target() + " (replay id " + result.replayId() + ")"
                                : "Not sent: "
                                        + String.join("; ", result.verdict().problems()));
                send.setEnabled(false);
                after.run();
            } catch (RuntimeException ex) {
                verdict.setText("Not sent: " + ex.getMessage());
            }
        });
        add(payload, target, verdict);
        getFooter().add(new Button("Close", e -> close()), validate, send);
    }

    private void validate(DlqService dlq, String queue, String id) {
        JsonNode json;
        try {
            json = JSON.readTree(payload.getValue());
        } catch (JsonProcessingException e) {
            verdict.setText("Not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
            send.setEnabled(false);
            return;
        }
        SchemaVerdict result = dlq.validate(queue, id, json);
        StringBuilder text = new StringBuilder(
                switch (result.status()) {
                    case VALID -> "Valid against " + result.schema();
                    case INVALID -> "Invalid against " + result.schema();
                    case NO_SCHEMA -> "No schema to check against; it may be sent as it is";
                    case NOT_JSON -> "Not JSON";
                });
        result.problems().forEach(p -> text.append('\n').append(p));
        verdict.setText(text.toString());
        send.setEnabled(
                result.status() == SchemaVerdict.Status.VALID || result.status() == SchemaVerdict.Status.NO_SCHEMA);
    }

    private static String pretty(String text) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
