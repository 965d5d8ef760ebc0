package io.eventlens.web.catalog;

import io.eventlens.catalog.history.SnapshotStore;
import io.eventlens.web.db.DatabaseStatus;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's snapshot store, over the migrated database. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    SnapshotStore snapshotStore(DataSource dataSource, DatabaseStatus migrated) {
        return new SnapshotStore(dataSource, Clock.systemUTC());
    }
}
