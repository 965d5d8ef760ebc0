package io.eventlens.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the UI: logs the failure with an id, and shows the user what happened
 * and what to do, with the id to quote, never a stack trace.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    String id = UUID.randomUUID().toString().substring(0, 8);
                    LOG.error("Unexpected error {} in the UI", id, error.getThrowable());
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> {
                            Notification notification = Notification.show(
                                    userMessage(error.getThrowable())
                                            + " If it happens again, send the administrator this id: " + id + ".",
                                    8_000,
                                    Notification.Position.TOP_CENTER);
                            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                        });
                    }
                }));
    }

    static String userMessage(Throwable error) {
        if (error instanceof IllegalArgumentException && error.getMessage() != null) {
            return error.getMessage();
        }
        return "Something went wrong and the action was not completed. Try again.";
    }
}
