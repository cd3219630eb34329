package nl.weerbaar.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link DatabaseUnavailableException} into one clear message instead of a stack trace. */
public class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DatabaseUnavailableException cause) {
        return new FailureAnalysis(
                cause.getMessage(), "See README.md, section Configuration, for the database settings.", cause);
    }
}
