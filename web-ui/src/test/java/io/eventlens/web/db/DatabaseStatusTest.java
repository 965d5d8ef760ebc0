package io.eventlens.web.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseStatusTest {

    @Test
    void an_h2_file_url_is_shown_without_its_settings() {
        DatabaseStatus status =
                new DatabaseStatus("jdbc:h2:file:./data/eventlens;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", 1);

        assertThat(status.kind()).isEqualTo("H2 (file)");
        assertThat(status.location()).isEqualTo("jdbc:h2:file:./data/eventlens");
    }

    @Test
    void a_postgresql_url_is_shown_without_its_query() {
        DatabaseStatus status = new DatabaseStatus("jdbc:postgresql://db:5432/eventlens?currentSchema=x&ssl=true", 0);

        assertThat(status.kind()).isEqualTo("PostgreSQL");
        assertThat(status.location()).isEqualTo("jdbc:postgresql://db:5432/eventlens");
    }

    @Test
    void another_driver_is_named_by_its_url() {
        assertThat(new DatabaseStatus("jdbc:mariadb://db/x", 0).kind()).isEqualTo("mariadb");
    }
}
