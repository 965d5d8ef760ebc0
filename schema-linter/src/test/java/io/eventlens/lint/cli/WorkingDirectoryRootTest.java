package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's document may refer to {@code ../common/...} when both lie inside the working directory. */
class WorkingDirectoryRootTest {

    private static final String DOCUMENT = "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
            + "servers:\n  main: {$ref: '../common/servers.yaml#/main'}\n"
            + "channels:\n  orders:\n    address: orders\n    messages:\n      placed:\n        name: OrderPlaced\n"
            + "        payload: {$ref: '../common/schemas.yaml#/Order'}\n";

    @TempDir
    Path checkout;

    @BeforeEach
    void writeTheCheckout() throws Exception {
        Files.createDirectories(checkout.resolve("services/backend"));
        Files.createDirectories(checkout.resolve("services/common"));
        Files.writeString(
                checkout.resolve("services/common/servers.yaml"), "main: {host: 'kafka:9092', protocol: kafka}\n");
        Files.writeString(
                checkout.resolve("services/common/schemas.yaml"),
                "Order: {type: object, properties: {id: {type: string}}}\n");
        Files.writeString(checkout.resolve("services/backend/asyncapi.yaml"), DOCUMENT);
    }

    @Test
    void validateOfAFileReferringToACommonFolderInsideTheWorkingDirectoryPasses() {
        CliRun run = CliRun.in(checkout, "validate", "services/backend/asyncapi.yaml");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void lintAndDiffLoadTheSameLayout() {
        assertThat(CliRun.in(checkout, "lint", "services/backend/asyncapi.yaml").err())
                .doesNotContain("leaves the loaded folder");
        CliRun diff = CliRun.in(checkout, "diff", "services/backend/asyncapi.yaml", "services/backend/asyncapi.yaml");
        assertThat(diff.err()).isEmpty();
        assertThat(diff.exitCode()).isZero();
    }

    @Test
    void startedOutsideTheCheckoutTheFilesOwnFolderIsTheRootAndTheRefusalNamesRoot() throws Exception {
        Path elsewhere = Files.createDirectories(checkout.resolve("services/backend/elsewhere"));

        CliRun run = CliRun.in(elsewhere, "validate", "../asyncapi.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("$ref '../common/servers.yaml#/main' leaves the loaded folder")
                .contains("(--root FOLDER)");
        assertThat(CliRun.in(elsewhere, "validate", "--root", "../../..", "../asyncapi.yaml")
                        .exitCode())
                .isZero();
    }
}
