package dev.pulseboard.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerResourceResolver;
import org.springdoc.webmvc.ui.SwaggerWebMvcConfigurer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.pulseboard.api.docs.ApiDocsOnFirstRequest;
import dev.pulseboard.api.docs.NullableFields;
import dev.pulseboard.core.api.ApiAccess;
import dev.pulseboard.health.measure.BodyPosition;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The JSON API's OpenAPI 3.1 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): every
 * {@code /api/**} route, with the bearer personal access token every route but setup and token creation needs.
 * Both are made at their first request, not at start-up ({@link ApiDocsOnFirstRequest}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "personal-access-token";
    static final String PASSWORD = "password";
    static final String PROBLEM = "Problem";
    /** The extension that names who may call an operation: an {@link ApiAccess.Kind}. */
    static final String ACCESS = "x-access";

    @Bean
    static BeanFactoryPostProcessor apiDocsOnFirstRequest() {
        return new ApiDocsOnFirstRequest();
    }

    /**
     * The document. Its server is {@code pulseboard.public-url} when set (a generated client's default base address,
     * the one a browser reaches, {@code https} behind a proxy), else the address the document was asked at.
     */
    @Bean
    @Lazy
    OpenAPI pulseboardApi(@Value("${pulseboard.public-url:}") String publicUrl) {
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Pulseboard API").version("v1").description("A self-hosted Withings health "
                        + "hub. Errors are application/problem+json with a 'detail'. Create a token with "
                        + "POST /api/v1/tokens (HTTP Basic) and send it as `Authorization: Bearer <token>`. A method "
                        + "that a path does not take is a 405 with an Allow header."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("pb_ followed by 43 characters")
                                .description("A personal access token: make one on the page /account/tokens, or "
                                        + "with POST /api/v1/tokens and HTTP Basic"))
                        .addSecuritySchemes(PASSWORD, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("E-mail and password: only to create a token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        if (!publicUrl.isBlank()) {
            api.addServersItem(new Server().url(publicUrl.replaceAll("/+$", "")));
        }
        return api;
    }

    /**
     * Every operation's errors, as every API error is written (problem+json with {@code title}, {@code status},
     * {@code detail}, {@code instance}): 400 for bad input, 401 and 403 where a token is needed, 404 where the path
     * names something, 406 where a success is JSON (an Accept header that takes no JSON). An operation that documents a
     * status itself keeps its own. A 405 belongs to no operation (it answers a method the path does not take): the
     * document's description says it once.
     */
    @Bean
    @Lazy
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("An error: what was wrong, in words a person can act on")
                    .addProperty("title", new StringSchema()).addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema()).addProperty("instance", new StringSchema())
                    .required(List.of("title", "status", "detail", "instance")));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
                problem(operation.getResponses(), "400", "Bad input: the detail says which and why");
                if (!open) {
                    problem(operation.getResponses(), "401", "No valid token (or password, to make a token)");
                    problem(operation.getResponses(), "403",
                            "This user may not do this, or a read-only token asked for a change");
                }
                if (path.contains("{")) {
                    problem(operation.getResponses(), "404", "Nothing there that this user may see");
                }
                if (answersJson(operation)) {
                    problem(operation.getResponses(), "406", "The Accept header takes no JSON: send "
                            + "Accept: application/json, or none");
                }
                if (operation.getSecurity() != null && operation.getSecurity().stream()
                        .anyMatch(requirement -> requirement.containsKey(PASSWORD))) {
                    problem(operation.getResponses(), "429", "Too many wrong passwords for this e-mail: try again "
                            + "after the Retry-After header's seconds, even with the right one");
                    operation.getResponses().get("429").addHeaderObject("Retry-After", new Header()
                            .description("Seconds until a password is taken again").schema(new IntegerSchema()));
                }
                // An operation's own errors (documented by their status and words) are problem+json too.
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        response.setContent(problemContent());
                    }
                });
            }));
        };
    }

    /** Whether a success of the operation is JSON, which a client's Accept header must then take (else 406). */
    private static boolean answersJson(Operation operation) {
        return operation.getResponses().entrySet().stream().anyMatch(response -> response.getKey().startsWith("2")
                && response.getValue().getContent() != null
                && response.getValue().getContent().containsKey("application/json"));
    }

    /**
     * Operation ids made from the method and the path, so that a generated client's method names say what they do
     * and stay the same when a controller is added ({@code GET /api/v1/members/{id}/grants} is
     * {@code getMembersByIdGrants}; springdoc's own would be {@code list_2}); and the statuses the server answers
     * that no annotation declares.
     */
    @Bean
    @Lazy
    OpenApiCustomizer operationIdsAndStatuses() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            operation.setOperationId(operationId(method.name(), path));
            String route = method.name() + " " + path;
            if (route.equals("POST /api/v1/setup")) {
                problem(operation.getResponses(), "409", "Already set up: a user exists");
            }
            if (route.equals("POST /api/v1/invitations/{token}/accept")) {
                problem(operation.getResponses(), "410", "The invitation was used, revoked, or has expired");
            }
            if (route.equals("POST /api/v1/members/{id}/imports")) {
                problem(operation.getResponses(), "413", "The file is over pulseboard.export.max-upload-size");
            }
            if (route.equals("GET /api/v1/members/{id}/measurements")) {
                allowed(operation, "type", MeasurementApiController.TYPES);
                operation.getParameters().stream().filter(p -> p.getName().equals("position"))
                        .forEach(p -> p.setSchema(new StringSchema().pattern(BodyPosition.PATTERN)));
                // The answer's position is one the query can ask for.
                Schema<?> measurement = api.getComponents().getSchemas().get("Measurement");
                if (measurement != null && measurement.getProperties().get("position") != null) {
                    measurement.getProperties().get("position").setPattern(BodyPosition.PATTERN);
                }
            }
            if (route.equals("GET /api/v1/audit")) {
                operation.getParameters().stream().filter(p -> p.getName().equals("limit")).forEach(p -> p.getSchema()
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(AuditApiController.MAX_LIMIT)));
            }
            if (route.equals("GET /api/v1/members/{id}/intraday")) {
                allowed(operation, "field", DailyApiController.INTRADAY_FIELDS);
            }
            if (operation.getRequestBody() != null) {
                problem(operation.getResponses(), "415", "The body is not of the content type the operation takes");
                closeBodySchema(api, operation);
            }
        }));
    }

    /** A JSON body takes only its own fields ({@code StrictJsonBodies}): any other is a 400, so the schema says so. */
    private static void closeBodySchema(OpenAPI api, Operation operation) {
        var content = operation.getRequestBody().getContent();
        var json = content == null ? null : content.get("application/json");
        String ref = json == null || json.getSchema() == null ? null : json.getSchema().get$ref();
        if (ref != null && api.getComponents().getSchemas() != null) {
            var schema = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (schema != null) {
                schema.setAdditionalProperties(false);
            }
        }
    }

    private static void allowed(Operation operation, String parameter, List<String> values) {
        operation.getParameters().stream().filter(p -> p.getName().equals(parameter)).forEach(p -> {
            StringSchema schema = new StringSchema();
            values.forEach(schema::addEnumItem);
            // Only a default there is: a required parameter's "default": null is outside its enum.
            if (p.getSchema() != null && p.getSchema().getDefault() != null) {
                schema.setDefault(p.getSchema().getDefault());
            }
            p.setSchema(schema);
        });
    }

    /**
     * Who may call each operation ({@link ApiAccess} on its handler), in words in its description and as
     * {@code x-access}; and whether a read-only token may (only to read).
     */
    @Bean
    @Lazy
    OperationCustomizer whoMayCall() {
        return (operation, handler) -> {
            ApiAccess access = handler.getMethodAnnotation(ApiAccess.class);
            if (access == null) {
                return operation;
            }
            String words = access.value().words();
            if (access.value() != ApiAccess.Kind.PUBLIC) {
                words += handler.hasMethodAnnotation(GetMapping.class) ? " A read-only token may call it."
                        : " Not with a read-only token (403): it changes something.";
            }
            operation.setDescription(operation.getDescription() == null ? words
                    : operation.getDescription() + "\n\n" + words);
            operation.addExtension(ACCESS, access.value().name());
            return operation;
        };
    }

    /** The groups in the order a newcomer meets them: set up, get a token, members and their data, then the rest. */
    static final List<String> TAG_ORDER = List.of("Setup", "Tokens", "Your login", "Members", "Measurements",
            "Sleep and activity", "ECG and hypnograms", "Goals", "Withings and sync", "Shared scale", "Sharing",
            "Invitations", "Logins", "Exports and reports", "Imports", "Audit log", "Administration");

    @Bean
    @Lazy
    OpenApiCustomizer tagOrder() {
        return api -> {
            if (api.getTags() != null) {
                api.getTags().sort(Comparator.comparingInt(tag -> {
                    int at = TAG_ORDER.indexOf(tag.getName());
                    return at < 0 ? TAG_ORDER.size() : at;
                }));
            }
        };
    }

    /** Required and nullable fields of the answers, from the records the operations return ({@link NullableFields}). */
    @Bean
    @Lazy
    OpenApiCustomizer nullableFields(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return api -> {
            List<ResolvableType> answers = new ArrayList<>();
            mappings.getObject().getHandlerMethods().forEach((info, method) -> {
                if (info.getPatternValues().stream().anyMatch(path -> path.startsWith("/api/"))) {
                    answers.addAll(NullableFields.answers(method.getMethod()));
                }
            });
            NullableFields.apply(api, answers);
        };
    }

    /** {@code get} + {@code Members} + {@code ById} + {@code Grants}, for {@code GET /api/v1/members/{id}/grants}. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/v1/", "").split("/")) {
            boolean variable = segment.startsWith("{");
            if (variable) {
                id.append("By");
            }
            for (String word : segment.replaceAll("[{}]", "").split("-")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.computeIfAbsent(status, s -> new ApiResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json", new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /**
     * springdoc's own Swagger UI configurer, which every start makes (Spring MVC gathers all configurers), given its
     * index page transformer lazily: that transformer brings springdoc's Jackson 2 mapper and swagger-core, and is
     * needed only when the UI's page is first served. Same conditions as springdoc's UI.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = {"springdoc.api-docs.enabled", "springdoc.swagger-ui.enabled"}, matchIfMissing = true)
    static class SwaggerUiOnFirstRequest {

        @Bean
        SwaggerWebMvcConfigurer swaggerWebMvcConfigurer(SwaggerUiConfigProperties ui, ObjectProvider<WebProperties> web,
                ObjectProvider<WebMvcProperties> mvc, @Lazy SwaggerIndexTransformer indexPage,
                SwaggerResourceResolver resolver, SwaggerWelcomeCommon welcome) {
            return new SwaggerWebMvcConfigurer(ui, web.getIfAvailable(WebProperties::new),
                    mvc.getIfAvailable(WebMvcProperties::new), indexPage, resolver, welcome);
        }
    }
}
