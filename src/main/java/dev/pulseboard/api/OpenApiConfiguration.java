package dev.pulseboard.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The JSON API's OpenAPI 3.1 document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): every
 * {@code /api/**} route, with the bearer personal access token every route but setup and token creation needs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "personal-access-token";

    @Bean
    OpenAPI pulseboardApi() {
        return new OpenAPI()
                .info(new Info().title("Pulseboard API").version("v1").description("A self-hosted Withings health "
                        + "hub. Errors are application/problem+json with a 'detail'. Create a token with "
                        + "POST /api/v1/tokens (HTTP Basic) and send it as 'Authorization: Bearer <token>'."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
