package nl.weerbaar.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.actions.ActionPlans.NewAction;
import nl.weerbaar.actions.ActionPlans.Priority;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The themes of the action plan: the starting list per municipality, names unique per municipality, deactivated
 * themes kept on their actions, audit, roles, and municipalities kept apart.
 */
class ActionThemesIT extends IntegrationTest {

    static final List<String> STARTING_LIST = List.of(
            "Bewustwording en organisatie",
            "Informatiepositie",
            "Beleid en handhaving",
            "Integere en veilige werkomgeving",
            "Communicatie intern en extern",
            "Norm stellen",
            "Melden",
            "Registreren",
            "Trainen",
            "Aangifte of melding bij de politie",
            "Reactie op de dader",
            "Schade verhalen",
            "Gesprek met de medewerker en nazorg");

    @Autowired
    ThemeService themes;

    @Autowired
    ActionPlans plans;

    private UUID themeId(UUID tenant, String name) {
        TenantContext.runAs(tenant, () -> themes.all());
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM action_theme WHERE name = ?")
                        .param(name)
                        .query(UUID.class)
                        .single());
    }

    private long audited(String action, UUID themeId) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'action-theme' AND action = ? "
                                + "AND object_id = ?")
                        .params(action, themeId.toString())
                        .query(Long.class)
                        .single());
    }

    @Test
    void aMunicipalityAddedLaterGetsTheFivePillarsAndTheEightVptMeasuresOnFirstUseOnce() {
        UUID tenant = UUID.randomUUID();
        TenantContext.runAs(
                null,
                () -> jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                        .params(tenant, "thema-" + tenant.toString().substring(0, 8), "Gemeente Thema")
                        .query()
                        .singleRow());
        assertThat(TenantContext.callAs(
                        tenant,
                        () -> jdbc.sql("SELECT count(*) FROM action_theme")
                                .query(Long.class)
                                .single()))
                .isZero();

        List<Theme> first = TenantContext.callAs(tenant, () -> themes.all());
        List<Theme> again = TenantContext.callAs(tenant, () -> themes.all());

        assertThat(first).extracting(Theme::name).containsExactlyElementsOf(STARTING_LIST);
        assertThat(first).extracting(Theme::kind).containsOnly("PILLAR", "VPT");
        assertThat(first).filteredOn(t -> t.kind().equals("VPT")).hasSize(8);
        assertThat(first).allMatch(Theme::active);
        assertThat(again).isEqualTo(first);
        assertThat(TenantContext.callAs(tenant, () -> plans.themeNamed("informatiePOSITIE")))
                .contains(first.get(1).id());
        assertThat(TenantContext.callAs(Demo.KLEINDORP, () -> plans.themeNamed("informatiepositie")))
                .as("each municipality its own list")
                .isPresent()
                .get()
                .isNotEqualTo(first.get(1).id());
    }

    @Test
    void coordinatorsAddRenameAndDeactivateThemesWithNamesUniquePerMunicipality() {
        WebClient coordinator = loginAs("coordinator");
        String page = coordinator.get("/actions/themes").body();
        assertThat(page).contains("Informatiepositie").contains("Maatregel van Veilige Publieke Taak");

        assertThat(coordinator
                        .postForm("/actions/themes", Map.of("name", " Cameratoezicht "))
                        .statusCode())
                .isEqualTo(302);
        UUID camera = themeId(Demo.VOORBEELDSTAD, "Cameratoezicht");
        assertThat(audited("CREATE", camera)).isEqualTo(1);

        coordinator.get("/actions/themes");
        var taken = coordinator.postForm("/actions/themes", Map.of("name", "CAMERATOEZICHT"));
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("Er is al een thema met deze naam.").contains("aria-invalid=\"true\"");
        var tooShort = coordinator.postForm("/actions/themes", Map.of("name", "x"));
        assertThat(tooShort.body()).contains("Vul een naam in van 2 tot 100 tekens.");
        var unreadable = coordinator.postForm("/actions/themes", Map.of("name", "Camera\u0000"));
        assertThat(unreadable.body()).contains("een teken dat niet kan worden opgeslagen");
        var renamedOntoAnother =
                coordinator.postForm("/actions/themes/" + camera + "/name", Map.of("name", "informatiepositie"));
        assertThat(renamedOntoAnother.body())
                .contains("Er is al een thema met deze naam.")
                .contains("id=\"name-" + camera + "-error\"");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM action_theme WHERE lower(name) LIKE 'camera%'")
                                .query(Long.class)
                                .single()))
                .isEqualTo(1);

        coordinator.get("/actions/themes");
        assertThat(coordinator
                        .postForm("/actions/themes/" + camera + "/name", Map.of("name", "Camera's en toezicht"))
                        .statusCode())
                .isEqualTo(302);
        coordinator.get("/actions/themes");
        assertThat(coordinator
                        .postForm("/actions/themes/" + camera + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(audited("UPDATE", camera)).isEqualTo(2);
        assertThat(coordinator.get("/actions/themes").body())
                .contains("Camera&#39;s en toezicht")
                .contains("Niet meer in gebruik")
                .contains("Weer gebruiken");

        // another municipality: does not see it, may use the same name, cannot touch it
        WebClient kleindorp = loginAs("kd.coordinator");
        assertThat(kleindorp.get("/actions/themes").body()).doesNotContain("toezicht");
        assertThat(kleindorp
                        .postForm("/actions/themes", Map.of("name", "Camera's en toezicht"))
                        .statusCode())
                .isEqualTo(302);
        kleindorp.get("/actions/themes");
        assertThat(kleindorp
                        .postForm("/actions/themes/" + camera + "/name", Map.of("name", "Overgenomen"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(kleindorp
                        .postForm("/actions/themes/" + camera + "/activate", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT name || ' ' || active FROM action_theme WHERE id = ?")
                                .param(camera)
                                .query(String.class)
                                .single()))
                .isEqualTo("Camera's en toezicht false");
    }

    @Test
    void theCoordinatorAndTheApplicationAdministratorManageThemesAndNobodyElse() {
        assertThat(loginAs("beheerder").get("/actions/themes").statusCode()).isEqualTo(200);
        assertThat(loginAs("beheerder").get("/actions/mine").body()).contains("/actions/themes");
        assertThat(loginAs("coordinator").get("/actions").body()).contains("/actions/themes");
        assertThat(loginAs("medewerker").get("/actions/themes").statusCode()).isEqualTo(403);
        assertThat(loginAs("secretaris").get("/actions/themes").statusCode()).isEqualTo(403);
        assertThat(loginAs("medewerker").get("/actions/mine").body()).doesNotContain("/actions/themes");
        WebClient medewerker = loginAs("medewerker");
        medewerker.get("/actions/mine");
        assertThat(medewerker
                        .postForm("/actions/themes", Map.of("name", "Van een medewerker"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aDeactivatedThemeIsNotOfferedForNewActionsButStaysOnTheActionsThatHaveIt() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/actions/themes");
        coordinator.postForm("/actions/themes", Map.of("name", "Vergunningen Horeca"));
        coordinator.postForm("/actions/themes", Map.of("name", "Vastgoed in beeld"));
        UUID horeca = themeId(Demo.VOORBEELDSTAD, "Vergunningen Horeca");
        UUID vastgoed = themeId(Demo.VOORBEELDSTAD, "Vastgoed in beeld");
        UUID action = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> plans.create(new NewAction(
                        "Bibob-toets bij horecavergunningen",
                        null,
                        "processes",
                        "ref-horeca",
                        null,
                        null,
                        Priority.HIGH,
                        horeca)));
        coordinator.postForm("/actions/themes/" + horeca + "/deactivate", Map.of());
        coordinator.postForm("/actions/themes/" + vastgoed + "/deactivate", Map.of());

        assertThatThrownBy(() -> TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> plans.create(new NewAction(
                                "Nog een horeca-actie", null, "processes", "ref-2", null, null, null, horeca))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().keys()).containsEntry("themeId", "actions.error.theme"));
        assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, () -> plans.themeNamed("Vergunningen Horeca")))
                .isEmpty();
        assertThat(coordinator.get("/actions").body())
                .as("not offered in the new-action form")
                .doesNotContain("value=\"" + horeca + "\"");

        String actionPage = coordinator.get("/actions/" + action).body();
        assertThat(actionPage).contains("Vergunningen Horeca (niet meer in gebruik)");
        // the plan can be saved with the theme it has, but not moved to another inactive theme
        assertThat(coordinator
                        .postForm("/actions/" + action + "/plan", Map.of("priority", "LOW", "theme", horeca.toString()))
                        .statusCode())
                .isEqualTo(302);
        coordinator.get("/actions/" + action);
        var refused = coordinator.postForm(
                "/actions/" + action + "/plan", Map.of("priority", "LOW", "theme", vastgoed.toString()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Kies een thema uit de lijst.");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT theme_id FROM action_item WHERE id = ?")
                                .param(action)
                                .query(UUID.class)
                                .single()))
                .isEqualTo(horeca);
    }

    @Test
    void aCoordinatorPutsAnActionUnderAnotherThemeAndTheChangeIsAudited() {
        UUID action = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> plans.create(new NewAction(
                        "Meldpunt voor signalen", null, "surveys", "ref-meldpunt", null, null, Priority.MEDIUM)));
        UUID melden = themeId(Demo.VOORBEELDSTAD, "Melden");
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/actions/" + action);
        coordinator.postForm("/actions/" + action + "/plan", Map.of("priority", "MEDIUM", "theme", melden.toString()));
        assertThat(coordinator.get("/actions/" + action).body()).contains("Melden");
        long themeChanges = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'action' AND object_id = ? "
                                + "AND action = 'UPDATE' AND purpose = 'theme changed'")
                        .param(action.toString())
                        .query(Long.class)
                        .single());
        assertThat(themeChanges).isEqualTo(1);
        UUID kleindorpTheme = themeId(Demo.KLEINDORP, "Melden");
        coordinator.get("/actions/" + action);
        var foreign = coordinator.postForm(
                "/actions/" + action + "/plan", Map.of("priority", "MEDIUM", "theme", kleindorpTheme.toString()));
        assertThat(foreign.body()).as("another municipality's theme").contains("Kies een thema uit de lijst.");
    }

    @Test
    void aGapOfTheDemoScanBecameAnActionUnderTheThemeOfItsPillar() {
        List<String> themesOfGaps = TenantContext.callAs(
                Demo.VOORBEELDSTAD, () -> jdbc.sql("""
                    SELECT t.name FROM action_item a JOIN action_theme t ON t.id = a.theme_id
                     WHERE a.source_module = 'assessments'""").query(String.class).list());
        assertThat(themesOfGaps)
                .isNotEmpty()
                .allSatisfy(name -> assertThat(STARTING_LIST.subList(0, 5)).contains(name));
    }
}
