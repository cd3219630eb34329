package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scheduled jobs run per municipality: each in its own context, and one failure does not stop the rest. */
class MunicipalitiesTest {

    record Fixed(List<Municipality> all) implements Municipalities {
        @Override
        public Optional<Municipality> byId(UUID id) {
            return all.stream().filter(m -> m.id().equals(id)).findFirst();
        }
    }

    static Municipalities.Municipality town(String slug) {
        return new Municipalities.Municipality(
                UUID.randomUUID(), slug, slug, "#154273", "#a84d00", slug, false, false, null, null, null);
    }

    @Test
    void everyMunicipalityGetsItsTurnInItsOwnContextEvenAfterAFailure() {
        var a = town("a");
        var b = town("b");
        var c = town("c");
        List<UUID> seen = new ArrayList<>();
        int failed = new Fixed(List.of(a, b, c)).forEachMunicipality("test-job", () -> {
            UUID current = TenantContext.require();
            seen.add(current);
            if (current.equals(b.id())) {
                throw new IllegalStateException("b is broken");
            }
        });
        assertThat(seen).containsExactly(a.id(), b.id(), c.id());
        assertThat(failed).isOne();
        assertThat(TenantContext.current()).isEmpty();
    }
}
