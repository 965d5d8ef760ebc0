package io.eventlens.catalog.load;

import static io.eventlens.catalog.load.Loads.fixture;
import static io.eventlens.catalog.load.Loads.load;
import static io.eventlens.catalog.load.Loads.onlyError;
import static io.eventlens.catalog.load.Loads.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlingTest {

    private static final String HEAD = "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n";

    @TempDir
    Path dir;

    @Test
    void filesSharedAcrossAFolderAreInlinedAndACycleStaysAReferenceToItsFirstCopy() {
        DocumentLoader loader = new DocumentLoader(LoadOptions.defaults().withRoot(fixture("system")));
        DocumentLoad load = loader.loadFile(fixture("system/orders/asyncapi.yaml"));
        assertThat(load.problems()).isEmpty();
        JsonNode payload = load.document().tree().at("/channels/orders/messages/OrderPlaced/payload");
        assertThat(payload.at("/properties/orderId/type").asText()).isEqualTo("string");
        assertThat(payload.at("/properties/lines/items/properties/sku/type").asText())
                .isEqualTo("string");
        assertThat(payload.at("/properties/lines/items/properties/parent/$ref").asText())
                .isEqualTo("#/channels/orders/messages/OrderPlaced/payload");
        assertThat(load.document().files()).hasSize(3);
    }

    @Test
    void aReferenceToAMissingFileNamesTheFileAndWhereTheReferenceIs() throws IOException {
        Path file = write(dir, "doc.yaml", HEAD + "components:\n  schemas:\n    A:\n      $ref: 'nowhere.yaml#/A'\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("$ref names file '" + dir.resolve("nowhere.yaml") + "', which does not exist");
        assertThat(problem.pointer()).isEqualTo("/components/schemas/A/$ref");
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.column()).isEqualTo(13);
    }

    @Test
    void aReferenceToAMissingPointerInAnotherFileNamesThePointer() throws IOException {
        write(dir, "common.yaml", "B: {type: string}\n");
        Path file = write(dir, "doc.yaml", HEAD + "components:\n  schemas:\n    A:\n      $ref: 'common.yaml#/A'\n");
        assertThat(onlyError(load(file)).message())
                .isEqualTo("$ref 'common.yaml#/A' points to nothing: '" + dir.resolve("common.yaml")
                        + "' has no value at /A");
    }

    @Test
    void aLocalReferenceToAMissingPointerIsRefused() throws IOException {
        Path file = write(
                dir, "doc.yaml", HEAD + "components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/B'\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("$ref '#/components/schemas/B' points to nothing: no value at /components/schemas/B");
        assertThat(problem.line()).isEqualTo(6);
    }

    @Test
    void aLocalCycleIsKeptAsReferences() throws IOException {
        Path file = write(
                dir,
                "doc.yaml",
                HEAD + "components:\n  schemas:\n    A:\n      properties:\n"
                        + "        next: {$ref: '#/components/schemas/A'}\n");
        DocumentLoad load = load(file);
        assertThat(load.problems()).isEmpty();
        assertThat(load.document()
                        .tree()
                        .at("/components/schemas/A/properties/next/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/A");
    }

    @Test
    void aReferenceLeavingTheLoadedFolderIsRefused() throws IOException {
        write(dir, "outside.yaml", "A: {type: string}\n");
        Path file = write(
                dir, "inner/doc.yaml", HEAD + "components:\n  schemas:\n    A:\n      $ref: '../outside.yaml#/A'\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("$ref '../outside.yaml#/A' leaves the loaded folder "
                        + dir.resolve("inner").toAbsolutePath()
                        + "; allowed: files inside it, or a wider root (--root FOLDER)");
    }

    @Test
    void aRemoteReferenceIsRefusedWhileRemoteReferencesAreOff() throws IOException {
        Path file = write(
                dir, "doc.yaml", HEAD + "components:\n  schemas:\n    A:\n      $ref: 'https://example.com/s.json'\n");
        LoadProblem problem = onlyError(load(file));
        assertThat(problem.message())
                .isEqualTo("remote $ref 'https://example.com/s.json' refused: remote references"
                        + " are off; allowed: local pointers and files inside the "
                        + "loaded folder, or URLs on the remote allow-list []");
        assertThat(problem.line()).isEqualTo(6);
    }

    @Test
    void anUploadCannotReferenceFiles() {
        byte[] upload = (HEAD + "components:\n  schemas:\n    A:\n      $ref: 'common.yaml#/A'\n").getBytes();
        DocumentLoad load = new DocumentLoader(LoadOptions.defaults()).loadBytes("upload.yaml", upload);
        assertThat(onlyError(load).toString())
                .isEqualTo("upload.yaml:6:13: $ref 'common.yaml#/A' names a file, but an"
                        + " uploaded document has no folder; allowed: local pointers "
                        + "'#/...' (at /components/schemas/A/$ref)");
    }

    @Test
    void referencesThatOnlyLeadToEachOtherAreRefusedAsALoop() throws IOException {
        Path file = write(
                dir,
                "doc.yaml",
                HEAD + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
                        + "    B: {$ref: '#/components/schemas/A'}\n");
        assertThat(onlyError(load(file)).message())
                .isEqualTo("$ref '#/components/schemas/B' never reaches a value:"
                        + " the references it leads through form a loop");
    }

    @Test
    void aPathThatLooksLikeAPointerMissingItsHashSuggestsThePointer() throws IOException {
        Path file = write(
                dir, "doc.yaml", HEAD + "channels:\n  c:\n    messages:\n      m: {$ref: '/components/messages/m'}\n");
        assertThat(onlyError(load(file)).message())
                .isEqualTo("$ref '/components/messages/m' leaves the loaded folder "
                        + dir.toAbsolutePath()
                        + "; allowed: files inside it, or a wider root (--root FOLDER); did you mean "
                        + "'#/components/messages/m'?"
                        + " (a pointer into this document starts with '#')");
    }

    @Test
    void anUploadedPathThatLooksLikeAPointerSuggestsThePointer() {
        byte[] upload = (HEAD + "channels:\n  c: {$ref: '/channels/d'}\n").getBytes();
        DocumentLoad load = new DocumentLoader(LoadOptions.defaults()).loadBytes("upload.yaml", upload);
        assertThat(onlyError(load).message())
                .isEqualTo("$ref '/channels/d' names a file, but an uploaded document has"
                        + " no folder; allowed: local pointers '#/...'; did you mean "
                        + "'#/channels/d'? (a pointer into this document"
                        + " starts with '#')");
    }

    @Test
    void anAbsolutePathThatNamesNoTopLevelFieldGetsNoPointerHint() throws IOException {
        Path file = write(dir, "doc.yaml", HEAD + "components:\n  schemas:\n    A: {$ref: '/schemas/a.yaml'}\n");
        assertThat(onlyError(load(file)).message())
                .isEqualTo("$ref '/schemas/a.yaml' leaves the loaded folder " + dir.toAbsolutePath()
                        + "; allowed: files inside it, or a wider root (--root FOLDER)");
    }

    @Test
    void keywordsBesideALocalReferenceStayBesideIt() throws IOException {
        Path file = write(
                dir,
                "doc.yaml",
                HEAD + "components:\n  schemas:\n    Id: {type: string}\n    Order:\n"
                        + "      properties:\n        id: {$ref: '#/components/schemas/Id', "
                        + "description: the order's id, maxLength: 8}\n");
        JsonNode id = load(file).document().tree().at("/components/schemas/Order/properties/id");
        assertThat(id.toString())
                .isEqualTo("{\"$ref\":\"#/components/schemas/Id\",\"description\":\"the order's id\","
                        + "\"maxLength\":8}");
    }

    @Test
    void keywordsBesideAReferenceToAValueAlreadyInlinedStayBesideThePointerToItsCopy() throws IOException {
        write(dir, "common.yaml", "Id: {type: string}\n");
        Path file = write(
                dir,
                "doc.yaml",
                HEAD + "components:\n  schemas:\n    Id: {$ref: 'common.yaml#/Id'}\n"
                        + "    Order:\n      properties:\n        id: {$ref: "
                        + "'common.yaml#/Id', description: the order's id}\n");
        JsonNode tree = load(file).document().tree();
        assertThat(tree.at("/components/schemas/Id").toString()).isEqualTo("{\"type\":\"string\"}");
        assertThat(tree.at("/components/schemas/Order/properties/id").toString())
                .isEqualTo("{\"$ref\":\"#/components/schemas/Id\",\"description\":\"the order's id\"}");
    }

    @Test
    void referencesInsideKeywordsBesideAReferenceAreBundledToo() throws IOException {
        write(dir, "common.yaml", "Sku: {type: string, pattern: '^[A-Z]+$'}\n");
        Path file = write(
                dir,
                "doc.yaml",
                HEAD + "components:\n  schemas:\n    Base: {type: object}\n    Line:\n"
                        + "      $ref: '#/components/schemas/Base'\n      properties:\n        "
                        + "sku: {$ref: 'common.yaml#/Sku'}\n");
        DocumentLoad load = load(file);
        assertThat(load.problems()).isEmpty();
        assertThat(load.document()
                        .tree()
                        .at("/components/schemas/Line/properties/sku/pattern")
                        .asText())
                .isEqualTo("^[A-Z]+$");
    }

    @Test
    void keywordsBesideAReferenceWhoseValueIsInlinedInItsPlaceAreDropped() throws IOException {
        write(dir, "common.yaml", "Id: {type: string}\n");
        Path file = write(
                dir, "doc.yaml", HEAD + "components:\n  schemas:\n    Id: {$ref: 'common.yaml#/Id', description: d}\n");
        assertThat(load(file).document().tree().at("/components/schemas/Id").toString())
                .isEqualTo("{\"type\":\"string\"}");
    }
}
