package nl.weerbaar.incidents.web;

import java.io.IOException;
import java.util.UUID;
import nl.weerbaar.incidents.core.Attachments;
import nl.weerbaar.incidents.core.IncidentQueries;
import nl.weerbaar.incidents.core.Viewer;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload and download of attachments. A refused file returns to the page with the reason; downloads are always
 * attachments (never inline) with the type found in the content and {@code nosniff}.
 */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'COORDINATOR', 'CONFIDANT', 'LEGAL')")
class AttachmentController {

    private final Attachments attachments;
    private final IncidentQueries queries;
    private final Organisation organisation;

    AttachmentController(Attachments attachments, IncidentQueries queries, Organisation organisation) {
        this.attachments = attachments;
        this.queries = queries;
        this.organisation = organisation;
    }

    @PostMapping("/incidents/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        Viewer v = viewer();
        IncidentQueries.Access access = queries.access(id, v).orElseThrow(() -> new NotFoundException("incident", id));
        String page = access == IncidentQueries.Access.HANDLER ? "/incidents/" + id : "/incidents/mine/" + id;
        try {
            attachments.add(
                    id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), v);
        } catch (InvalidInputException e) {
            return "redirect:" + page + "?fileError=" + e.errors().key("file").replace("incidents.error.file.", "")
                    + "#attachments";
        }
        return "redirect:" + page + "?uploaded#attachments";
    }

    @GetMapping("/incidents/{id}/attachments/{attachment}")
    @CaseRead("incident")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
        Attachments.File f = attachments.download(id, attachment, viewer());
        return Downloads.file(f.content(), MediaType.parseMediaType(f.contentType()), f.filename());
    }

    private Viewer viewer() {
        return Viewer.of(CurrentUser.require(), organisation);
    }
}
