package nl.weerbaar.platform.database;

/** No PostgreSQL could be found or started; the message says what to do. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
