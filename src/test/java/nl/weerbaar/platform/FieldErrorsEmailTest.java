package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The platform's one check of an e-mail address: its form, blank when optional, and the length limit. */
class FieldErrorsEmailTest {

    @Test
    void acceptsAnAddressAndRefusesWhatIsNotOne() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.email("a", " naam@voorbeeld.nl ", true, 254)).isEqualTo("naam@voorbeeld.nl");
        assertThat(errors.email("b", "", false, 254)).isNull();
        assertThat(errors.any()).isFalse();

        for (String wrong : new String[] {"geen adres", "a@b", "a@@b.nl", "<script>@x.nl", "a@b.nl, c@d.nl"}) {
            FieldErrors e = new FieldErrors();
            assertThat(e.email("x", wrong, false, 254)).as(wrong).isNull();
            assertThat(e.has("x")).as(wrong).isTrue();
        }
        FieldErrors required = new FieldErrors();
        required.email("x", " ", true, 254);
        assertThat(required.has("x")).isTrue();
        FieldErrors tooLong = new FieldErrors();
        tooLong.email("x", "a".repeat(250) + "@b.nl", false, 254);
        assertThat(tooLong.has("x")).isTrue();
    }
}
