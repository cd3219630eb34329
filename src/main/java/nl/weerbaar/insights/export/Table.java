package nl.weerbaar.insights.export;

import java.util.List;

/**
 * One aggregate as rows for export. A cell is a {@link Number} (written as a number) or text (written
 * through {@link Cells#safe}); small numbers a viewer may not see arrive here already as text such as "&lt;5".
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {}
