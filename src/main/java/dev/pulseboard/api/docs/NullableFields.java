package dev.pulseboard.api.docs;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * What the OpenAPI document cannot know from springdoc alone, for a strictly typed client: every field of an answer
 * is always there (Pulseboard writes absent values as {@code null}, never leaves them out, but where a component says
 * {@code @JsonInclude(NON_NULL)}), and a field that may be {@code null} is declared so ({@code "type":["string",
 * "null"]}, OpenAPI 3.1) when its record component is {@link Nullable @Nullable} or a boxed number. Walks the records
 * the API's operations answer, through lists, maps and generic wrappers, and marks the component schemas of the same
 * name. What an operation answers is its return type, and the records its {@link ApiResponse} annotations name (an
 * operation that returns {@code ResponseEntity<?>} tells its answer only there).
 */
public final class NullableFields {

    private NullableFields() {
    }

    /** What {@code operation} answers: its return type and the schemas its {@link ApiResponse} annotations name. */
    public static List<ResolvableType> answers(Method operation) {
        List<ResolvableType> answers = new ArrayList<>();
        answers.add(ResolvableType.forMethodReturnType(operation));
        for (ApiResponse response : operation.getAnnotationsByType(ApiResponse.class)) {
            for (Content content : response.content()) {
                if (content.schema().implementation() != Void.class) {
                    answers.add(ResolvableType.forClass(content.schema().implementation()));
                }
            }
        }
        return answers;
    }

    /** Marks the document's schemas of the records reachable from {@code answers} (the operations' return types). */
    public static void apply(OpenAPI api, Collection<ResolvableType> answers) {
        Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, Class<?>> records = new LinkedHashMap<>();
        answers.forEach(type -> collect(type, records));
        records.forEach((name, record) -> {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                mark(schema, record);
            }
        });
    }

    private static void mark(Schema<?> schema, Class<?> record) {
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = schema.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
            if (include == null || include.value() != JsonInclude.Include.NON_NULL) {
                required.add(component.getName());
            }
            if (mayBeNull(component)) {
                nullable(schema, component.getName(), property);
            }
        }
        schema.setRequired(required);
    }

    /**
     * {@link Nullable @Nullable}, or a boxed number or truth value: Pulseboard's records box exactly the values that
     * may be absent (a night without a score, a goal never set), and keep the others primitive.
     */
    private static boolean mayBeNull(RecordComponent component) {
        Class<?> type = component.getType();
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class) || Number.class.isAssignableFrom(type)
                || type == Boolean.class;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void nullable(Schema<?> owner, String name, Schema<?> property) {
        if (property.get$ref() != null) {
            Schema none = new Schema<>();
            none.addType("null");
            Schema reference = new Schema<>().$ref(property.get$ref());
            owner.getProperties().put(name, new Schema<>().anyOf(List.of(reference, none)));
        } else if (property.getTypes() != null) {
            property.addType("null");
        }
    }

    /** The record classes a type answers with, by the schema name springdoc gives them. */
    private static void collect(ResolvableType type, Map<String, Class<?>> records) {
        Class<?> raw = type.resolve();
        if (raw == null) {
            return;
        }
        if (ResponseEntity.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
            collect(type.getGeneric(0), records);
            return;
        }
        if (Map.class.isAssignableFrom(raw)) {
            collect(type.getGeneric(1), records);
            return;
        }
        if (!raw.isRecord()) {
            return;
        }
        String name = raw.getSimpleName() + generics(type);
        if (records.putIfAbsent(name, raw) != null) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            Type generic = component.getGenericType();
            collect(ResolvableType.forType(generic, type), records);
        }
    }

    /** {@code Items<Night>} is the schema {@code ItemsNight}. */
    private static String generics(ResolvableType type) {
        StringBuilder suffix = new StringBuilder();
        for (ResolvableType generic : type.getGenerics()) {
            Class<?> argument = generic.resolve();
            if (argument != null) {
                suffix.append(argument.getSimpleName());
            }
        }
        return suffix.toString();
    }
}
