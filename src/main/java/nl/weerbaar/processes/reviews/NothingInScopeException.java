package nl.weerbaar.processes.reviews;

/** A campaign whose scope holds no access rights is not started; the transaction rolls back. */
class NothingInScopeException extends RuntimeException {

    NothingInScopeException() {
        super("no access rights in scope");
    }
}
