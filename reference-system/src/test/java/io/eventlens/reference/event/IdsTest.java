package io.eventlens.reference.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void an_id_is_a_version_7_uuid_with_the_rfc_variant_and_its_millisecond_timestamp() {
        UUID id = Ids.uuid(0x0190_1234_5678L, new SecureRandom());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(0x0190_1234_5678L);
        assertThat(id.toString()).startsWith("01901234-5678-7");
    }

    @Test
    void ids_of_later_milliseconds_sort_after_earlier_ones_as_text() {
        SecureRandom random = new SecureRandom();
        List<String> ids = new ArrayList<>();
        for (long millis = 1_700_000_000_000L; millis < 1_700_000_000_200L; millis++) {
            ids.add(Ids.uuid(millis, random).toString());
        }

        assertThat(ids).isSorted();
    }

    @Test
    void ids_drawn_at_once_are_all_different() {
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(Ids.next());
        }

        assertThat(seen).hasSize(100_000);
    }
}
