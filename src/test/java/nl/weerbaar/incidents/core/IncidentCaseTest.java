package nl.weerbaar.incidents.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.FollowUpStepCompleted;
import nl.weerbaar.incidents.IncidentClosed;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotAllowedException;
import org.junit.jupiter.api.Test;

/** The follow-up rules of {@link IncidentCase}, without Spring or a database. */
class IncidentCaseTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final UUID TENANT = UUID.randomUUID();
    final UUID manager = UUID.randomUUID();
    final UUID coordinator = UUID.randomUUID();
    final UUID secretary = UUID.randomUUID();
    final UUID otherManager = UUID.randomUUID();

    IncidentCase.Actor managerActs = new IncidentCase.Actor(manager, false, false);
    IncidentCase.Actor coordinatorActs = new IncidentCase.Actor(coordinator, true, false);
    IncidentCase.Actor secretaryActs = new IncidentCase.Actor(secretary, false, true);
    IncidentCase.Actor otherManagerActs = new IncidentCase.Actor(otherManager, false, false);

    /** A case whose steps belong to the manager, except police report, evidence and damage (the coordinator's). */
    IncidentCase aCase(boolean confidential, Set<UUID> excluded) {
        List<FollowUpStep> steps = new ArrayList<>();
        for (StepType t : StepType.values()) {
            UUID owner = switch (t) {
                case POLICE_REPORT, EVIDENCE, DAMAGE_RECOVERY -> coordinator;
                default -> manager;
            };
            steps.add(new FollowUpStep(
                    UUID.randomUUID(),
                    t,
                    owner,
                    NOW.plus(Duration.ofDays(2)),
                    StepStatus.OPEN,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null));
        }
        return new IncidentCase(UUID.randomUUID(), TENANT, confidential, excluded, CaseStatus.OPEN, null, steps);
    }

    IncidentCase aCase() {
        return aCase(false, Set.of());
    }

    static IncidentCase.StepChange done(String notes, String... outcome) {
        return new IncidentCase.StepChange("DONE", List.of(outcome), notes, null, null);
    }

    @Test
    void theOwnerCompletesAStepAndTheCaseCollectsOneEvent() {
        IncidentCase c = aCase();
        c.recordStep(StepType.AFTERCARE, done("Gesprek gevoerd", "PSYCHOLOGICAL"), managerActs, NOW);
        FollowUpStep step = c.step(StepType.AFTERCARE);
        assertThat(step.status()).isEqualTo(StepStatus.DONE);
        assertThat(step.outcome()).containsExactly("PSYCHOLOGICAL");
        assertThat(step.completedAt()).isEqualTo(NOW);
        assertThat(step.completedBy()).isEqualTo(manager);
        assertThat(step.steppedIn()).isFalse();
        assertThat(c.pullEvents())
                .singleElement()
                .isEqualTo(new FollowUpStepCompleted(TENANT, c.id(), "AFTERCARE", NOW, step.dueAt()));
        assertThat(c.pullEvents()).as("pulled once").isEmpty();

        c.recordStep(StepType.AFTERCARE, done("Nog een keer opgeslagen"), managerActs, NOW.plusSeconds(60));
        assertThat(c.pullEvents())
                .as("saving a done step again completes nothing")
                .isEmpty();
        assertThat(c.step(StepType.AFTERCARE).completedAt()).isEqualTo(NOW);
    }

    @Test
    void anotherManagerCannotWorkSomeoneElsesStep() {
        IncidentCase c = aCase();
        assertThatThrownBy(() -> c.recordStep(StepType.AFTERCARE, done("x"), otherManagerActs, NOW))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> c.recordStep(StepType.POLICE_REPORT, done("x", "MELDING"), managerActs, NOW))
                .as("the manager does not own the coordinator's steps")
                .isInstanceOf(NotAllowedException.class);
        assertThat(c.step(StepType.AFTERCARE).status()).isEqualTo(StepStatus.OPEN);
        assertThat(c.pullEvents()).isEmpty();
    }

    @Test
    void theCoordinatorAndTheSecretaryStepInRecordedAsSuch() {
        IncidentCase c = aCase();
        c.recordStep(StepType.AFTERCARE, done("Overgenomen"), coordinatorActs, NOW);
        assertThat(c.step(StepType.AFTERCARE).steppedIn()).isTrue();
        assertThat(c.step(StepType.AFTERCARE).completedBy()).isEqualTo(coordinator);
        c.recordStep(StepType.LESSONS, done("Overgenomen"), secretaryActs, NOW);
        assertThat(c.step(StepType.LESSONS).steppedIn()).isTrue();
        c.recordStep(StepType.EVIDENCE, done(null, "PHOTOS"), coordinatorActs, NOW);
        assertThat(c.step(StepType.EVIDENCE).steppedIn())
                .as("the coordinator's own step")
                .isFalse();
        assertThat(c.handling(c.step(StepType.AFTERCARE), managerActs)).isEqualTo(IncidentCase.Handling.OWNER);
    }

    @Test
    void nobodyStepsInInAConfidentialCase() {
        IncidentCase c = aCase(true, Set.of());
        assertThatThrownBy(() -> c.recordStep(StepType.AFTERCARE, done("x"), coordinatorActs, NOW))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> c.recordStep(StepType.AFTERCARE, done("x"), secretaryActs, NOW))
                .isInstanceOf(NotAllowedException.class);
        c.recordStep(StepType.AFTERCARE, done("De vertrouwenspersoon zelf"), managerActs, NOW);
        assertThat(c.step(StepType.AFTERCARE).status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void excludedPeopleNeverHandleNotEvenTheirOwnStepsOrByRole() {
        IncidentCase c = aCase(false, Set.of(coordinator, secretary, manager));
        assertThatThrownBy(() -> c.recordStep(StepType.POLICE_REPORT, done("x", "MELDING"), coordinatorActs, NOW))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> c.recordStep(StepType.AFTERCARE, done("x"), secretaryActs, NOW))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> c.recordStep(StepType.AFTERCARE, done("x"), managerActs, NOW))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> c.close(coordinatorActs, NOW)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aStepHoldsOnlyItsOwnOutcomesAndValidInput() {
        IncidentCase c = aCase();
        assertThatThrownBy(() -> c.recordStep(StepType.AFTERCARE, done("x", "AANGIFTE"), managerActs, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().has("outcome")).isTrue());
        assertThatThrownBy(() -> c.recordStep(
                        StepType.AFTERCARE,
                        new IncidentCase.StepChange("KLAAR", List.of(), null, null, null),
                        managerActs,
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().has("status")).isTrue());
        assertThatThrownBy(() -> c.recordStep(
                        StepType.DAMAGE_RECOVERY,
                        new IncidentCase.StepChange("DONE", List.of("CLAIMED"), null, null, "-5"),
                        coordinatorActs,
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().has("amount")).isTrue());
        assertThatThrownBy(() ->
                        c.recordStep(StepType.AFTERCARE, done("x".repeat(IncidentCase.MAX_TEXT + 1)), managerActs, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().has("notes")).isTrue());
        assertThat(c.step(StepType.AFTERCARE).status()).isEqualTo(StepStatus.OPEN);
    }

    @Test
    void choicesExcludeEachOtherAndNoneGoesAlone() {
        IncidentCase c = aCase();
        for (List<String> refused : List.of(List.of("AANGIFTE", "MELDING"), List.of("NO_REPORT", "ELA"))) {
            assertThatThrownBy(() -> c.recordStep(
                            StepType.POLICE_REPORT, done(null, refused.toArray(String[]::new)), coordinatorActs, NOW))
                    .as(refused.toString())
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() ->
                        c.recordStep(StepType.AFTERCARE, done(null, "DECLINED", "PSYCHOLOGICAL"), managerActs, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.recordStep(
                        StepType.DAMAGE_RECOVERY, done(null, "NO_DAMAGE", "RECOVERED"), coordinatorActs, NOW))
                .isInstanceOf(InvalidInputException.class);
        c.recordStep(StepType.POLICE_REPORT, done(null, "AANGIFTE", "PUBLIC_TASK"), coordinatorActs, NOW);
        c.recordStep(StepType.EVIDENCE, done(null, "CAMERA_SECURED", "PHOTOS"), coordinatorActs, NOW);
        assertThat(c.step(StepType.POLICE_REPORT).outcome()).containsExactly("AANGIFTE", "PUBLIC_TASK");
    }

    @Test
    void thePoliceReportRecordsItsNumberAndNeedsAReasonWhenNoneWasMade() {
        IncidentCase c = aCase();
        IncidentCase.PoliceReport report = new IncidentCase.PoliceReport(
                java.time.LocalDate.of(2026, 12, 8), "Bureau Centrum", " PL0900-2026123456 ", "Jet Jurist", null);
        c.recordStep(
                StepType.POLICE_REPORT,
                new IncidentCase.StepChange("DONE", List.of("AANGIFTE", "PUBLIC_TASK"), null, null, null, report),
                coordinatorActs,
                NOW);
        assertThat(c.step(StepType.POLICE_REPORT).police().pvNumber()).isEqualTo("PL0900-2026123456");
        assertThat(c.step(StepType.POLICE_REPORT).police().policeUnit()).isEqualTo("Bureau Centrum");

        IncidentCase other = aCase();
        assertThatThrownBy(() -> other.recordStep(
                        StepType.POLICE_REPORT,
                        new IncidentCase.StepChange(
                                "DONE", List.of("NO_REPORT"), null, null, null, IncidentCase.PoliceReport.NONE),
                        coordinatorActs,
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("noReportReason")).isEqualTo("incidents.error.police.reason"));
        assertThatThrownBy(() -> other.recordStep(
                        StepType.POLICE_REPORT,
                        new IncidentCase.StepChange(
                                "IN_PROGRESS",
                                List.of("MELDING"),
                                null,
                                null,
                                null,
                                new IncidentCase.PoliceReport(null, null, "x".repeat(51), null, null)),
                        coordinatorActs,
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().has("pvNumber")).isTrue());
        assertThat(other.step(StepType.POLICE_REPORT).police()).isNull();
    }

    @Test
    void damageIsRecordedInCentsWhateverTheDecimalSign() {
        IncidentCase c = aCase();
        c.recordStep(
                StepType.DAMAGE_RECOVERY,
                new IncidentCase.StepChange("DONE", List.of("CLAIMED"), null, null, "€ 1.234,56"),
                coordinatorActs,
                NOW);
        assertThat(c.step(StepType.DAMAGE_RECOVERY).amountCents()).isEqualTo(123456L);
        assertThat(IncidentCase.euroText("1234.56")).isEqualTo("1234.56");
    }

    @Test
    void feedbackNeedsItsTextAndAPerpetratorResponseHearsTheOtherSide() {
        IncidentCase c = aCase();
        assertThatThrownBy(() -> c.recordStep(StepType.FEEDBACK, done(" "), managerActs, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("notes")).isEqualTo("incidents.error.feedback.required"));
        assertThatThrownBy(() -> c.recordStep(StepType.PERPETRATOR_RESPONSE, done(null, "LETTER"), managerActs, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("otherSide")).isEqualTo("incidents.error.otherSide.required"));
        c.recordStep(
                StepType.PERPETRATOR_RESPONSE,
                new IncidentCase.StepChange("DONE", List.of("LETTER"), null, "Hij wachtte al weken", null),
                managerActs,
                NOW);
        assertThat(c.step(StepType.PERPETRATOR_RESPONSE).otherSide()).isEqualTo("Hij wachtte al weken");
    }

    @Test
    void aCaseClosesOnlyWithFeedbackGivenAndEveryStepResolved() {
        IncidentCase c = aCase();
        assertThatThrownBy(() -> c.close(coordinatorActs, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("close")).isEqualTo("incidents.error.close.feedback"));
        c.recordStep(StepType.FEEDBACK, done("Terugkoppeling gegeven"), managerActs, NOW);
        assertThatThrownBy(() -> c.close(coordinatorActs, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("close")).isEqualTo("incidents.error.close.open"));
        for (FollowUpStep s : c.steps()) {
            if (s.status() != StepStatus.DONE) {
                c.recordStep(
                        s.type(),
                        new IncidentCase.StepChange("NOT_APPLICABLE", List.of(), null, null, null),
                        new IncidentCase.Actor(s.ownerId(), false, false),
                        NOW);
            }
        }
        c.pullEvents();
        assertThat(c.reasonNotToClose()).isEmpty();
        assertThat(c.close(coordinatorActs, NOW)).isTrue();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.pullEvents()).containsExactly(new IncidentClosed(TENANT, c.id(), NOW));
        assertThat(c.close(coordinatorActs, NOW))
                .as("closing twice changes nothing")
                .isFalse();
        assertThat(c.pullEvents()).isEmpty();
        assertThatThrownBy(() -> c.recordStep(StepType.LESSONS, done("Te laat"), managerActs, NOW))
                .as("a closed case changes no more")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().key("status")).isEqualTo("incidents.error.closed"));
    }

    @Test
    void aStepIsOverdueWhileOpenAfterItsDeadline() {
        IncidentCase c = aCase();
        FollowUpStep step = c.step(StepType.AFTERCARE);
        assertThat(step.isOverdue(NOW)).isFalse();
        assertThat(step.isOverdue(NOW.plus(Duration.ofDays(3)))).isTrue();
        c.recordStep(StepType.AFTERCARE, done("Klaar"), managerActs, NOW);
        assertThat(step.isOverdue(NOW.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void reopeningADoneStepForgetsWhoCompletedIt() {
        IncidentCase c = aCase();
        c.recordStep(StepType.AFTERCARE, done("Klaar"), coordinatorActs, NOW);
        c.recordStep(
                StepType.AFTERCARE,
                new IncidentCase.StepChange("IN_PROGRESS", List.of(), "Toch niet", null, null),
                managerActs,
                NOW);
        FollowUpStep step = c.step(StepType.AFTERCARE);
        assertThat(step.completedAt()).isNull();
        assertThat(step.completedBy()).isNull();
        assertThat(step.steppedIn()).isFalse();
    }
}
