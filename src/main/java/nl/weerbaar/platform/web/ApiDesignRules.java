package nl.weerbaar.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes the OpenAPI document say what the API does by the NL API Design Rules (ADR 0016), for every operation at
 * once instead of per method: paths relative to the base path with the major version ({@link ApiVersion#BASE_PATH}),
 * the contact, the {@code API-Version} header on every response, and every error response as RFC 9457 problem
 * details ({@code application/problem+json}, schema {@code Problem}). Each operation gets the standard error responses
 * that apply to it: 400 when it takes input, 401 and 403 unless it is public, 404 when its path names something, 413
 * when it takes files, 429 when it is public (rate-limited), 500 always. Error responses an operation documents itself
 * (such as 409) keep their description and get the problem schema. Only the standard responses in use are in
 * {@code components}.
 */
final class ApiDesignRules implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** The path prefix of operations that need no login (and are rate-limited instead). */
    static final String PUBLIC = "/public/";

    private static final Map<String, String> STANDARD = Map.of(
            "400", "Ongeldig verzoek of ongeldige invoer; bij invoer per veld een lijst errors met field en message",
            "401", "Niet ingelogd: geen of een ongeldige API-sleutel, gebruikersnaam of sessie",
            "403", "Geen toegang: de rol van de gebruiker staat dit niet toe, of het CSRF-token ontbreekt",
            "404", "Niet gevonden, of van een andere gemeente",
            "409", "Conflict met de huidige toestand",
            "413", "Te groot: een bestand of het verzoek als geheel is groter dan toegestaan",
            "429", "Te veel verzoeken; probeer het over een minuut opnieuw",
            "500", "Onverwachte fout; het antwoord bevat een referentie die ook in het log staat");

    private final Contact contact;

    /**
     * {@code contact}'s e-mail address is left out unless it is one with a domain (a development default such as
     * {@code weerbaar@localhost} would make the document invalid).
     */
    ApiDesignRules(Contact contact) {
        this.contact = contact;
        if (contact.getEmail() != null && !contact.getEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            contact.setEmail(null);
        }
    }

    @Override
    public void customise(OpenAPI api) {
        api.getInfo().setVersion(ApiVersion.VERSION);
        api.getInfo().setContact(contact);
        api.setServers(List.of(new Server()
                .url(ApiVersion.BASE_PATH)
                .description("Het adres van deze installatie met de hoofdversie van de API")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(PROBLEM, problemSchema());
        components.addHeaders(ApiVersion.HEADER, versionHeader());

        Set<String> used = new TreeSet<>();
        Paths relative = new Paths();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> {
                String local = path.startsWith(ApiVersion.BASE_PATH + "/")
                        ? path.substring(ApiVersion.BASE_PATH.length())
                        : path;
                item.readOperationsMap().values().forEach(operation -> describe(local, operation, used));
                relative.addPathItem(local, item);
            });
        }
        api.setPaths(relative);
        used.forEach(status -> components.addResponses(status, problem(STANDARD.get(status))));
    }

    private static void describe(String path, Operation operation, Set<String> used) {
        boolean isPublic = path.startsWith(PUBLIC);
        if (isPublic) {
            operation.setSecurity(List.of());
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        addStandard(responses, "400", takesInput, used);
        addStandard(responses, "401", !isPublic, used);
        addStandard(responses, "403", !isPublic, used);
        addStandard(responses, "404", path.contains("{"), used);
        addStandard(responses, "413", takesFiles(operation), used);
        addStandard(responses, "429", isPublic, used);
        addStandard(responses, "500", true, used);

        Map<String, ApiResponse> sorted = new LinkedHashMap<>();
        responses.keySet().stream().sorted().forEach(status -> sorted.put(status, responses.get(status)));
        responses.clear();
        sorted.forEach((status, response) -> {
            if (response.get$ref() == null) {
                if (status.startsWith("4") || status.startsWith("5")) {
                    response.setContent(problemContent());
                }
                response.addHeaderObject(ApiVersion.HEADER, versionHeaderRef());
            }
            responses.addApiResponse(status, response);
        });
    }

    private static void addStandard(ApiResponses responses, String status, boolean applies, Set<String> used) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + status));
            used.add(status);
        }
    }

    private static boolean takesFiles(Operation operation) {
        return operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream()
                        .anyMatch(type -> type.startsWith("multipart/"));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(problemContent())
                .addHeaderObject(ApiVersion.HEADER, versionHeaderRef());
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Header versionHeaderRef() {
        return new Header().$ref("#/components/headers/" + ApiVersion.HEADER);
    }

    private static Header versionHeader() {
        return new Header()
                .description("De volledige versie van de API (major.minor.patch), bij elk antwoord")
                .required(true)
                .schema(typed("string").pattern("^[0-9]+\\.[0-9]+\\.[0-9]+$").example(ApiVersion.VERSION));
    }

    private static Schema<Object> problemSchema() {
        Schema<Object> fieldError = typed("object")
                .addProperty("field", typed("string").description("Het veld (de naam in de JSON of de parameter)"))
                .addProperty("message", typed("string").description("Wat er mis is, in de taal van Accept-Language"));
        fieldError.setRequired(List.of("field", "message"));
        ArraySchema errors = new ArraySchema().items(fieldError);
        errors.setTypes(Set.of("array"));
        errors.setDescription("Bij ongeldige invoer (400): de fouten per veld, alle tegelijk");
        Schema<Object> problem = typed("object")
                .description("Probleemdetails volgens RFC 9457; titel en uitleg in de taal van Accept-Language")
                .addProperty("type", typed("string").format("uri-reference").description("Altijd about:blank"))
                .addProperty("title", typed("string").description("Korte omschrijving van het soort probleem"))
                .addProperty("status", typed("integer").format("int32").description("De HTTP-status"))
                .addProperty("detail", typed("string").description("Uitleg bij dit geval"))
                .addProperty("instance", typed("string").format("uri-reference").description("Het gevraagde pad"))
                .addProperty("errors", errors)
                .addProperty(
                        "reference",
                        typed("string").description("Bij een onverwachte fout (500): de referentie in het log"));
        problem.setRequired(List.of("status", "title", "detail"));
        return problem;
    }

    /** A schema of one JSON type, written right for OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}). */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
