package nl.weerbaar.surveys.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The respondent's side as JSON, without login, for an intranet widget or app: the questionnaire behind a personal
 * token, and submitting answers to it. Same rules and limits as the pages; errors as problem details.
 */
@RestController
@Tag(name = "Enquête invullen", description = "Zonder inloggen, met de persoonlijke link uit de uitnodiging")
@RequestMapping("/api/v1/public/surveys")
class PublicSurveyApi {

    /** The questionnaire to answer; answers are option indexes. */
    record QuestionnaireView(String title, UUID questionnaireId, List<Question> questions) {}

    /** {@code answers}: code → option index; {@code texts}: code → free text (optional). */
    record Submission(UUID questionnaireId, Map<String, Integer> answers, Map<String, String> texts) {}

    private final Respondents respondents;
    private final PublicLimits limits;
    private final MessageSource messages;

    PublicSurveyApi(Respondents respondents, PublicLimits limits, MessageSource messages) {
        this.respondents = respondents;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/{token}")
    @Operation(
            summary = "De vragenlijst achter een persoonlijke link",
            responses = {
                @ApiResponse(responseCode = "200", description = "De vragen met hun antwoordmogelijkheden"),
                @ApiResponse(responseCode = "403", description = "De enquête is nog niet open"),
                @ApiResponse(responseCode = "404", description = "Deze link bestaat niet"),
                @ApiResponse(responseCode = "410", description = "Al ingevuld, verlopen of gesloten")
            })
    ResponseEntity<?> questionnaire(@PathVariable String token, HttpServletRequest request, Locale locale) {
        Optional<Access> access = respondents.byToken(token);
        ResponseEntity<ProblemDetail> refused = refuse(request, access, locale);
        if (refused != null) {
            return refused;
        }
        Respondents.Form form = respondents.form(access.get());
        if (form.state() != Respondents.State.OK) {
            return problem(form.state(), locale);
        }
        return ResponseEntity.ok(new QuestionnaireView(
                form.survey().title(), form.version().id(), form.version().questions()));
    }

    @PostMapping("/{token}/responses")
    @Operation(
            summary = "Antwoorden versturen; de link werkt daarna niet meer",
            responses = {
                @ApiResponse(responseCode = "201", description = "Anoniem opgeslagen"),
                @ApiResponse(responseCode = "400", description = "Niet alle antwoorden zijn geldig (fouten per vraag)"),
                @ApiResponse(responseCode = "403", description = "De enquête is nog niet open"),
                @ApiResponse(responseCode = "404", description = "Deze link bestaat niet"),
                @ApiResponse(responseCode = "410", description = "Al ingevuld, verlopen of gesloten")
            })
    ResponseEntity<?> submit(
            @PathVariable String token, @RequestBody Submission body, HttpServletRequest request, Locale locale) {
        Optional<Access> access = respondents.byToken(token);
        ResponseEntity<ProblemDetail> refused = refuse(request, access, locale);
        if (refused != null) {
            return refused;
        }
        Map<String, String> fields = new HashMap<>();
        if (body.answers() != null) {
            body.answers()
                    .forEach((code, value) -> fields.put("q_" + code, value == null ? "" : String.valueOf(value)));
        }
        if (body.texts() != null) {
            body.texts().forEach((code, text) -> fields.put("q_" + code, text));
        }
        Respondents.Outcome outcome = respondents.submit(access.get(), body.questionnaireId(), fields);
        if (outcome.state() == Respondents.State.OK) {
            return ResponseEntity.status(HttpStatus.CREATED).build();
        }
        if (outcome.state() == Respondents.State.INVALID) {
            throw new InvalidInputException(outcome.errors());
        }
        return problem(outcome.state(), locale);
    }

    private ResponseEntity<ProblemDetail> refuse(HttpServletRequest request, Optional<Access> access, Locale locale) {
        if (!limits.allow(request.getRemoteAddr(), access.isPresent())) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY", locale);
        }
        return access.isEmpty() ? problem(HttpStatus.NOT_FOUND, "UNKNOWN", locale) : null;
    }

    private ResponseEntity<ProblemDetail> problem(Respondents.State state, Locale locale) {
        HttpStatus status = switch (state) {
            case NOT_OPEN_YET -> HttpStatus.FORBIDDEN;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.GONE;
        };
        return problem(status, state.name(), locale);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String state, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("about:blank"));
        p.setTitle(messages.getMessage("surveys.state." + state + ".title", null, locale));
        p.setDetail(messages.getMessage("surveys.state." + state + ".text", null, locale));
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
