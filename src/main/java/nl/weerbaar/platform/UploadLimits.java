package nl.weerbaar.platform;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The limits on a form with files, for every page and API: each file at most {@code WEERBAAR_MAX_UPLOAD}, the whole
 * form at most {@code WEERBAAR_MAX_SAVE}. The platform refuses a form above either before any controller sees it,
 * with a page that names both; a page may check them earlier in the browser, so nothing typed is lost.
 */
@Component
public class UploadLimits {

    private final long maxFileBytes;
    private final long maxRequestBytes;

    public UploadLimits(
            @Value("${weerbaar.uploads.max-file}") DataSize maxFile,
            @Value("${weerbaar.uploads.max-save}") DataSize maxRequest) {
        this.maxFileBytes = maxFile.toBytes();
        this.maxRequestBytes = maxRequest.toBytes();
    }

    /** Largest file. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Largest form, everything in it together. */
    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** The limits in whole megabytes, as {@code maxFileMb} and {@code maxSaveMb}, for the pages that explain them. */
    public void describe(Map<String, Object> model) {
        model.put("maxFileMb", megabytes(maxFileBytes));
        model.put("maxSaveMb", megabytes(maxRequestBytes));
    }

    /** Both limits in whole megabytes, file first, as arguments of a message that names them. */
    public Object[] inMegabytes() {
        return new Object[] {megabytes(maxFileBytes), megabytes(maxRequestBytes)};
    }

    /** Whole megabytes (rounded down), for messages. */
    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
