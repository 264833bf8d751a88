package dev.pulseboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.PersonalAccessTokens;
import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.export.ExportFormat;
import dev.pulseboard.export.imports.ImportStatus;
import dev.pulseboard.health.measure.BodyPosition;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.PulseboardTest;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs} describes every route of every controller under {@code /api}:
 * a route added without showing up in the document fails here. The export routes list their errors.
 */
@PulseboardTest
class OpenApiIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteIsInTheDocument() {
        var answer = new Api(port).get("/v3/api-docs", null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode doc = answer.json();
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        JsonNode paths = doc.get("paths");
        List<String> missing = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    String route = m + " " + path;
                    routes.add(route);
                    if (!paths.has(path) || !paths.get(path).has(m.name().toLowerCase(Locale.ROOT))) {
                        missing.add(route + " (" + method + ")");
                    }
                }
            }
        });
        assertThat(routes).contains("GET /api/v1/members/{id}/export", "POST /api/v1/members/{id}/imports",
                "GET /api/v1/members/{id}/reports/blood-pressure", "GET /api/v1/members/{id}/imports/{importId}");
        assertThat(missing).isEmpty();
        JsonNode export = paths.get("/api/v1/members/{id}/export").get("get").get("responses");
        for (String status : List.of("400", "404")) {
            assertThat(export.get(status).get("content").propertyNames()).as("the export's own " + status)
                    .containsExactly("application/problem+json");
        }
        assertThat(paths.get("/api/v1/tokens").get("post").get("responses").get("429").get("content")
                .has("application/problem+json")).as("sign-in's lock-out").isTrue();
        assertThat(paths.get("/api/v1/members/{id}/measurements").get("get").get("responses").has("429"))
                .as("no password there").isFalse();
        JsonNode backup = paths.get("/api/v1/admin/backups").get("post").get("responses");
        assertThat(backup.has("202")).as("a backup is started, not made, by the call").isTrue();
        assertThat(backup.has("200")).isFalse();
        assertThat(backup.get("202").toString()).contains("BackupStarted");
        assertThat(doc.get("components").get("securitySchemes").has("personal-access-token")).isTrue();
        assertThat(paths.get("/api/v1/setup").get("post").get("security")).as("setting up needs no sign-in")
                .isEmpty();
        assertThat(paths.get("/api/v1/tokens").get("post").get("security").toString()).contains("password")
                .as("a token cannot make another").doesNotContain("personal-access-token");
        assertThat(doc.get("info").get("description").asString()).contains("`Authorization: Bearer <token>`");
        JsonNode grants = paths.get("/api/v1/members/{id}/grants").get("post").get("responses");
        for (String status : List.of("400", "401", "403", "404")) {
            assertThat(grants.get(status).get("content").has("application/problem+json")).as(status).isTrue();
        }
        assertThat(paths.get("/api/v1/invitations/{token}/accept").get("post").get("security"))
                .as("accepting an invitation needs no sign-in").isEmpty();
        assertThat(paths.get("/api/v1/members/{id}/sync").get("post").get("responses").has("409")).isTrue();
        assertThat(paths.get("/api/v1/setup").get("post").get("responses").has("401"))
                .as("setting up needs no token: no 401").isFalse();
        assertThat(doc.get("components").get("schemas").get("Problem").get("properties").propertyNames())
                .containsExactlyInAnyOrder("title", "status", "detail", "instance");
    }

    @Test
    void aClientGeneratedFromTheDocumentGetsStableNamesTheRealContentTypesAndEveryField() {
        JsonNode doc = new Api(port).get("/v3/api-docs", null).json();
        JsonNode paths = doc.get("paths");
        JsonNode schemas = doc.get("components").get("schemas");
        List<String> ids = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            ids.add(operation.getValue().get("operationId").asString());
            operation.getValue().get("responses").properties().forEach(response -> {
                if (response.getValue().has("content") && response.getValue().get("content").has("*/*")) {
                    vague.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                }
            });
        }));
        assertThat(ids).as("one name each").doesNotHaveDuplicates()
                .contains("getMembersByIdGrants", "deleteMembersByIdGrantsByGrantId", "getAmbiguousReadings",
                        "getMembersByIdReportsBloodPressure", "postTokens");
        assertThat(vague).as("answers whose content type the document does not say").isEmpty();

        JsonNode ambiguous = paths.get("/api/v1/ambiguous-readings").get("get").get("responses").get("200")
                .get("content").get("application/json").get("schema");
        assertThat(ambiguous.get("$ref").asString()).isEqualTo("#/components/schemas/ItemsAmbiguousReading");
        assertThat(schemas.get("AmbiguousReading").get("properties").propertyNames())
                .as("what assigning and discarding need").contains("memberId", "groupId", "type");
        for (String list : List.of("/api/v1/tokens", "/api/v1/users", "/api/v1/invitations",
                "/api/v1/members/{id}/grants", "/api/v1/members/{id}/ecg")) {
            String ref = paths.get(list).get("get").get("responses").get("200").get("content").get("application/json")
                    .get("schema").get("$ref").asString();
            assertThat(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)).get("properties").get("items")
                    .get("type").asString()).as(list + ": {\"items\":[...]}").isEqualTo("array");
        }
        assertThat(paths.get("/api/v1/members/{id}/export").get("get").get("responses").get("200").get("content")
                .propertyNames()).containsExactlyInAnyOrder("text/csv", "application/zip", "application/fhir+json");
        assertThat(paths.get("/api/v1/members/{id}/reports/blood-pressure").get("get").get("responses").get("200")
                .get("content").propertyNames()).containsExactlyInAnyOrder("text/html", "application/pdf");
        assertThat(enumOf(paths.get("/api/v1/members/{id}/measurements"), "type")).contains("weight",
                "systolic_bp", "segment_muscle_mass");
        assertThat(enumOf(paths.get("/api/v1/members/{id}/intraday"), "field"))
                .containsExactly("heart_rate", "steps", "spo2");
        assertThat(enumOf(paths.get("/api/v1/members/{id}/export"), "format")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ExportFormat.values()).map(ExportFormat::apiName).toList());
        assertThat(enumOf(paths.get("/api/v1/members/{id}/reports/blood-pressure"), "format"))
                .containsExactly("html", "pdf");
        String positions = parameter(paths.get("/api/v1/members/{id}/measurements"), "position").get("schema")
                .get("pattern").asString();
        for (BodyPosition position : BodyPosition.values()) {
            assertThat(position.apiName()).matches(positions);
        }
        assertThat("unknown_22").matches(positions);
        assertThat("elbow").doesNotMatch(positions);
        for (String schema : List.of("UserResponse.role", "GrantResponse.access", "InvitationResponse.state")) {
            String[] at = schema.split("\\.");
            assertThat(schemas.get(at[0]).get("properties").get(at[1]).has("enum")).as(schema).isTrue();
        }
        assertThat(schemas.get("GoalsResponse").get("required").toString()).as("every field is always there")
                .contains("steps", "sleepSeconds", "weightKg", "updatedAt");
        assertThat(schemas.get("GoalsResponse").get("properties").get("steps").get("type").toString())
                .as("null before the first sync").contains("integer", "null");
        assertThat(schemas.get("SyncStatus").get("properties").get("lastSuccessAt").get("type").toString())
                .contains("string", "null");
        assertThat(schemas.get("SyncStatus").get("properties").get("state").get("type").toString())
                .doesNotContain("null");
        assertThat(schemas.get("Measurement").get("required").toString()).as("position is left out when null")
                .contains("time", "value").doesNotContain("position");
        assertThat(schemas.get("ItemsNight").get("required").toString()).contains("items");
        assertThat(paths.get("/api/v1/setup").get("post").get("responses").has("409")).isTrue();
        assertThat(paths.get("/api/v1/invitations/{token}/accept").get("post").get("responses").has("410")).isTrue();
        assertThat(paths.get("/api/v1/members/{id}/imports").get("post").get("responses").propertyNames())
                .contains("413", "415");
        for (String body : List.of("MemberRequest", "TokenRequest", "GrantRequest", "DiscardRequest")) {
            assertThat(schemas.get(body).get("additionalProperties").asBoolean(true)).as(body + ": only its fields")
                    .isFalse();
        }
    }

    /**
     * A client generated from the document sends what the server takes: each request body's required fields are
     * exactly those the server refuses a body without, its fixed values are listed, its numbers of days are whole
     * numbers within the server's bounds.
     */
    @Test
    void requestBodiesSayWhichFieldsTheServerNeedsAndWhichValuesItTakes() {
        JsonNode schemas = new Api(port).get("/v3/api-docs", null).json().get("components").get("schemas");
        Map<String, List<String>> required = Map.ofEntries(
                Map.entry("SetupRequest", List.of("email", "password", "name")),
                Map.entry("TokenRequest", List.of("name")),
                Map.entry("MemberRequest", List.of("name")),
                Map.entry("GrantRequest", List.of("userId", "access")),
                Map.entry("InvitationRequest", List.of("role")),
                Map.entry("AcceptRequest", List.of("email", "password", "name")),
                Map.entry("AssignRequest", List.of("memberId", "groupId", "toMemberId")),
                Map.entry("DiscardRequest", List.of("memberId", "groupId")),
                Map.entry("OwnMemberRequest", List.of("memberId")),
                Map.entry("UserChangeRequest", List.of()),
                Map.entry("MeChangeRequest", List.of("name")));
        required.forEach((body, fields) -> assertThat(strings(schemas.get(body).get("required"))).as(body)
                .containsExactlyInAnyOrderElementsOf(fields));
        assertThat(schemas.get("UserChangeRequest").get("minProperties").asInt()).as("role and/or temporaryPassword")
                .isEqualTo(1);

        List<String> roles = Arrays.stream(CurrentUser.Role.values()).map(Enum::name).toList();
        assertThat(propertyEnum(schemas, "InvitationRequest", "role")).containsExactlyElementsOf(roles)
                .containsExactlyElementsOf(propertyEnum(schemas, "InvitationResponse", "role"));
        assertThat(propertyEnum(schemas, "UserChangeRequest", "role")).containsExactlyElementsOf(roles)
                .containsExactlyElementsOf(propertyEnum(schemas, "UserResponse", "role"));
        assertThat(propertyEnum(schemas, "GrantRequest", "access"))
                .containsExactlyElementsOf(Arrays.stream(Access.values()).map(Enum::name).toList())
                .containsExactlyElementsOf(propertyEnum(schemas, "GrantResponse", "access"));

        for (var days : Map.of("TokenRequest", PersonalAccessTokens.MAX_DAYS, "InvitationRequest",
                Invitations.MAX_DAYS).entrySet()) {
            JsonNode expiresInDays = schemas.get(days.getKey()).get("properties").get("expiresInDays");
            assertThat(expiresInDays.get("type").asString()).as(days.getKey()).isEqualTo("integer");
            assertThat(expiresInDays.get("minimum").asInt()).as(days.getKey()).isEqualTo(1);
            assertThat(expiresInDays.get("maximum").asInt()).as(days.getKey()).isEqualTo(days.getValue());
        }
    }

    /** The statuses the server answers are listed, and the fields always in an answer are required. */
    @Test
    void answersListEveryStatusAndTheFieldsAlwaysThere() {
        JsonNode doc = new Api(port).get("/v3/api-docs", null).json();
        JsonNode paths = doc.get("paths");
        JsonNode schemas = doc.get("components").get("schemas");
        for (String route : List.of("post /api/v1/invitations", "post /api/v1/ambiguous-readings/assign",
                "post /api/v1/ambiguous-readings/discard", "put /api/v1/me/member")) {
            String[] at = route.split(" ");
            JsonNode responses = paths.get(at[1]).get(at[0]).get("responses");
            assertThat(responses.has("404")).as(route + ": a memberId not in the household").isTrue();
            assertThat(responses.get("404").get("content").has("application/problem+json")).as(route).isTrue();
        }
        assertThat(paths.get("/api/v1/me/member").get("put").get("responses").get("200").toString())
                .contains("UserResponse");
        assertThat(paths.get("/api/v1/members").get("get").get("responses").get("406").get("content")
                .has("application/problem+json")).as("an Accept header that takes no JSON").isTrue();
        assertThat(paths.get("/api/v1/members/{id}/export").get("get").get("responses").has("406"))
                .as("no JSON answer, no JSON to refuse").isFalse();
        assertThat(paths.get("/api/v1/members/{id}").get("delete").get("responses").has("406")).isFalse();
        assertThat(doc.get("info").get("description").asString()).contains("405");

        assertThat(propertyEnum(schemas, "ImportStatus", "state"))
                .containsExactly(ImportStatus.RUNNING, ImportStatus.DONE, ImportStatus.FAILED);
        String started = paths.get("/api/v1/members/{id}/imports").get("post").get("responses").get("202")
                .get("content").get("application/json").get("schema").get("$ref").asString();
        JsonNode startedSchema = schemas.get(started.substring(started.lastIndexOf('/') + 1));
        assertThat(startedSchema.get("properties").propertyNames()).containsExactly("id");
        assertThat(strings(startedSchema.get("required"))).containsExactly("id");
        Map<String, List<String>> always = Map.of("Backup", List.of("file", "size", "createdAt"),
                "BackupList", List.of("items"), "BackupStarted", List.of("file"),
                "Problem", List.of("title", "status", "detail", "instance"));
        always.forEach((schema, fields) -> assertThat(strings(schemas.get(schema).get("required"))).as(schema)
                .containsExactlyInAnyOrderElementsOf(fields));

        assertThat(schemas.get("AmbiguousReading").get("properties").get("time").get("format").asString())
                .isEqualTo("date-time");
        JsonNode measurements = paths.get("/api/v1/members/{id}/measurements");
        assertThat(schemas.get("Measurement").get("properties").get("position").get("pattern").asString())
                .as("the positions the query takes").isEqualTo(BodyPosition.PATTERN)
                .isEqualTo(parameter(measurements, "position").get("schema").get("pattern").asString());
        JsonNode limit = parameter(paths.get("/api/v1/audit"), "limit").get("schema");
        assertThat(limit.get("type").asString()).isEqualTo("integer");
        assertThat(limit.get("minimum").asInt()).isEqualTo(1);
        assertThat(limit.get("maximum").asInt()).isEqualTo(1000);
        assertThat(limit.get("default").asInt()).isEqualTo(100);
    }

    private static List<String> enumOf(JsonNode path, String parameter) {
        return strings(parameter(path, parameter).get("schema").get("enum"));
    }

    private static List<String> propertyEnum(JsonNode schemas, String schema, String property) {
        return strings(schemas.get(schema).get("properties").get(property).get("enum"));
    }

    /** The texts of a JSON array; none when it is absent. */
    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    private static JsonNode parameter(JsonNode path, String name) {
        for (JsonNode p : path.get("get").get("parameters")) {
            if (p.get("name").asString().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    @Test
    void theSwaggerUiPageIsServed() {
        var ui = new Api(port).getUrl("http://localhost:" + port + "/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    /**
     * What a generated client needs from the document beyond the shapes (a review through OpenAPI Generator): its
     * YAML form, named groups, a summary per operation, what each date parameter takes, the token's form, the 429's
     * header, and no field named after a language's package (a Java client's {@code java} field hid {@code java.*}).
     */
    @Test
    void aGeneratedClientGetsNamedGroupsSummariesDateFormsAndNoFieldThatBreaksItsCode() {
        var yaml = new Api(port).getUrl("http://localhost:" + port + "/v3/api-docs.yaml");
        assertThat(yaml.status()).as("the YAML form, without a token").isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.1.0");

        JsonNode doc = new Api(port).get("/v3/api-docs", null).json();
        List<String> unnamed = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode op = operation.getValue();
            String route = operation.getKey() + " " + path.getKey();
            if (op.path("summary").asString("").isBlank()) {
                unnamed.add(route + ": no summary");
            }
            op.path("tags").forEach(tag -> {
                if (tag.asString().endsWith("-controller")) {
                    unnamed.add(route + ": group " + tag.asString());
                }
            });
            op.path("parameters").forEach(parameter -> {
                if (List.of("from", "to", "date").contains(parameter.get("name").asString())
                        && parameter.path("description").asString("").isBlank()) {
                    unnamed.add(route + ": parameter " + parameter.get("name").asString() + " undescribed");
                }
            });
        }));
        assertThat(unnamed).isEmpty();
        JsonNode type = parameter(doc.get("paths").get("/api/v1/members/{id}/measurements"), "type");
        assertThat(type.get("schema").has("default")).as("a required parameter has no default (null is no type)")
                .isFalse();
        assertThat(parameter(doc.get("paths").get("/api/v1/members/{id}/intraday"), "field").get("schema")
                .get("default").asString()).isEqualTo("heart_rate");
        assertThat(doc.get("tags").findValuesAsString("name")).as("every group, in the order a newcomer meets them")
                .containsExactlyElementsOf(OpenApiConfiguration.TAG_ORDER);
        assertThat(doc.get("paths").get("/api/v1/members/{id}/reports/blood-pressure").get("get").get("responses")
                .get("200").get("content").properties().iterator().next().getKey())
                .as("a generated client reads the report as bytes").isEqualTo("application/pdf");

        JsonNode bearer = doc.get("components").get("securitySchemes").get("personal-access-token");
        assertThat(bearer.get("bearerFormat").asString()).startsWith("pb_");
        assertThat(bearer.get("description").asString()).contains("/account/tokens");
        assertThat(doc.get("paths").get("/api/v1/tokens").get("post").get("responses").get("429").get("headers")
                .has("Retry-After")).isTrue();
        assertThat(doc.get("servers").get(0).get("url").asString()).as("pulseboard.public-url")
                .isEqualTo("http://localhost:" + port);

        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("ThisInstance").get("properties").has("java")).isFalse();
        JsonNode backups = schemas.get("BackupState").get("properties");
        assertThat(backups.get("newest").get("type").toString()).as("null before the first backup").contains("\"null\"");
        assertThat(backups.get("newestAt").get("type").toString()).contains("\"null\"");
    }
}
