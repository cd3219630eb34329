package nl.weerbaar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's own filter in front of an in-memory store that counts its reads: with {@link SavedSessionReuse}
 * a request with a session reads it once, and a session ended between two requests stays ended.
 */
class SavedSessionReuseTest {

    /** An in-memory session store that counts lookups. */
    static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final MapSessionRepository sessions = new MapSessionRepository(new ConcurrentHashMap<>());
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            writes.incrementAndGet();
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    final CountingStore store = new CountingStore();
    final SessionRepositoryFilter<Session> filter = new SessionRepositoryFilter<>(new SavedSessionReuse<>(store));
    final SavedSessionReuse.RequestScope scope = new SavedSessionReuse.RequestScope();

    /** One request carrying {@code sessionId}, through the scope and the session filter; returns the session seen. */
    String request(String sessionId) throws Exception {
        return request(sessionId, session -> {});
    }

    /** As {@link #request(String)}, doing {@code work} with the request's session (if it has one). */
    String request(String sessionId, java.util.function.Consumer<jakarta.servlet.http.HttpSession> work)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(
                new Cookie("SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        String[] seen = new String[1];
        scope.doFilter(
                request,
                new MockHttpServletResponse(),
                (req, res) -> filter.doFilter(req, res, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(
                            jakarta.servlet.http.HttpServletRequest r, jakarta.servlet.http.HttpServletResponse s) {
                        var session = r.getSession(false);
                        if (session != null) {
                            work.accept(session);
                        }
                        seen[0] = session == null ? null : session.getId();
                    }
                })));
        return seen[0];
    }

    @Test
    void aRequestReadsItsSessionOnce() throws Exception {
        MapSession session = store.createSession();
        store.save(session);

        assertThat(request(session.getId())).isEqualTo(session.getId());
        assertThat(store.reads.get())
                .as("without the reuse Spring Session reads twice")
                .isEqualTo(1);
        assertThat(request(session.getId())).isEqualTo(session.getId());
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void aSessionEndedBetweenTwoRequestsIsNotRevived() throws Exception {
        MapSession session = store.createSession();
        store.save(session);
        assertThat(request(session.getId())).isEqualTo(session.getId());

        store.deleteById(session.getId()); // logged out on another node
        assertThat(request(session.getId())).isNull();
    }

    @Test
    void aSessionInWhichNothingChangedIsNotWrittenWithinTheMinute() throws Exception {
        MapSession session = store.createSession();
        store.save(session);
        store.writes.set(0);

        assertThat(request(session.getId())).isEqualTo(session.getId());
        assertThat(request(session.getId(), s -> s.getAttribute("seen"))).isEqualTo(session.getId());
        assertThat(store.writes.get())
                .as("only the last-access time moved, by less than a minute")
                .isZero();
    }

    @Test
    void aChangedSessionIsWritten() throws Exception {
        MapSession session = store.createSession();
        store.save(session);
        store.writes.set(0);

        request(session.getId(), s -> s.setAttribute("filter", "Q3"));
        assertThat(store.writes.get()).isEqualTo(1);
        assertThat(store.sessions.findById(session.getId()).<String>getAttribute("filter"))
                .isEqualTo("Q3");

        request(session.getId(), s -> s.removeAttribute("filter"));
        assertThat(store.writes.get()).isEqualTo(2);
        assertThat(store.sessions.findById(session.getId()).<String>getAttribute("filter"))
                .isNull();

        request(session.getId(), s -> s.setMaxInactiveInterval(60));
        assertThat(store.writes.get()).isEqualTo(3);
        assertThat(store.sessions.findById(session.getId()).getMaxInactiveInterval())
                .hasSeconds(60);
    }

    @Test
    void theLastAccessTimeIsWrittenOnceItIsAMinuteBehind() throws Exception {
        MapSession session = store.createSession();
        java.time.Instant longAgo = java.time.Instant.now().minusSeconds(61);
        session.setLastAccessedTime(longAgo);
        store.save(session);
        store.writes.set(0);

        request(session.getId());
        assertThat(store.writes.get()).isEqualTo(1);
        assertThat(store.sessions.findById(session.getId()).getLastAccessedTime())
                .isAfter(longAgo.plusSeconds(60));
    }

    @Test
    void outsideARequestEverySaveIsFollowedByARealRead() {
        SavedSessionReuse<MapSession> reuse = new SavedSessionReuse<>(store);
        Session session = reuse.createSession();
        reuse.save(session);
        assertThat(reuse.findById(session.getId())).isNotNull();
        assertThat(store.reads.get()).isEqualTo(1);
    }
}
