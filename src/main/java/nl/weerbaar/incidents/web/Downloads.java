package nl.weerbaar.incidents.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files are always served as a download, never shown inline, and never cached. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return file(body, MediaType.APPLICATION_PDF, filename);
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
