package nl.weerbaar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;

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

    /** Classes annotated with {@code @Controller} or {@code @RestController} (meta-annotations are not resolved). */
    private static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe(
            "are controllers", c -> c.isAnnotatedWith(Controller.class) || c.isAnnotatedWith(RestController.class));

    /** Spring's and Jakarta's transaction annotations, by name: Jakarta's need not be on the class path. */
    private static final String[] TRANSACTIONAL = {
        "org.springframework.transaction.annotation.Transactional", "jakarta.transaction.Transactional"
    };

    @Test
    void controllersRunNoSql() {
        noClasses()
                .that(CONTROLLERS)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(JdbcClient.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(JdbcTemplate.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(NamedParameterJdbcTemplate.class.getName())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(TransactionTemplate.class.getName())
                .because("the web layer calls an application service; the SQL sits in the module's repository classes")
                .check(classes);
    }

    @Test
    void controllersOpenNoTransaction() {
        for (String transactional : TRANSACTIONAL) {
            noClasses()
                    .that(CONTROLLERS)
                    .should()
                    .beAnnotatedWith(transactional)
                    .because("the application service holds the transaction, with the audit and the events")
                    .allowEmptyShould(true)
                    .check(classes);
            noMethods()
                    .that()
                    .areDeclaredInClassesThat(CONTROLLERS)
                    .should()
                    .beAnnotatedWith(transactional)
                    .because("the application service holds the transaction, with the audit and the events")
                    .allowEmptyShould(true)
                    .check(classes);
        }
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

    /**
     * A {@code now()} of java.time without a clock, or a system clock: what {@link #readsTheSystemClock} matches.
     * {@code now(Clock)} is fine.
     */
    static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            DescribedPredicate.describe("reads the system clock", ArchitectureTest::readsTheSystemClock);

    static boolean readsTheSystemClock(JavaMethodCall call) {
        String owner = call.getTargetOwner().getFullName();
        if (!owner.startsWith("java.time.")) {
            return false;
        }
        if (owner.equals("java.time.Clock")) {
            return call.getName().startsWith("system");
        }
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        return call.getName().equals("now")
                && !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
    }

    static final ArchRule TIME_FROM_THE_CLOCK = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("nl.weerbaar.platform.time.ClockConfig")
            .should()
            .callMethodWhere(READS_THE_SYSTEM_CLOCK)
            .because("the current time comes from the injected Clock (DutchTime.today(clock), clock.instant()),"
                    + " so that tests can set it");

    @Test
    void theTimeComesFromTheClockBean() {
        TIME_FROM_THE_CLOCK.check(classes);
    }

    @Test
    void theClockRuleSeesEveryWayOfReadingTheSystemClock() {
        JavaClasses sample = new ClassFileImporter().importClasses(ReadsTheTime.class);
        assertThat(TIME_FROM_THE_CLOCK.evaluate(sample).getFailureReport().getDetails())
                .hasSize(6)
                .noneMatch(line -> line.contains("withAClock"));
    }

    @SuppressWarnings("unused")
    static class ReadsTheTime {

        void withoutAClock() {
            java.time.Instant.now();
            java.time.LocalDate.now(java.time.ZoneId.of("UTC"));
            java.time.LocalDateTime.now();
            java.time.OffsetDateTime.now();
            java.time.YearMonth.now();
            Clock.systemUTC();
        }

        void withAClock(Clock clock) {
            java.time.Instant.now(clock);
            java.time.LocalDate.now(clock);
            java.time.ZonedDateTime.now(clock);
        }
    }
}
