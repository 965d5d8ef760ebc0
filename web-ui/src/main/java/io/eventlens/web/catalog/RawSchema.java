package io.eventlens.web.catalog;

import com.vaadin.flow.component.Html;

/** A schema's text with line numbers, as written (references not followed), for the raw view of the message page. */
final class RawSchema {

    private RawSchema() {}

    static Html of(String text) {
        String[] lines = text.split("\n", -1);
        int width = String.valueOf(lines.length).length();
        StringBuilder html = new StringBuilder(
                "<pre class=\"raw-schema\" style=\"white-space: pre-wrap; overflow-wrap: anywhere; width: 100%\">");
        for (int i = 0; i < lines.length; i++) {
            html.append("<span class=\"line-number\" style=\"color: var(--lumo-secondary-text-color);"
                            + " user-select: none\">")
                    .append(String.format("%" + width + "d", i + 1))
                    .append("</span>  ")
                    .append(escape(lines[i]))
                    .append('\n');
        }
        return new Html(html.append("</pre>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
