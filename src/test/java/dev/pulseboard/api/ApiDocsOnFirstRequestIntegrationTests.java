package dev.pulseboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.PulseboardTest;
import tools.jackson.databind.JsonNode;

/**
 * springdoc is made at the first request of the API document or the Swagger UI, not at start-up, and that first
 * request answers what the eager start did: the whole document, without the request types springdoc's start-up
 * settings leave out. A context of its own (the property only keeps it apart), so no other test asked first.
 */
@PulseboardTest
@TestPropertySource(properties = "pulseboard.test.context=api-docs-first-request")
@DirtiesContext
class ApiDocsOnFirstRequestIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void theFirstRequestsMakeSpringdocAndAnswerTheWholeDocumentAndTheUi() {
        assertThat(beans.containsSingleton("openApiResource")).isFalse();
        assertThat(beans.containsSingleton("springdocObjectMapperProvider")).isFalse();
        assertThat(beans.containsSingleton("indexPageTransformer")).isFalse();

        var answer = new Api(port).get("/v3/api-docs", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode doc = answer.json();
        assertThat(doc.get("paths").has("/api/v1/me")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/members/{id}/export")).isTrue();
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.has("CurrentUser")).as("the signed-in user is no request parameter").isFalse();
        assertThat(schemas.has("ResponseEntityObject")).as("ResponseEntity is unwrapped").isFalse();
        assertThat(beans.containsSingleton("openApiResource")).isTrue();
        assertThat(beans.containsSingleton("modelConverterRegistrar")).isTrue();

        var api = new Api(port);
        assertThat(api.getUrl(api.base() + "/swagger-ui/index.html").status()).isEqualTo(200);
        var initializer = api.getUrl(api.base() + "/swagger-ui/swagger-initializer.js");
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("\"configUrl\" : \"/v3/api-docs/swagger-config\"");
    }
}
