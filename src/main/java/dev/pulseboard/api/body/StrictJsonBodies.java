package dev.pulseboard.api.body;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON the server reads from request bodies: the application's mapper (answers are written as before) made
 * strict, so that {@code {"name":5}}, {@code {"expiresInDays":"7"}}, {@code {"groupId":2.5}}, a field given twice, a
 * misspelt field or a missing whole number is a 400 that {@link BodyMistakes} words, never a value guessed for the
 * client. The Withings client and the emulator's clients read with mappers of their own; in demo mode the emulator's
 * admin API shares this reader, so its bodies are strict too (the documented ones all fit).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBodies {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictJsonBodies(JsonMapper mapper) {
        JsonMapper strict = strict(mapper);
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }
}
