package nl.weerbaar.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that shows the case data of one object. When the read is refused — the method ends in
 * {@link NotFoundException} (not visible to this user, or not there) or in Spring Security's access denied (the role
 * may not) — the platform writes a DENIED read to the {@link AuditLog}, outside the refused work's transaction, so the
 * attempt stays on record. Successful reads are audited by the service, as always.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CaseRead {

    /** The audit object type of what is read, e.g. {@code incident}. */
    String value();

    /** The path variable that holds the object's id. */
    String idVariable() default "id";
}
