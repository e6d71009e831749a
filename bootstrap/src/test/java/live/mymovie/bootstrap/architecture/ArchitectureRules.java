package live.mymovie.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon, written over a root package so the same rules check
 * the product and a small fixture that breaks each of them on purpose.
 */
final class ArchitectureRules {

    static final List<String> FRAMEWORKS = List.of(
            "io.helidon..", "io.vertx..", "io.netty..", "org.apache.ibatis..", "java.sql..",
            "javax.sql..", "com.zaxxer..", "org.flywaydb..", "org.h2..", "org.postgresql..",
            "com.fasterxml..", "jakarta..", "org.hibernate..", "gg.jte..");

    static final List<String> ADAPTERS = List.of("web", "persistence", "ai");

    private ArchitectureRules() {
    }

    /** JDK packages that are infrastructure, not language: no place for them in the domain. */
    static final String[] JDK_INFRASTRUCTURE = {"java.sql..", "java.net..", "java.awt..",
        "java.nio.channels..", "java.rmi.."};

    /** The domain uses the JDK's java.* packages (but no infrastructure) and itself. */
    static ArchRule domainIsPure(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat(
                        resideInAnyPackage("java..", root + ".domain..")
                                .and(not(resideInAnyPackage(JDK_INFRASTRUCTURE))))
                .as("the domain depends on nothing but java.* (no JDBC, network or UI) and "
                        + "itself");
    }

    /** Use cases and ports know no adapter and no framework. */
    static ArchRule applicationKnowsNoAdapterOrFramework(String root) {
        var forbidden = new java.util.ArrayList<>(FRAMEWORKS);
        forbidden.add(root + ".adapters..");
        forbidden.add(root + ".bootstrap..");
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        forbidden.toArray(String[]::new))
                .as("the application depends on no adapter, bootstrap or framework");
    }

    /** Ports are the contract: they never depend on the services behind them. */
    static ArchRule portsDependOnlyOnPortsAndDomain(String root) {
        return classes().that().resideInAPackage(root + ".application.port..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", root + ".domain..", root + ".application.port..")
                .as("ports depend only on the JDK, the domain and other ports");
    }

    /** One adapter never reaches into another. */
    static List<ArchRule> adaptersAreIndependent(String root) {
        return ADAPTERS.stream().<ArchRule>map(adapter -> noClasses()
                .that().resideInAPackage(root + ".adapters." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others(root, adapter))
                .as("the " + adapter + " adapter depends on no other adapter"))
                .toList();
    }

    private static String[] others(String root, String adapter) {
        return ADAPTERS.stream().filter(a -> !a.equals(adapter))
                .map(a -> root + ".adapters." + a + "..")
                .toArray(String[]::new);
    }

    /** Outside an adapter's own module, only bootstrap constructs it. */
    static ArchRule onlyBootstrapConstructsAdapters(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".bootstrap..",
                        root + ".adapters..")
                .should().callConstructorWhere(targetIn(root + ".adapters"))
                .as("only bootstrap constructs adapters");
    }

    private static DescribedPredicate<JavaConstructorCall> targetIn(String prefix) {
        return DescribedPredicate.describe("an adapter constructor",
                call -> call.getTargetOwner().getPackageName().startsWith(prefix));
    }
}
