package io.eventlens.web.db;

import io.eventlens.web.startup.StartupException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Migrates the database at start; a database that cannot be reached stops the start with one line. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseStatus databaseStatus(DataSource dataSource, DataSourceProperties properties, DataFolder dataFolder) {
        String url = properties.determineUrl();
        try {
            return new DatabaseStatus(url, ModuleMigrations.migrate(dataSource));
        } catch (FlywayException e) {
            if (ModuleMigrations.isConnectionFailure(e)) {
                throw new StartupException(
                        "spring.datasource.url",
                        url,
                        "the database cannot be reached (" + rootMessage(e) + ")",
                        "Start the database or correct spring.datasource.url, .username and .password;"
                                + " leave them unset for the embedded H2 database in " + dataFolder.path() + ".",
                        e);
            }
            throw new StartupException(
                    "spring.datasource.url",
                    url,
                    "migrating the database failed (" + rootMessage(e) + ")",
                    "Check that the user may create tables in this database and that no other program changed them.",
                    e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
