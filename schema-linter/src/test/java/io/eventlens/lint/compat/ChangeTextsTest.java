package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ChangeKind.properties holds a message for every kind and speaks of no kind the enum lacks. */
class ChangeTextsTest {

    @Test
    void everyKeyOfTheTextsNamesAChangeKind() {
        assertThat(ChangeTexts.kindsNamed())
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(ChangeKind.values()).map(Enum::name).toList());
    }

    @Test
    void aKindsMessageIsTheLineOfItsNameWithThePlaceholdersFilledIn() {
        assertThat(ChangeKind.TYPE_CHANGED.explain("/properties/id", "\"string\"", "\"integer\""))
                .isEqualTo("The type at '/properties/id' changed from \"string\" to \"integer\", and neither "
                        + "accepts all values of the other.");
        assertThat(ChangeKind.SCHEMA_MADE_TRUE.remedy())
                .isEqualTo("write {} (or list the types) instead of the boolean true, or check under LENIENT, "
                        + "which reads true as accepting every value");
    }

    @Test
    void aNameWithoutAMessageFailsNamingTheKeyToAdd() {
        assertThatThrownBy(() -> ChangeTexts.message("NO_SUCH_KIND"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no message for change kind NO_SUCH_KIND in ChangeKind.properties "
                        + "(io/eventlens/lint/compat); add a line 'NO_SUCH_KIND = <message>'");
    }

    @Test
    void aKindWithoutARemedyHasTheEmptyOne() {
        assertThat(ChangeTexts.remedy(ChangeKind.TYPE_CHANGED.name())).isEmpty();
    }
}
