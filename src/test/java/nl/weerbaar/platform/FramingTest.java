package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class FramingTest {

    @Test
    void acceptsHttpsOriginsInLowerCase() {
        assertThat(Framing.origin("https://Intranet.Voorbeeldstad.nl")).contains("https://intranet.voorbeeldstad.nl");
        assertThat(Framing.origin(" https://intranet.voorbeeldstad.nl:8443/ "))
                .contains("https://intranet.voorbeeldstad.nl:8443");
        assertThat(Framing.origin("http://localhost:8080")).contains("http://localhost:8080");
    }

    @Test
    void refusesWhatIsNotAnOrigin() {
        for (String bad : List.of(
                "",
                "intranet.voorbeeldstad.nl",
                "http://intranet.voorbeeldstad.nl",
                "https://*.voorbeeldstad.nl",
                "https://intranet.voorbeeldstad.nl/nieuws",
                "https://intranet.voorbeeldstad.nl?x=1",
                "https://user@intranet.voorbeeldstad.nl",
                "https://intranet voorbeeldstad.nl",
                "https://a.nl; script-src *",
                "javascript:alert(1)",
                "'self'",
                "*")) {
            assertThat(Framing.origin(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aRequestAllowsOnlyCheckedOrigins() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(Framing.allowedFor(request)).isEmpty();
        Framing.allowFrom(request, List.of());
        assertThat(Framing.allowedFor(request)).isEmpty();
        Framing.allowFrom(request, List.of("https://intranet.voorbeeldstad.nl"));
        assertThat(Framing.allowedFor(request)).containsExactly("https://intranet.voorbeeldstad.nl");
        assertThatThrownBy(() -> Framing.allowFrom(request, List.of("https://a.nl 'unsafe-inline'")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
