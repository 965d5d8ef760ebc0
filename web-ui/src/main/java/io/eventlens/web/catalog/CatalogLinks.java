package io.eventlens.web.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deep links to catalog pages; keys travel as query parameters, so any character is safe. */
final class CatalogLinks {

    private CatalogLinks() {}

    static Anchor service(String id, String text) {
        return link(ServiceView.class, Map.of("id", id), text);
    }

    static Anchor message(String key, String text) {
        return link(MessageView.class, Map.of("key", key), text);
    }

    static String messageUrl(String key, String left, String right) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("key", key);
        if (left != null && right != null) {
            parameters.put("left", left);
            parameters.put("right", right);
        }
        return url(MessageView.class, parameters);
    }

    private static Anchor link(Class<? extends Component> view, Map<String, String> parameters, String text) {
        return new Anchor(url(view, parameters), text);
    }

    private static String url(Class<? extends Component> view, Map<String, String> parameters) {
        return RouteConfiguration.forSessionScope().getUrl(view) + "?"
                + QueryParameters.simple(parameters).getQueryString();
    }
}
