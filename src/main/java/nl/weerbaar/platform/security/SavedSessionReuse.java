package nl.weerbaar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session saves the session at the end of a request and then looks it up once more, only to learn whether
 * the requested session id is still valid (its open issue spring-session#1731): a second database read on every
 * request. This repository in front of the JDBC one answers that one lookup with the session it has just saved on
 * the same thread. Anything else — another id, a second lookup, a later request — goes to the database; the
 * remembered session is dropped at the end of every request ({@link RequestScope}), so a session ended elsewhere in
 * the meantime is never revived.
 */
final class SavedSessionReuse<S extends Session> implements FindByIndexNameSessionRepository<S>, DisposableBean {

  private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

  private final FindByIndexNameSessionRepository<S> delegate;

  SavedSessionReuse(FindByIndexNameSessionRepository<S> delegate) {
    this.delegate = delegate;
  }

  @Override
  public S createSession() {
    return delegate.createSession();
  }

  @Override
  public void save(S session) {
    JUST_SAVED.remove();
    delegate.save(session);
    if (RequestScope.ACTIVE.get() != null) {
      JUST_SAVED.set(session);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public S findById(String id) {
    Session saved = JUST_SAVED.get();
    JUST_SAVED.remove();
    if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
      return (S) saved;
    }
    return delegate.findById(id);
  }

  @Override
  public void deleteById(String id) {
    JUST_SAVED.remove();
    delegate.deleteById(id);
  }

  @Override
  public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
    return delegate.findByIndexNameAndIndexValue(indexName, indexValue);
  }

  /** Stops the store's clean-up schedule with the application (the store itself is no longer the bean). */
  @Override
  public void destroy() throws Exception {
    if (delegate instanceof DisposableBean disposable) {
      disposable.destroy();
    }
  }

  /** Marks a request (outside the session filter) and forgets the remembered session when it ends. */
  static final class RequestScope extends OncePerRequestFilter {

    static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ACTIVE.set(Boolean.TRUE);
      try {
        chain.doFilter(request, response);
      } finally {
        ACTIVE.remove();
        JUST_SAVED.remove();
      }
    }
  }
}
