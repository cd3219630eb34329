package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every demo user logs in and the menu shows what the role should have, and nothing more. */
class RoleNavigationIT extends IntegrationTest {

    @ParameterizedTest
    @CsvSource({
        "medewerker,         false, false, false, Gemeente Voorbeeldstad",
        "leidinggevende,     false, false, false, Gemeente Voorbeeldstad",
        "vertrouwenspersoon, false, false, false, Gemeente Voorbeeldstad",
        "coordinator,        true,  false, false, Gemeente Voorbeeldstad",
        "secretaris,         false, false, false, Gemeente Voorbeeldstad",
        "jurist,             false, false, false, Gemeente Voorbeeldstad",
        "beheerder,          false, true,  false, Gemeente Voorbeeldstad",
        "burgemeester,       false, false, false, Gemeente Voorbeeldstad",
        "kd.medewerker,      false, false, false, Gemeente Kleindorp",
        "kd.coordinator,     true,  false, false, Gemeente Kleindorp",
        "kd.beheerder,       false, true,  false, Gemeente Kleindorp",
        "platformbeheerder,  false, false, true,  Platformbeheer"
    })
    void menuMatchesTheRole(String username, boolean audit, boolean admin, boolean platform, String where) {
        String home = loginAs(username).get("/").body();
        String nav = home.substring(home.indexOf("<nav"), home.indexOf("</nav>"));
        assertThat(nav.contains("href=\"/audit\"")).as("audit for %s", username).isEqualTo(audit);
        assertThat(nav.contains("href=\"/admin\"")).as("admin for %s", username).isEqualTo(admin);
        assertThat(nav.contains("href=\"/platform\""))
                .as("platform for %s", username)
                .isEqualTo(platform);
        assertThat(home).contains(where);
    }

    @ParameterizedTest
    @CsvSource({
        "coordinator,    true,  false",
        "secretaris,     true,  false",
        "kd.coordinator, true,  false",
        "beheerder,      false, true",
        "kd.beheerder,   false, true",
        "medewerker,     false, false",
        "leidinggevende, false, false",
        "jurist,         false, false"
    })
    void surveyResultsAreInTheMenuOfCoordinatorAndSecretary(String username, boolean surveys, boolean sharing) {
        String home = loginAs(username).get("/").body();
        String nav = home.substring(home.indexOf("<nav"), home.indexOf("</nav>"));
        assertThat(nav.contains("href=\"/surveys\""))
                .as("surveys for %s", username)
                .isEqualTo(surveys);
        assertThat(nav.contains("href=\"/surveys/sharing\""))
                .as("named comparison for %s", username)
                .isEqualTo(sharing);
    }
}
