package nl.weerbaar.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date as a person or a browser enters it: ISO ({@code 2026-03-31}, what a date picker sends) or the Dutch
 * day-month-year ({@code 31-03-2026}, {@code 31-3-2026}, {@code 31/3/2026}, {@code 31.3.2026}, what people type where
 * the browser shows no picker, or in a spreadsheet). Days that do not exist, such as 31-02-2026, are refused.
 */
public final class DateInput {

    private static final List<DateTimeFormatter> FORMATS = java.util.stream.Stream.of(
                    "uuuu-M-d", "d-M-uuuu", "d/M/uuuu", "d.M.uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    /**
     * The date {@code text} stands for, surrounding spaces ignored; empty when it is blank, longer than 20 characters
     * or no date.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 20) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }

    private DateInput() {}
}
