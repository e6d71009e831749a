package live.mymovie.bootstrap.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the product to its hexagon, and shows that every rule catches a violation. */
class ArchitectureTest {

    private static JavaClasses product;
    private static JavaClasses brokenFixture;

    @BeforeAll
    static void importClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("live.mymovie");
        brokenFixture = new ClassFileImporter().importPackages("fixture.broken");
    }

    @Test
    void every_package_a_rule_names_holds_classes() {
        List<String> packages = List.of("live.mymovie.domain", "live.mymovie.application",
                "live.mymovie.application.port.in", "live.mymovie.application.port.out",
                "live.mymovie.adapters.web", "live.mymovie.adapters.persistence",
                "live.mymovie.adapters.ai", "live.mymovie.bootstrap");
        for (String name : packages) {
            assertTrue(product.stream().anyMatch(c -> c.getPackageName().startsWith(name)),
                    "no classes in " + name);
        }
    }

    @Test
    void the_domain_depends_on_nothing_but_the_jdk() {
        ArchitectureRules.domainIsPure("live.mymovie").check(product);
    }

    @Test
    void the_application_knows_no_adapter_and_no_framework() {
        ArchitectureRules.applicationKnowsNoAdapterOrFramework("live.mymovie").check(product);
    }

    @Test
    void ports_depend_on_no_service() {
        ArchitectureRules.portsDependOnlyOnPortsAndDomain("live.mymovie").check(product);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        ArchitectureRules.adaptersAreIndependent("live.mymovie").forEach(r -> r.check(product));
    }

    @Test
    void only_bootstrap_constructs_adapters() {
        ArchitectureRules.onlyBootstrapConstructsAdapters("live.mymovie").check(product);
    }

    @Test
    void a_domain_class_importing_jdbc_breaks_the_build() {
        assertCatches(ArchitectureRules.domainIsPure("fixture.broken"));
    }

    @Test
    void an_application_class_importing_an_adapter_breaks_the_build() {
        assertCatches(ArchitectureRules.applicationKnowsNoAdapterOrFramework("fixture.broken"));
    }

    @Test
    void a_port_depending_on_a_service_breaks_the_build() {
        assertCatches(ArchitectureRules.portsDependOnlyOnPortsAndDomain("fixture.broken"));
    }

    @Test
    void a_web_class_importing_persistence_breaks_the_build() {
        assertCatches(ArchitectureRules.adaptersAreIndependent("fixture.broken").get(0));
    }

    @Test
    void an_application_class_constructing_an_adapter_breaks_the_build() {
        assertCatches(ArchitectureRules.onlyBootstrapConstructsAdapters("fixture.broken"));
    }

    private static void assertCatches(ArchRule rule) {
        assertThrows(AssertionError.class, () -> rule.check(brokenFixture));
    }
}
