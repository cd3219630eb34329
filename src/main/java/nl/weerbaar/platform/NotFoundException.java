package nl.weerbaar.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The object does not exist for this user. Also thrown for another municipality's ids: those are
 * indistinguishable from ids that never existed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " not found");
    }
}
