package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** The session row is written when it changes, and its last-access time at most once a minute. */
class SessionStoreIT extends IntegrationTest {

    private long lastAccess(String primaryId) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE primary_id = ?")
                .param(primaryId)
                .query(Long.class)
                .single();
    }

    @Test
    void lastAccessIsWrittenWhenAMinuteBehindAndTheLoginAtOnce() {
        WebClient client = loginAs("jurist");
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        String session = jdbc.sql("SELECT primary_id FROM spring_session WHERE principal_name = 'jurist'"
                        + " ORDER BY creation_time DESC LIMIT 1")
                .query(String.class)
                .single();
        long first = lastAccess(session);

        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).as("within a minute: not written again").isEqualTo(first);

        long twoMinutesAgo = first - 120_000;
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000"
                        + " WHERE primary_id = ?")
                .params(twoMinutesAgo, twoMinutesAgo, session)
                .update();
        long before = System.currentTimeMillis();
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).as("a minute behind: written").isGreaterThanOrEqualTo(before - 1_000);
        assertThat(jdbc.sql("SELECT expiry_time - last_access_time FROM spring_session WHERE primary_id = ?")
                        .param(session)
                        .query(Long.class)
                        .single())
                .isEqualTo(30 * 60_000L);

        client.get("/logout");
    }
}
