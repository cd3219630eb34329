package nl.weerbaar.surveys.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.FieldErrors;

/** Server-side checks of the coordinator's forms; errors map a field name to a message key. */
final class SurveyForms {

    static final int MAX_ADDRESSES = 5000;

    private SurveyForms() {}

    /** Fields of the new-survey form as typed. */
    record NewSurvey(
            String title, String variant, String opensOn, String closesOn, String minGroupSize, String baseline) {}

    static FieldErrors check(NewSurvey f, int platformMinimum, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (f.title() == null || f.title().strip().length() < 3) {
            errors.reject("title", "surveys.new.title.required");
        } else if (f.title().strip().length() > 200) {
            errors.reject("title", "surveys.new.title.tooLong");
        }
        if (variant(f.variant()) == null) {
            errors.reject("variant", "surveys.new.variant.required");
        }
        LocalDate opens = date(f.opensOn());
        LocalDate closes = date(f.closesOn());
        if (opens == null) {
            errors.reject("opensOn", "surveys.new.date.invalid");
        }
        if (closes == null) {
            errors.reject("closesOn", "surveys.new.date.invalid");
        } else if (opens != null && closes.isBefore(opens)) {
            errors.reject("closesOn", "surveys.new.closesOn.beforeOpens");
        } else if (closes.isBefore(today)) {
            errors.reject("closesOn", "surveys.new.closesOn.past");
        }
        Integer k = integer(f.minGroupSize());
        if (k == null || k < platformMinimum || k > 1000) {
            errors.reject("minGroupSize", "surveys.new.minGroupSize.range");
        }
        return errors;
    }

    static Variant variant(String raw) {
        try {
            return raw == null ? null : Variant.valueOf(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date as {@link DateInput} reads it (ISO or Dutch day-month-year); null when missing or no date. */
    static LocalDate date(String raw) {
        return DateInput.parse(raw).orElse(null);
    }

    static Integer integer(String raw) {
        return raw != null && raw.strip().matches("\\d{1,6}") ? Integer.valueOf(raw.strip()) : null;
    }

    /** The addresses in {@code raw} (separated by white space, commas or semicolons), lower case, without doubles. */
    static List<String> addresses(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split("[\\s,;]+")) {
            String a = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (!a.isEmpty() && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The first address that is not a plausible e-mail address, or null when all are. */
    static String firstInvalid(List<String> addresses) {
        return addresses.stream()
                .filter(a -> a.length() > 254 || !a.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                .findFirst()
                .orElse(null);
    }
}
