package nl.weerbaar.actions.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A status change that is not allowed from the action's current status. */
@ResponseStatus(HttpStatus.CONFLICT)
class IllegalTransitionException extends RuntimeException {

    IllegalTransitionException(ActionStatus from) {
        super("Not allowed from status " + from);
    }
}
