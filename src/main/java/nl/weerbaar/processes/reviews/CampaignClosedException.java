package nl.weerbaar.processes.reviews;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A decision or a closing on a campaign that is closed already: its result is final. */
@ResponseStatus(HttpStatus.CONFLICT)
class CampaignClosedException extends RuntimeException {

    CampaignClosedException() {
        super("review campaign is closed");
    }
}
