package io.eventlens.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.eventlens.catalog.archfixture.CatalogClassThatUsesSpring;
import io.eventlens.web.ui.MainLayout;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** DESIGN.md's module rules, held over every module's main code. */
class ArchitectureTest {

    private static final String CATALOG = "io.eventlens.catalog..";
    private static final String LINT = "io.eventlens.lint..";
    private static final String FLOW = "io.eventlens.flow..";
    private static final String FLOW_GRAPH = "io.eventlens.flow.graph..";
    private static final String FLOW_EXPORT = "io.eventlens.flow.export..";
    private static final String LINT_CLI = "io.eventlens.lint.cli..";
    private static final String LAG = "io.eventlens.lag..";
    private static final String DLQ = "io.eventlens.dlq..";
    private static final String REFERENCE = "io.eventlens.reference..";
    private static final String WEB = "io.eventlens.web..";
    private static final String DEMO = "io.eventlens.web.demo..";

    /** Main code only: test classes and test-jars (the broker extension) are allowed more. */
    private static final ImportOption MAIN_CODE_ONLY = location -> !isTestCode(location);

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

    static final List<ArchRule> RULES = List.of(
            noClasses()
                    .that()
                    .resideInAnyPackage(CATALOG, LINT, FLOW, LAG, DLQ)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.springframework..", "com.vaadin..")
                    .as("library modules are plain Java: no Spring, no Vaadin"),
            noClasses()
                    .that()
                    .resideInAnyPackage(CATALOG, LINT, FLOW, LAG, DLQ, REFERENCE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(WEB)
                    .as("nothing depends on web-ui"),
            noClasses()
                    .that()
                    .resideInAPackage(REFERENCE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(CATALOG, LINT, FLOW, LAG, DLQ, WEB)
                    .as("reference-system imports no EventLens module"),
            noClasses()
                    .that()
                    .resideOutsideOfPackages(REFERENCE, DEMO)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(REFERENCE)
                    .as("only web-ui's demo launcher imports reference-system"),
            noClasses()
                    .that()
                    .resideInAPackage(CATALOG)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(LINT, FLOW, LAG, DLQ)
                    .as("catalog is the core: it depends on no other module"),
            noClasses()
                    .that()
                    .resideInAPackage(LINT)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(LAG, DLQ)
                    .as("schema-linter depends on catalog (and its CLI on flow-visualizer)"),
            noClasses()
                    .that()
                    .resideInAPackage(LINT)
                    .and()
                    .resideOutsideOfPackage(LINT_CLI)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(FLOW)
                    .as("only schema-linter's CLI uses flow-visualizer (ADR 0014)"),
            noClasses()
                    .that()
                    .resideInAPackage(LINT_CLI)
                    .should()
                    .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(FLOW)
                            .and(JavaClass.Predicates.resideOutsideOfPackages(FLOW_GRAPH, FLOW_EXPORT)))
                    .as("the CLI uses flow-visualizer's graph and exports only (ADR 0014)"),
            noClasses()
                    .that()
                    .resideInAPackage(FLOW)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(LINT, LAG, DLQ)
                    .as("flow-visualizer depends on catalog only"),
            noClasses()
                    .that()
                    .resideInAPackage(LAG)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(LINT, FLOW, DLQ)
                    .as("lag-monitor depends on catalog only"),
            noClasses()
                    .that()
                    .resideOutsideOfPackage(FLOW)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.jgrapht..")
                    .as("JGraphT lives in flow-visualizer only"),
            noClasses()
                    .that()
                    .resideOutsideOfPackage(FLOW)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.eclipse.elk..")
                    .as("ELK lives in flow-visualizer only"),
            noClasses()
                    .that()
                    .resideInAPackage(DLQ)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(FLOW, LAG)
                    .as("dlq-inspector depends on catalog and schema-linter only"),
            slices().matching("io.eventlens.(*).(*)..")
                    .namingSlices("$1.$2")
                    .should()
                    .beFreeOfCycles()
                    // a view names its route layout and the layout lists the views: Vaadin's shape, allowed
                    .ignoreDependency(
                            DescribedPredicate.alwaysTrue(), JavaClass.Predicates.equivalentTo(MainLayout.class))
                    .as("packages inside each module are free of cycles"));

    @Test
    void every_module_keeps_to_its_lane() {
        JavaClasses classes =
                new ClassFileImporter().withImportOption(MAIN_CODE_ONLY).importPackages("io.eventlens");
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .as("classes of every module were imported")
                .anyMatch(p -> p.startsWith("io.eventlens.catalog"))
                .anyMatch(p -> p.startsWith("io.eventlens.lag"))
                .anyMatch(p -> p.startsWith("io.eventlens.reference"))
                .anyMatch(p -> p.startsWith("io.eventlens.web"));
        RULES.forEach(rule -> rule.check(classes));
    }

    @Test
    void a_library_class_that_imports_spring_breaks_the_rules() {
        JavaClasses offender = new ClassFileImporter().importClasses(CatalogClassThatUsesSpring.class);
        EvaluationResult result = RULES.get(0).evaluate(offender);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("CatalogClassThatUsesSpring", "org.springframework");
    }

    private static boolean isTestCode(Location location) {
        return location.contains("/test-classes/") || location.matches(TEST_JAR);
    }
}
