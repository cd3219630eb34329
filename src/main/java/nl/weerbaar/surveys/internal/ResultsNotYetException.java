package nl.weerbaar.surveys.internal;

import nl.weerbaar.platform.NotFoundException;

/**
 * The results of a survey that is still open (or not open yet): they are shown once it is closed. Where no page
 * explains this (the comparison's JSON), it is answered as "not found", as before.
 */
class ResultsNotYetException extends NotFoundException {

    private final transient Survey survey;

    ResultsNotYetException(Survey survey) {
        super("results of open survey", survey.id());
        this.survey = survey;
    }

    Survey survey() {
        return survey;
    }
}
