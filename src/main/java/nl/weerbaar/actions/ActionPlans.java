package nl.weerbaar.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;

/**
 * The municipality's action plan: other modules turn a gap, finding or lesson into an action here.
 * All methods work in the current municipality ({@code TenantContext}) and are audited.
 */
public interface ActionPlans {

    enum Priority {
        LOW,
        MEDIUM,
        HIGH
    }

    /**
     * A new action. {@code sourceModule} (e.g. {@code "assessments"}) and {@code sourceRef} (an id in that module)
     * say where it came from; {@code ownerId} and {@code dueDate} may be null (the action then shows up as
     * follow-up that needs an owner or a date). {@code themeId} (may be null) is one of the municipality's active
     * themes, see {@link #themeNamed}.
     */
    record NewAction(
            String title,
            String description,
            String sourceModule,
            String sourceRef,
            UUID ownerId,
            LocalDate dueDate,
            Priority priority,
            UUID themeId) {

        /** A new action without a theme. */
        public NewAction(
                String title,
                String description,
                String sourceModule,
                String sourceRef,
                UUID ownerId,
                LocalDate dueDate,
                Priority priority) {
            this(title, description, sourceModule, sourceRef, ownerId, dueDate, priority, null);
        }
    }

    /**
     * {@code status}: OPEN, IN_PROGRESS, DONE or CANCELLED. {@code themeId} and {@code themeName} are null for an
     * action without a theme.
     */
    record ActionSummary(
            UUID id,
            String title,
            String status,
            UUID ownerId,
            LocalDate dueDate,
            Priority priority,
            String sourceModule,
            String sourceRef,
            UUID themeId,
            String themeName) {}

    /**
     * The action plan's rules for a new action: {@code title} (2 to 200 characters), {@code description} (at most
     * 4000), {@code ownerId} (a person of this municipality) and {@code themeId} (an active theme of this
     * municipality). Empty when the action may be created.
     */
    FieldErrors check(NewAction action);

    /**
     * The active theme of this municipality with this name, ignoring case (e.g. a pillar of a scan); empty when
     * there is none. The municipality's starting list of themes is made on first use.
     */
    Optional<UUID> themeNamed(String name);

    /**
     * Creates the action and returns its id; its page is {@code /actions/{id}}. Refused with
     * {@link nl.weerbaar.platform.InvalidInputException} carrying {@link #check}'s errors; nothing is saved then.
     */
    UUID create(NewAction action);

    /** The actions that came from one source object, newest first. */
    List<ActionSummary> forSource(String sourceModule, String sourceRef);
}
