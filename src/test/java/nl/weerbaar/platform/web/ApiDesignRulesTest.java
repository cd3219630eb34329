package nl.weerbaar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

class ApiDesignRulesTest {

    @Test
    void operationsGetTheStandardErrorsThatApplyToThem() {
        OpenAPI api = document();
        new ApiDesignRules(new Contact().name("Team").email("api@gemeente.nl").url("https://gemeente.nl"))
                .customise(api);

        assertThat(api.getServers().get(0).getUrl()).isEqualTo("/api/v1");
        assertThat(api.getInfo().getVersion()).isEqualTo(ApiVersion.VERSION);
        assertThat(api.getInfo().getContact().getEmail()).isEqualTo("api@gemeente.nl");
        assertThat(api.getPaths()).containsOnlyKeys("/things/{id}", "/public/forms/{token}");

        Operation delete = api.getPaths().get("/things/{id}").getDelete();
        assertThat(delete.getResponses()).containsOnlyKeys("204", "400", "401", "403", "404", "409", "500");
        assertThat(delete.getSecurity()).isNull();
        ApiResponse conflict = delete.getResponses().get("409");
        assertThat(conflict.getDescription()).isEqualTo("Nog in gebruik");
        assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(conflict.getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(delete.getResponses().get("204").getHeaders()).containsKey("API-Version");
        assertThat(delete.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/401");

        Operation submit = api.getPaths().get("/public/forms/{token}").getPost();
        assertThat(submit.getSecurity()).isEmpty();
        assertThat(submit.getResponses()).containsOnlyKeys("201", "400", "404", "413", "429", "500");

        assertThat(api.getComponents().getResponses())
                .containsOnlyKeys("400", "401", "403", "404", "413", "429", "500");
        assertThat(api.getComponents().getSchemas().get("Problem").getRequired())
                .containsExactlyInAnyOrder("status", "title", "detail");
    }

    @Test
    void aContactAddressWithoutADomainIsLeftOut() {
        OpenAPI api = document();
        new ApiDesignRules(
                        new Contact().name("Team").email("weerbaar@localhost").url("http://localhost:8080"))
                .customise(api);
        assertThat(api.getInfo().getContact().getEmail()).isNull();
        assertThat(api.getInfo().getContact().getName()).isEqualTo("Team");
    }

    private static OpenAPI document() {
        Operation delete = new Operation()
                .responses(new ApiResponses()
                        .addApiResponse("204", new ApiResponse().description("Verwijderd"))
                        .addApiResponse(
                                "409",
                                new ApiResponse()
                                        .description("Nog in gebruik")
                                        .content(new Content().addMediaType("*/*", new MediaType()))));
        delete.addParametersItem(new io.swagger.v3.oas.models.parameters.PathParameter().name("id"));
        Operation submit = new Operation()
                .requestBody(
                        new RequestBody().content(new Content().addMediaType("multipart/form-data", new MediaType())))
                .responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("Opgeslagen")));
        return new OpenAPI()
                .info(new Info().title("Weerbaar API").version("v1"))
                .paths(new Paths()
                        .addPathItem("/api/v1/things/{id}", new PathItem().delete(delete))
                        .addPathItem("/api/v1/public/forms/{token}", new PathItem().post(submit)));
    }
}
