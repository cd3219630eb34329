package nl.weerbaar.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The municipality on whose behalf the current thread works. Every database connection handed out
 * carries it as {@code app.tenant_id}, and row-level security filters on it: without a tenant, tenant
 * tables show nothing.
 *
 * <p>Web requests get it from the logged-in user. Event listeners and jobs set it explicitly with
 * {@link #callAs(UUID, Supplier)} or {@link #runAs(UUID, Runnable)}. These also switch a connection that
 * an already running transaction holds, so they work inside {@code @Transactional} methods and
 * {@code @ApplicationModuleListener}s too.
 */
public final class TenantContext {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();
    private static final java.util.List<java.util.function.Consumer<UUID>> SWITCHES =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private TenantContext() {}

    /** The current municipality, if any. */
    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current municipality; throws when none is set. */
    public static UUID require() {
        UUID id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("No municipality in context");
        }
        return id;
    }

    /** Runs {@code work} with {@code tenantId} as context (null: no municipality), restoring the previous one. */
    public static <T> T callAs(UUID tenantId, Supplier<T> work) {
        UUID previous = CURRENT.get();
        set(tenantId);
        SWITCHES.forEach(s -> s.accept(tenantId));
        try {
            return work.get();
        } finally {
            set(previous);
            SWITCHES.forEach(s -> s.accept(previous));
        }
    }

    /** As {@link #callAs(UUID, Supplier)} without a result. */
    public static void runAs(UUID tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** For infrastructure only (request filter): sets or clears the context of this thread. */
    public static void set(UUID tenantId) {
        if (tenantId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tenantId);
        }
    }

    /**
     * For infrastructure only: how to re-bind a connection held by a running transaction. One per data source;
     * several application contexts (nodes) may share a JVM.
     */
    public static void onSwitch(java.util.function.Consumer<UUID> action) {
        SWITCHES.add(action);
    }

    /** For infrastructure only: forgets a switch registered with {@link #onSwitch}. */
    public static void removeSwitch(java.util.function.Consumer<UUID> action) {
        SWITCHES.remove(action);
    }
}
