package nl.weerbaar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.weerbaar.support.Faults;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document of the running application passes the project's ruleset of the NL API Design Rules
 * ({@code src/test/api-lint/api-design-rules.spectral.yml}, ADR 0016) without errors. The linter is Spectral,
 * at the version pinned in {@code src/test/api-lint/package-lock.json}: the test installs it with {@code npm ci} when
 * it is missing, so the README's test command needs only Node and npm, not a step of its own.
 */
class ApiDesignRulesIT extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path LINT = Path.of("src/test/api-lint");
    static final Path SPECTRAL = LINT.resolve("node_modules/.bin/spectral");
    static final Path RULESET = LINT.resolve("api-design-rules.spectral.yml");

    @BeforeAll
    static void installTheLinter() throws IOException, InterruptedException {
        if (Files.isExecutable(SPECTRAL)) {
            return;
        }
        Path output = Path.of("target/api-lint/npm-ci.txt");
        Files.createDirectories(output.getParent());
        Process npm;
        try {
            npm = new ProcessBuilder(List.of("npm", "ci", "--prefix", LINT.toString(), "--no-audit", "--no-fund"))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
        } catch (IOException noNpm) {
            fail("The API linter needs Node 18.18 or newer with npm (apt-get install nodejs npm): "
                    + noNpm.getMessage());
            return;
        }
        if (!npm.waitFor(5, TimeUnit.MINUTES)) {
            npm.destroyForcibly();
            fail("Installing the API linter took more than five minutes:\n" + Files.readString(output));
        }
        if (npm.exitValue() != 0 || !Files.isExecutable(SPECTRAL)) {
            fail("Installing the API linter failed (npm ci --prefix src/test/api-lint):\n" + Files.readString(output));
        }
    }

    @Test
    void theOpenApiDocumentFollowsTheDutchApiDesignRules() throws Exception {
        HttpResponse<String> docs = anonymous().getJson("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        Path document = Path.of("target/api-lint/openapi.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, docs.body(), StandardCharsets.UTF_8);

        Lint lint = spectral(document);
        if (lint.exitCode() != 0) {
            fail("The OpenAPI document breaks the NL API Design Rules (" + RULESET + ", ADR 0016):\n" + lint.output());
        }
    }

    @Test
    void theRulesetCatchesADocumentThatBreaksTheRules() throws Exception {
        Path document = Path.of("target/api-lint/broken.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, """
                {"openapi": "3.1.0",
                 "info": {"title": "Kapot", "version": "v1"},
                 "servers": [{"url": "/api"}],
                 "paths": {"/registreren": {"post": {"summary": "x", "responses": {"201": {"description": "ok"}}}},
                   "/Meldingen/": {"get": {"responses": {
                   "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
                   "404": {"description": "weg", "content": {"application/json": {"schema": {"type": "object"}}}}}}}}}
                """, StandardCharsets.UTF_8);

        Lint lint = spectral(document);
        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.output())
                .contains(
                        "/core/doc-openapi",
                        "/core/semver",
                        "/core/uri-version",
                        "/core/version-header",
                        "/core/no-trailing-slash",
                        "/core/naming-resources",
                        "/core/error-handling/problem-details");
    }

    @Test
    void everyApiAnswerCarriesTheFullVersionOfTheDocument() throws Exception {
        JsonNode doc = JSON.readTree(anonymous().getJson("/v3/api-docs").body());
        String version = doc.at("/info/version").asString();
        assertThat(version).isEqualTo(ApiVersion.VERSION).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
        assertThat(doc.at("/servers/0/url").asString())
                .isEqualTo(ApiVersion.BASE_PATH)
                .endsWith("/v" + version.substring(0, version.indexOf('.')));

        WebClient coordinator = loginAs("coordinator");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("200", coordinator.getJson("/api/v1/me"));
        answers.put("401", anonymous().getJson("/api/v1/me"));
        answers.put("403", loginAs("medewerker").getJson("/api/v1/audit-events"));
        answers.put("404", coordinator.getJson("/api/v1/measurements/" + UUID.randomUUID() + "/scores"));
        answers.put("404 public", anonymous().getJson("/api/v1/public/surveys/onbekend"));
        answers.put("500", coordinator.getJson(Faults.API));
        answers.forEach((what, answer) -> {
            assertThat(answer.headers().firstValue("API-Version")).as(what).contains(version);
            assertThat(answer.statusCode()).as(what).isEqualTo(Integer.parseInt(what.substring(0, 3)));
            if (answer.statusCode() >= 400) {
                assertThat(answer.headers().firstValue("Content-Type"))
                        .as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                JsonNode problem = JSON.readTree(answer.body());
                assertThat(problem.path("status").asInt()).as(what).isEqualTo(answer.statusCode());
                assertThat(problem.path("title").asString()).as(what).isNotBlank();
                assertThat(problem.path("detail").asString()).as(what).isNotBlank();
            }
        });
        // pages are not the API
        assertThat(coordinator.get("/").headers().firstValue("API-Version")).isEmpty();
    }

    record Lint(int exitCode, String output) {}

    private static Lint spectral(Path document) throws IOException, InterruptedException {
        Path output = document.resolveSibling(document.getFileName() + ".lint.txt");
        Process process = new ProcessBuilder(List.of(
                        SPECTRAL.toString(),
                        "lint",
                        document.toString(),
                        "--ruleset",
                        RULESET.toString(),
                        "--fail-severity=error",
                        "--display-only-failures"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("The API linter did not finish within two minutes:\n" + Files.readString(output));
        }
        return new Lint(process.exitValue(), Files.readString(output));
    }
}
