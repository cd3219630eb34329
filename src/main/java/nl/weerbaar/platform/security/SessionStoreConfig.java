package nl.weerbaar.platform.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session store in PostgreSQL. Every request moves a session's last-access time, and writing that each time
 * costs a row update and a commit that waits for the disk, on pages and API calls alike. The session row is
 * therefore only written when something else changed (id, principal, idle limit) or when the stored last-access
 * time is a minute or more behind; a session may so expire up to a minute before its exact idle limit, never later.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    /** How far the stored last-access time may lag behind, in milliseconds. */
    static final long LAST_ACCESS_SLACK_MILLIS = 60_000;

    static final String UPDATE_SESSION_QUERY = """
      UPDATE %%TABLE_NAME%% s
         SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
             MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
             PRINCIPAL_NAME = v.principal_name
        FROM (SELECT CAST(? AS char(36)) AS session_id, CAST(? AS bigint) AS last_access_time,
                     CAST(? AS integer) AS max_inactive_interval, CAST(? AS bigint) AS expiry_time,
                     CAST(? AS varchar(100)) AS principal_name, CAST(? AS char(36)) AS primary_id) v
       WHERE s.PRIMARY_ID = v.primary_id
         AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
              OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
              OR v.last_access_time - s.LAST_ACCESS_TIME >= %s)
      """.formatted(LAST_ACCESS_SLACK_MILLIS);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenAtMostOncePerMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }

    /** The JDBC session store behind {@link SavedSessionReuse}: one session read per request instead of two. */
    @Bean
    static BeanPostProcessor savedSessionReuse() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new SavedSessionReuse<>(jdbc) : bean;
            }
        };
    }

    /** Runs outside Spring Session's filter, so that the remembered session is gone before the next request. */
    @Bean
    FilterRegistrationBean<SavedSessionReuse.RequestScope> savedSessionReuseScope() {
        FilterRegistrationBean<SavedSessionReuse.RequestScope> registration =
                new FilterRegistrationBean<>(new SavedSessionReuse.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }
}
