package nl.weerbaar.incidents.core;

import java.time.Duration;
import java.time.Instant;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.registries.AddressChoices;

/**
 * Checks a {@link ReportCommand}. Returns, per field name, the message key of the first problem; empty when
 * the report may be saved. The same rules hold for the form, the mini-report and the API.
 */
public final class ReportValidator {

    static final int MAX_DESCRIPTION = 8000;
    static final int MAX_SHORT = 300;
    static final int MAX_LONG = 4000;

    private ReportValidator() {}

    public static FieldErrors validate(ReportCommand c, Instant now) {
        FieldErrors errors = new FieldErrors();
        if (c.kinds().isEmpty()) {
            errors.reject("kinds", "incidents.error.kinds.required");
        } else if (!Codes.KINDS.containsAll(c.kinds())) {
            errors.reject("kinds", "incidents.error.kinds.invalid");
        } else if (c.kinds().contains("OTHER") && blank(c.kindOther())) {
            errors.reject("kindOther", "incidents.error.kindOther.required");
        }
        tooLong(errors, "kindOther", c.kindOther(), 200);
        if (c.occurredAt() == null) {
            errors.reject("occurredAt", "incidents.error.occurredAt.required");
        } else if (c.occurredAt().isAfter(now.plus(Duration.ofMinutes(10)))) {
            errors.reject("occurredAt", "incidents.error.occurredAt.future");
        } else if (c.occurredAt().isBefore(now.minus(Duration.ofDays(3660)))) {
            errors.reject("occurredAt", "incidents.error.occurredAt.old");
        }
        if (blank(c.locationType())) {
            errors.reject("locationType", "incidents.error.locationType.required");
        } else if (!Codes.LOCATIONS.contains(c.locationType())) {
            errors.reject("locationType", "incidents.error.invalid");
        }
        if (!Codes.RELATIONS.contains(c.perpetratorRelation())) {
            errors.reject("perpetratorRelation", "incidents.error.invalid");
        }
        if (!Codes.CONSEQUENCES.containsAll(c.consequencesPerson())) {
            errors.reject("consequencesPerson", "incidents.error.invalid");
        }
        if (c.severity() != null && !c.severity().isBlank() && !Codes.SEVERITIES.contains(c.severity())) {
            errors.reject("severity", "incidents.error.invalid");
        }
        if (!Codes.CONFIDENTIALITY.contains(c.confidentiality())) {
            errors.reject("confidentiality", "incidents.error.invalid");
        }
        if (blank(c.description())) {
            errors.reject("description", "incidents.error.description.required");
        } else if (c.description().length() > MAX_DESCRIPTION) {
            errors.reject("description", "incidents.error.description.tooLong");
        }
        if (c.addressBagId() != null && !AddressChoices.wellFormed(c.addressBagId())) {
            errors.reject("addressBagId", "registries.address.error.unknown");
        }
        tooLong(errors, "locationDetail", c.locationDetail(), MAX_SHORT);
        tooLong(errors, "workProcess", c.workProcess(), 120);
        tooLong(errors, "perpetratorReference", c.perpetratorReference(), MAX_SHORT);
        tooLong(errors, "perpetratorDescription", c.perpetratorDescription(), MAX_LONG);
        tooLong(errors, "witnesses", c.witnesses(), 2000);
        tooLong(errors, "consequencesWork", c.consequencesWork(), 2000);
        if (!Codes.CHANNELS.contains(c.channel())) {
            errors.reject("channel", "incidents.error.invalid");
        }
        if ("ON_BEHALF".equals(c.channel()) && blank(c.onBehalfName())) {
            errors.reject("onBehalfName", "incidents.error.onBehalfName.required");
        }
        tooLong(errors, "onBehalfName", c.onBehalfName(), 200);
        if (c.idempotencyKey() != null && !c.idempotencyKey().matches("^[A-Za-z0-9._:-]{8,100}$")) {
            errors.reject("idempotencyKey", "incidents.error.idempotencyKey");
        }
        return errors;
    }

    private static void tooLong(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max && !errors.has(field)) {
            errors.reject(field, "incidents.error.tooLong");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
