package nl.weerbaar.surveys.internal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Asking for the results of a survey that is still open shows when they will be there, instead of "not found". */
@ControllerAdvice(assignableTypes = ResultsController.class)
class ResultsPending {

    @ExceptionHandler(ResultsNotYetException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String pending(ResultsNotYetException e, Model model) {
        model.addAttribute("survey", e.survey());
        return "surveys/results-pending";
    }
}
