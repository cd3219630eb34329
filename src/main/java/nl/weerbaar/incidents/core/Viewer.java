package nl.weerbaar.incidents.core;

import java.util.UUID;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;

/** Who looks at incidents, with what the visibility rules need. {@code confidantScope} null unless a confidant. */
public record Viewer(
        UUID userId,
        UUID departmentId,
        boolean manager,
        boolean coordinator,
        boolean legal,
        boolean secretary,
        String confidantScope) {

    public static Viewer of(UserIdentity me, Organisation organisation) {
        String scope = me.has(Role.CONFIDANT)
                ? organisation
                        .person(me.userId())
                        .map(Organisation.Person::confidantScope)
                        .orElse(null)
                : null;
        return new Viewer(
                me.userId(),
                me.departmentId(),
                me.has(Role.MANAGER),
                me.has(Role.COORDINATOR),
                me.has(Role.LEGAL),
                me.has(Role.SECRETARY),
                scope);
    }

    /**
     * SQL condition (on alias {@code i}) for incidents this viewer handles: named parameters {@code vMe},
     * {@code vScope}, {@code vCoord}, {@code vManager}, {@code vDept}, {@code vLegal}, see {@link #bind}.
     * People excluded from handling never match; confidential incidents match only the confidant of their scope.
     */
    public static final String HANDLES = """
      NOT (CAST(:vMe AS uuid) = ANY (i.excluded_users)) AND (
        (i.confidential AND i.confidant_scope = CAST(:vScope AS text))
        OR (NOT i.confidential AND (
             :vCoord
          OR (:vManager AND i.department_id = CAST(:vDept AS uuid))
          OR (:vLegal AND EXISTS (SELECT 1 FROM incident_step ls WHERE ls.tenant_id = i.tenant_id
                AND ls.incident_id = i.id AND ls.step = 'POLICE_REPORT' AND ls.outcome && ARRAY['AANGIFTE', 'MELDING']))
          OR EXISTS (SELECT 1 FROM incident_step os WHERE os.tenant_id = i.tenant_id AND os.incident_id = i.id
                AND os.owner_id = CAST(:vMe AS uuid)))))""";

    public org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
        return spec.param("vMe", userId)
                .param("vScope", confidantScope)
                .param("vCoord", coordinator)
                .param("vManager", manager)
                .param("vDept", departmentId)
                .param("vLegal", legal);
    }
}
