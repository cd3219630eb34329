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

    @Override
    public MapSession createSession() {
      return sessions.createSession();
    }

    @Override
    public void save(MapSession session) {
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
  final SessionRepositoryFilter<MapSession> filter = new SessionRepositoryFilter<>(new SavedSessionReuse<>(store));
  final SavedSessionReuse.RequestScope scope = new SavedSessionReuse.RequestScope();

  /** One request carrying {@code sessionId}, through the scope and the session filter; returns the session seen. */
  String request(String sessionId) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
    request.setCookies(new Cookie("SESSION",
        Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
    String[] seen = new String[1];
    scope.doFilter(request, new MockHttpServletResponse(), (req, res) ->
        filter.doFilter(req, res, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
          @Override
          protected void service(jakarta.servlet.http.HttpServletRequest r, jakarta.servlet.http.HttpServletResponse s) {
            var session = r.getSession(false);
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
    assertThat(store.reads.get()).as("without the reuse Spring Session reads twice").isEqualTo(1);
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
  void outsideARequestEverySaveIsFollowedByARealRead() {
    SavedSessionReuse<MapSession> reuse = new SavedSessionReuse<>(store);
    MapSession session = reuse.createSession();
    reuse.save(session);
    assertThat(reuse.findById(session.getId())).isNotNull();
    assertThat(store.reads.get()).isEqualTo(1);
  }
}
