package io.eventlens.web.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page whose feature is not built yet: it says so plainly, and what it will show. */
abstract class PlannedView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    PlannedView(String title, String willShow) {
        addClassName("planned-view");
        Paragraph notYet = new Paragraph(title + " is not built yet.");
        notYet.addClassName("not-built");
        notYet.getStyle().set("font-weight", "600");
        add(new H2(title), notYet, new Paragraph("It will show " + willShow));
    }
}
