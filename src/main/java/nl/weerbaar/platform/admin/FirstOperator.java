package nl.weerbaar.platform.admin;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production install starts without users. With {@code WEERBAAR_OPERATOR_USERNAME} and
 * {@code WEERBAAR_OPERATOR_PASSWORD} set, a start without a platform operator creates one (who then adds the
 * municipalities and their first administrators); once an operator exists the variables are ignored, and they can be
 * removed. The password follows the password policy. Without the variables and without an operator, one line says
 * what to do.
 */
@Component
@Order(-10)
class FirstOperator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstOperator.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final MessageSource messages;
    private final String username;
    private final String password;

    FirstOperator(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            TransactionTemplate tx,
            AuditLog audit,
            MessageSource messages,
            @Value("${weerbaar.operator.username:}") String username,
            @Value("${weerbaar.operator.password:}") String password) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
        this.audit = audit;
        this.messages = messages;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("SELECT platform_operator_exists()")
                .query(Boolean.class)
                .single();
        if (exists) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warn("There is no platform operator yet: start once with WEERBAAR_OPERATOR_USERNAME and"
                    + " WEERBAAR_OPERATOR_PASSWORD to create one.");
            return;
        }
        List<String> refused = PasswordPolicy.standard().check(password, username);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("WEERBAAR_OPERATOR_PASSWORD does not meet the password policy: "
                    + String.join(
                            " ",
                            refused.stream()
                                    .map(key -> messages.getMessage(
                                            key,
                                            new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH},
                                            key,
                                            Locale.ENGLISH))
                                    .toList()));
        }
        UUID id = UUID.randomUUID();
        String hash = encoder.encode(password);
        tx.executeWithoutResult(s -> {
            jdbc.sql("SELECT platform_create_operator(?, ?, ?, ?)")
                    .params(id, username, username, hash)
                    .query()
                    .singleRow();
            audit.record(AuditLog.Action.CREATE, UserAdmin.TYPE, id, "first platform operator, from the environment");
        });
        LOG.info("Created the platform operator {}; WEERBAAR_OPERATOR_PASSWORD can be removed now.", username);
    }
}
