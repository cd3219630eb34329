package nl.weerbaar.platform.security;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks up accounts for login, before any municipality is known, through the database functions that
 * are the only way past row-level security; records failures for the account-wide lock and the addresses an
 * account logged in from (ADR 0013). The account-wide lock holds after {@code weerbaar.security.max-failed-logins}
 * failures from anywhere since the last successful login, for {@code weerbaar.security.lock-minutes} after the last
 * failure, and applies only to addresses the account has not logged in from in the last
 * {@code weerbaar.security.familiar-address-days}.
 */
@Component
class AccountStore {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final String lockDuration;
    private final String familiarFor;
    private final Clock clock;

    AccountStore(
            JdbcClient jdbc,
            @Value("${weerbaar.security.max-failed-logins:5}") int maxFailures,
            @Value("${weerbaar.security.lock-minutes:15}") int lockMinutes,
            @Value("${weerbaar.security.familiar-address-days:90}") int familiarDays,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockDuration = lockMinutes + " minutes";
        this.familiarFor = familiarDays + " days";
    }

    /** The account for a login attempt; {@link UsernameNotFoundException} when there is none. */
    UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    Optional<LocalUser> find(String username) {
        if (username == null || username.isBlank() || username.length() > 120) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM auth_find_account(?)")
                .param(username.trim())
                .query((rs, n) -> {
                    Set<Role> roles = roles(rs.getArray("roles"));
                    UserIdentity identity = new UserIdentity(
                            rs.getObject("id", UUID.class),
                            rs.getObject("tenant_id", UUID.class),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            roles,
                            rs.getObject("department_id", UUID.class));
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new LocalUser(
                            identity,
                            rs.getString("password_hash"),
                            rs.getBoolean("enabled"),
                            locked == null || !locked.toInstant().isAfter(clock.instant()) ? null : locked.toInstant());
                })
                .optional();
    }

    static Set<Role> roles(Array array) throws java.sql.SQLException {
        if (array == null) {
            return Set.of();
        }
        String[] names = (String[]) array.getArray();
        if (names.length == 0) {
            return Set.of();
        }
        return Arrays.stream(names)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void recordFailure(String username) {
        if (username != null && username.length() <= 120) {
            jdbc.sql("SELECT auth_record_failure(?, ?, ?::interval)")
                    .params(username.trim(), maxFailures, lockDuration)
                    .query()
                    .singleRow();
        }
    }

    /**
     * Ends the account's lock and failure count and remembers {@code address} (only as a hash with the account's id)
     * as one the account logs in from.
     */
    void recordSuccess(UUID userId, String address) {
        jdbc.sql("SELECT auth_record_success(?, ?, ?::interval)")
                .params(userId, String.valueOf(address), familiarFor)
                .query()
                .singleRow();
    }

    /** Whether the account logged in from {@code address} within the familiar period. */
    boolean isFamiliar(UUID userId, String address) {
        return address != null
                && Boolean.TRUE.equals(jdbc.sql("SELECT auth_is_familiar_address(?, ?, ?::interval)")
                        .params(userId, address, familiarFor)
                        .query(Boolean.class)
                        .single());
    }
}
