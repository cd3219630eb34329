package nl.weerbaar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>It also leaves out the save of a session in which nothing changed but its last-access time, while the stored
 * last-access time is less than {@link SessionStoreConfig#LAST_ACCESS_SLACK_MILLIS} behind: the store's update
 * statement would change nothing then (see {@link SessionStoreConfig}), but it still cost a transaction on every
 * request. A session read from the store is handed out as a {@link Tracked} session, which notes any attribute set
 * or removed, a new id or idle limit; those sessions are always saved.
 */
final class SavedSessionReuse<S extends Session> implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> delegate;

    SavedSessionReuse(FindByIndexNameSessionRepository<S> delegate) {
        this.delegate = delegate;
    }

    @Override
    public Session createSession() {
        return delegate.createSession();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        JUST_SAVED.remove();
        if (session instanceof Tracked<?> tracked) {
            if (tracked.needsSave()) {
                delegate.save((S) tracked.session);
                tracked.saved();
            }
        } else {
            delegate.save((S) session);
        }
        if (RequestScope.ACTIVE.get() != null) {
            JUST_SAVED.set(session);
        }
    }

    @Override
    public Session findById(String id) {
        Session saved = JUST_SAVED.get();
        JUST_SAVED.remove();
        if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
            return saved;
        }
        S found = delegate.findById(id);
        return found == null ? null : new Tracked<>(found);
    }

    @Override
    public void deleteById(String id) {
        JUST_SAVED.remove();
        delegate.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return Collections.unmodifiableMap(delegate.findByIndexNameAndIndexValue(indexName, indexValue));
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

    /**
     * A stored session that remembers whether anything but its last-access time changed since it was read (or last
     * saved); every call goes to the store's own session object.
     */
    static final class Tracked<T extends Session> implements Session {

        private final T session;
        private Instant storedLastAccess;
        private boolean changed;

        Tracked(T session) {
            this.session = session;
            this.storedLastAccess = session.getLastAccessedTime();
        }

        /** Whether saving would change the stored row: a change, or a last-access time too far behind. */
        boolean needsSave() {
            return changed
                    || Duration.between(storedLastAccess, session.getLastAccessedTime())
                                    .toMillis()
                            >= SessionStoreConfig.LAST_ACCESS_SLACK_MILLIS;
        }

        void saved() {
            changed = false;
            storedLastAccess = session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <A> A getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(session.getMaxInactiveInterval())) {
                changed = true;
            }
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
