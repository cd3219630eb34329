package nl.weerbaar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules Spring Modulith does not cover. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.weerbaar");

    @Test
    void onlyPlatformInfrastructureSetsTheTenantOfAThreadDirectly() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "nl.weerbaar.platform", "nl.weerbaar.platform.security", "nl.weerbaar.platform.database")
                .should()
                .callMethod(nl.weerbaar.platform.TenantContext.class, "set", java.util.UUID.class)
                .because("feature code switches municipality only with TenantContext.runAs/callAs, which restore it")
                .check(classes);
    }

    @Test
    void onlyThePlatformTouchesTheSecurityContextDirectly() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.weerbaar.platform..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolder")
                .because("feature code asks CurrentUser who is logged in")
                .check(classes);
    }

    @Test
    void nobodyWritesToStandardOutput() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("logs are structured and never carry case content")
                .check(classes);
    }
}
