package nl.weerbaar.insights.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.platform.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Readable names of dimension values for one request: departments and positions from the organisation,
 * codes from the message bundle (falling back to the code itself), free work-process texts as they are.
 */
public final class Labels {

    private final MessageSource messages;
    private final Map<String, String> departments;
    private final Map<String, String> positions;

    Labels(
            MessageSource messages,
            java.util.List<Organisation.Department> departments,
            java.util.List<Organisation.Position> positions) {
        this.messages = messages;
        this.departments =
                departments.stream().collect(Collectors.toMap(d -> d.id().toString(), Organisation.Department::name));
        this.positions =
                positions.stream().collect(Collectors.toMap(p -> p.id().toString(), Organisation.Position::name));
    }

    /** The label of {@code key} in {@code dimension}; "unknown" for null. */
    public String of(Dimension dimension, String key) {
        if (key == null) {
            return message("insights.unknown", "?");
        }
        return switch (dimension) {
            case DEPARTMENT -> departments.getOrDefault(key, key);
            case POSITION -> positions.getOrDefault(key, key);
            case WORK_PROCESS -> key;
            case KIND -> message("insights.kind." + key, key);
            case LOCATION_TYPE -> message("insights.location." + key, key);
            case PERPETRATOR_RELATION -> message("insights.relation." + key, key);
        };
    }

    public String department(UUID id) {
        return of(Dimension.DEPARTMENT, id == null ? null : id.toString());
    }

    /** The name of the department with this id as text (as in dimension rows). */
    public String departmentKey(String key) {
        return of(Dimension.DEPARTMENT, key);
    }

    public String kind(String code) {
        return of(Dimension.KIND, code);
    }

    Map<String, String> departmentNames() {
        return departments;
    }

    private String message(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }
}
