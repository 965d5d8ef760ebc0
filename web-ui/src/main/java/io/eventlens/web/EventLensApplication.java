package io.eventlens.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** EventLens: the web application that wires every module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme(themeClass = Lumo.class)
public class EventLensApplication implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    public static void main(String[] args) {
        SpringApplication.run(EventLensApplication.class, args);
    }
}
