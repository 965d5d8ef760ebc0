package io.eventlens.catalog.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointersTest {

    @Test
    void aTokenWithTildeAndSlashIsEscapedTildeFirst() {
        assertThat(JsonPointers.escape("a~/b")).isEqualTo("a~0~1b");
        assertThat(JsonPointers.unescape("a~0~1b")).isEqualTo("a~/b");
        assertThat(JsonPointers.unescape("~01")).isEqualTo("~1");
    }

    @Test
    void childrenAreAppendedEscaped() {
        assertThat(JsonPointers.child("", "channels")).isEqualTo("/channels");
        assertThat(JsonPointers.child("/channels", "user/signedup", "messages"))
                .isEqualTo("/channels/user~1signedup/messages");
        assertThat(JsonPointers.child("/allOf", 2)).isEqualTo("/allOf/2");
    }

    @Test
    void tokensAreReadBackUnescapedAndTheWholeDocumentHasNone() {
        assertThat(JsonPointers.tokens("/channels/user~1signedup//x~0y"))
                .containsExactly("channels", "user/signedup", "", "x~y");
        assertThat(JsonPointers.tokens("")).isEmpty();
        assertThat(JsonPointers.last("/components/messages/a~1b")).isEqualTo("a/b");
        assertThat(JsonPointers.last("")).isEmpty();
    }

    @Test
    void aRefTokenIsPercentDecodedBeforeItIsUnescaped() {
        assertThat(JsonPointers.refToken("user%2Fsigned~1up%7B")).isEqualTo("user/signed/up{");
        assertThat(JsonPointers.refToken("a+b")).isEqualTo("a+b");
    }
}
