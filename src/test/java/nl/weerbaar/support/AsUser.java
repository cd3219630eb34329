package nl.weerbaar.support;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code in-process as a demo user (their municipality as tenant, their identity as the current user). */
public final class AsUser {

    private AsUser() {}

    public static UserIdentity identity(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT * FROM auth_find_account(?)")
                .param(username)
                .query((rs, n) -> {
                    String[] names = (String[]) rs.getArray("roles").getArray();
                    return new UserIdentity(
                            rs.getObject("id", UUID.class),
                            rs.getObject("tenant_id", UUID.class),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            names.length == 0
                                    ? EnumSet.noneOf(Role.class)
                                    : Arrays.stream(names)
                                            .map(Role::valueOf)
                                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                            rs.getObject("department_id", UUID.class));
                })
                .single();
    }

    public static <T> T call(JdbcClient jdbc, String username, Supplier<T> work) {
        UserIdentity me = identity(jdbc, username);
        CurrentUser.Holder holder = () -> me;
        List<SimpleGrantedAuthority> authorities = me.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(holder, null, authorities));
        try {
            return TenantContext.callAs(me.tenantId(), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
