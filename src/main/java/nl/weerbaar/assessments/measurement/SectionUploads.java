package nl.weerbaar.assessments.measurement;

import nl.weerbaar.assessments.instrument.InstrumentParser;
import nl.weerbaar.platform.UploadLimits;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The limits of saving a section: a section is one form with an answer, a comment, a link and a file per question,
 * so the number of parts follows from the most questions a pillar may have
 * ({@link InstrumentParser#MAX_QUESTIONS_PER_PILLAR}). Each file may be as large as one upload
 * ({@code WEERBAAR_MAX_UPLOAD}); the files of one save together as large as {@code WEERBAAR_MAX_SAVE}. The page
 * checks both before sending, so a person's answers are never lost to a refused request.
 */
@Component
class SectionUploads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    /** Answer, comment, link and file. */
    static final int PARTS_PER_QUESTION = 4;
    /** The parts of the largest section: its questions, the CSRF token and room for a few more fields. */
    static final int MAX_PARTS = PARTS_PER_QUESTION * InstrumentParser.MAX_QUESTIONS_PER_PILLAR + 10;

    private final long maxFileBytes;
    private final long maxSaveBytes;

    SectionUploads(UploadLimits limits) {
        this.maxFileBytes = limits.maxFileBytes();
        this.maxSaveBytes = limits.maxRequestBytes();
    }

    /** Largest evidence file. */
    long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Largest sum of the files of one save. Kept one megabyte under the request limit: the answers, comments and
     * links travel in the same request.
     */
    long maxFilesPerSaveBytes() {
        return Math.max(maxFileBytes, maxSaveBytes - DataSize.ofMegabytes(1).toBytes());
    }

    /**
     * Raises Tomcat's part limit (default 50) to what the largest section needs; a higher configured
     * {@code server.tomcat.max-part-count} stays. Runs after Spring Boot's own customizer, which applies that setting.
     */
    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers((TomcatConnectorCustomizer) connector -> {
            int configured = connector.getMaxPartCount();
            if (configured >= 0 && configured < MAX_PARTS) {
                connector.setMaxPartCount(MAX_PARTS);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
