package nl.weerbaar.processes.reviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/processes/reviews/{id}}: the progress of an access review campaign, counts only. */
@RestController
@Tag(name = "Toegangsreviews", description = "Voortgang van toegangsreviews")
class ReviewApi {

    record Progress(
            UUID id,
            String name,
            String status,
            LocalDate dueDate,
            OffsetDateTime startedAt,
            OffsetDateTime closedAt,
            long total,
            long confirmed,
            long revoked,
            long open,
            List<ShareProgress> shares) {}

    /** One group of reviewers: {@code reviewer} MANAGER with the department's id, or COORDINATOR. */
    record ShareProgress(String reviewer, UUID departmentId, long total, long confirmed, long revoked, long open) {}

    private final ReviewService service;

    ReviewApi(ReviewService service) {
        this.service = service;
    }

    @GetMapping(path = "/api/v1/processes/reviews/{id}", produces = "application/json")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Operation(
            summary = "Voortgang van een toegangsreview",
            description = "Aantallen bevestigd, ingetrokken en open, "
                    + "in totaal en per groep beoordelaars. 404 (problem+json) voor een onbekende campagne.")
    Progress progress(@PathVariable UUID id) {
        ReviewService.CampaignPage progress = service.progress(id);
        Campaigns.Campaign c = progress.campaign();
        List<ShareProgress> shares = progress.shares().stream()
                .map(s -> new ShareProgress(
                        s.reviewer(), s.departmentId(), s.total(), s.confirmed(), s.revoked(), s.open()))
                .toList();
        return new Progress(
                c.id(),
                c.name(),
                c.status(),
                c.dueDate(),
                c.startedAt(),
                c.closedAt(),
                c.total(),
                c.confirmed(),
                c.revoked(),
                c.open(),
                shares);
    }
}
