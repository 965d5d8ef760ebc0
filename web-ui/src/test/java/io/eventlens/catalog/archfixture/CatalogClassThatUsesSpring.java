package io.eventlens.catalog.archfixture;

import org.springframework.stereotype.Component;

/** A deliberate offender: proves the architecture rules can fail. Test code, never main code. */
@Component
public class CatalogClassThatUsesSpring {

    public String name() {
        return getClass().getAnnotation(Component.class).value();
    }
}
