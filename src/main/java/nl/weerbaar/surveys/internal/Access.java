package nl.weerbaar.surveys.internal;

import java.util.UUID;

/**
 * What a public link resolved to: the municipality and survey, and how the respondent came in
 * ({@code tokenHash} for a personal invitation, else {@code linkCode} for an open link).
 */
record Access(UUID tenantId, UUID surveyId, String tokenHash, String linkCode) {

    boolean personal() {
        return tokenHash != null;
    }
}
