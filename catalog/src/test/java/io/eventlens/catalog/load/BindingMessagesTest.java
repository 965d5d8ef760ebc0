package io.eventlens.catalog.load;

import static io.eventlens.catalog.load.Loads.load;
import static io.eventlens.catalog.load.Loads.onlyError;
import static io.eventlens.catalog.load.Loads.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindingMessagesTest {

    private static final String V2 = "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\n";

    @TempDir
    Path dir;

    @Test
    void anUnknownFieldIsNamedWithTheFieldsItsObjectAllows() throws IOException {
        Path file = write(dir, "doc.yaml", "asyncapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\n  dupa: test\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("unknown field 'dupa' in the Info object; allowed: title, version,"
                        + " description, termsOfService, contact, license, tags, externalDocs, or an x- extension");
        assertThat(problem.pointer()).isEqualTo("/info/dupa");
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.column()).isEqualTo(9);
    }

    @Test
    void anUnknownTopLevelFieldThatDiffersOnlyInCaseSuggestsTheRightOne() throws IOException {
        Path file = write(dir, "doc.yaml", "asyncapi: 2.0.0\nINFO: {title: t, version: '1'}\nchannels: {}\n");
        assertThat(onlyError(load(file)).message())
                .isEqualTo("unknown field 'INFO' at the top level (field names are"
                        + " case-sensitive: did you mean 'info'?); allowed: asyncapi, id, "
                        + "info, servers, defaultContentType,"
                        + " channels, components, tags, externalDocs, or an x- extension");
    }

    @Test
    void anExtensionWithCharactersOutsideItsPatternIsRefusedSayingWhatItMayHold() throws IOException {
        Path file = write(dir, "doc.yaml", V2 + "channels:\n  c:\n    'x-two words': 1\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("extension name 'x-two words' in the Channel Item object is not"
                        + " allowed; allowed: 'x-' followed by letters, digits, '.', '-' or '_'");
        assertThat(problem.pointer()).isEqualTo("/channels/c/x-two words");
    }

    @Test
    void aValueOfTheWrongTypeNamesWhatWasFoundAndWhatIsExpected() throws IOException {
        Path file = write(dir, "doc.yaml", V2 + "channels:\n  c:\n    publish: 123\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message()).isEqualTo("'publish' must be a map (Operation object); found the number 123");
        assertThat(problem.pointer()).isEqualTo("/channels/c/publish");
    }

    @Test
    void aLongValueOfTheWrongTypeIsAbbreviated() throws IOException {
        Path file = write(
                dir,
                "doc.yaml",
                V2 + "channels: {}\ntags:\n  - name: t\n    description: {text: '" + "x".repeat(80) + "'}\n");
        assertThat(onlyError(load(file)).message())
                .isEqualTo("'description' must be a string; found the map {\"text\":\"" + "x".repeat(48) + "...");
    }

    @Test
    void aWrongValueInsideAPayloadIsPlacedInThePayloadThoughTheModelBindsItApart() throws IOException {
        Path file = write(
                dir,
                "doc.json",
                "{\"asyncapi\": \"2.0.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"},\n"
                        + " \"channels\": {\"c\": {\"publish\": {\"message\": {\"payload\": {\n"
                        + "   \"type\": \"object\", \"additionalProperties\": [\"invalid_array\"]}}}}}}\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("'additionalProperties' must be a map (Schema object);"
                        + " found the list [\"invalid_array\"]");
        assertThat(problem.pointer()).isEqualTo("/channels/c/publish/message/payload/additionalProperties");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(46);
    }

    @Test
    void theProblemPrintsItsPointerOnce() throws IOException {
        Path file = write(dir, "doc.yaml", V2 + "channels: just-a-string\n");
        assertThat(onlyError(load(file)).toString())
                .isEqualTo(file + ":3:11: 'channels' must be a map;"
                        + " found the string \"just-a-string\" (at /channels)");
    }

    @Test
    void keywordsASchemaDoesNotKnowAreIgnoredAsJsonSchemaIgnoresThem() throws IOException {
        Path file = write(
                dir,
                "doc.yaml",
                "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\ncomponents:\n  messages:\n"
                        + "    m:\n      headers: {type: object, test: true}\n      payload: "
                        + "{type: object, test: true}\n");
        DocumentLoad load = load(file);
        assertThat(load.problems()).isEmpty();
        assertThat(load.document()
                        .tree()
                        .at("/components/messages/m/payload/test")
                        .asBoolean())
                .isTrue();
    }
}
