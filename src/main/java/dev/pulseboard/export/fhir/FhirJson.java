package dev.pulseboard.export.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.pulseboard.export.ExportRange;
import tools.jackson.core.JsonGenerator;

/** The small pieces every resource repeats: codings, quantities, identifiers, references, date-times. */
final class FhirJson {

    /** The base of the identifier systems for Withings' own ids. */
    static final String IDENTIFIER = "https://pulseboard.dev/fhir/identifier/";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private FhirJson() {
    }

    /** A stable resource id: the same member and key give the same id in every export. */
    static String id(long member, String key) {
        return UUID.nameUUIDFromBytes(("pulseboard/" + member + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static void code(JsonGenerator json, String property, FhirCode... codes) {
        json.writeObjectPropertyStart(property);
        json.writeArrayPropertyStart("coding");
        for (FhirCode c : codes) {
            coding(json, c.system(), c.code(), c.display());
        }
        json.writeEndArray();
        json.writeStringProperty("text", codes[0].display());
        json.writeEndObject();
    }

    /** One {@code Coding}, an element of the {@code coding} array being written. */
    static void coding(JsonGenerator json, String system, String code, String display) {
        json.writeStartObject();
        json.writeStringProperty("system", system);
        json.writeStringProperty("code", code);
        json.writeStringProperty("display", display);
        json.writeEndObject();
    }

    /** {@code status}, {@code meta.profile}, {@code category}, {@code code}: how every Observation starts. */
    static void observationHead(JsonGenerator json, FhirCode code, FhirCode... alsoCodedAs) {
        if (code.profile() != null) {
            json.writeObjectPropertyStart("meta");
            json.writeArrayPropertyStart("profile");
            json.writeString(code.profile());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeStringProperty("status", "final");
        json.writeArrayPropertyStart("category");
        json.writeStartObject();
        json.writeArrayPropertyStart("coding");
        json.writeStartObject();
        json.writeStringProperty("system", CATEGORY);
        json.writeStringProperty("code", code.category());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        FhirCode[] codes = new FhirCode[alsoCodedAs.length + 1];
        codes[0] = code;
        System.arraycopy(alsoCodedAs, 0, codes, 1, alsoCodedAs.length);
        code(json, "code", codes);
    }

    static void identifier(JsonGenerator json, String system, String value) {
        json.writeArrayPropertyStart("identifier");
        json.writeStartObject();
        json.writeStringProperty("system", IDENTIFIER + system);
        json.writeStringProperty("value", value);
        json.writeEndObject();
        json.writeEndArray();
    }

    static void reference(JsonGenerator json, String property, String reference, String display) {
        json.writeObjectPropertyStart(property);
        if (reference != null) {
            json.writeStringProperty("reference", reference);
        }
        if (display != null) {
            json.writeStringProperty("display", display);
        }
        json.writeEndObject();
    }

    static void quantity(JsonGenerator json, String property, BigDecimal value, FhirCode code) {
        json.writeObjectPropertyStart(property);
        decimal(json, "value", value);
        json.writeStringProperty("unit", code.unit());
        json.writeStringProperty("system", FhirCode.UCUM);
        json.writeStringProperty("code", code.ucum());
        json.writeEndObject();
    }

    /**
     * A decimal as people and FHIR viewers read it, "180" and "40", never in exponent form: a value without trailing
     * zeros ("1.8E+2" cm, "4E+1" min) is what BigDecimal writes otherwise, and it states one significant digit.
     */
    static void decimal(JsonGenerator json, String property, BigDecimal value) {
        json.writeName(property);
        json.writeNumber(value.toPlainString());
    }

    static void component(JsonGenerator json, FhirCode code, BigDecimal value) {
        json.writeStartObject();
        code(json, "code", code);
        quantity(json, "valueQuantity", value, code);
        json.writeEndObject();
    }

    /** An instant as a FHIR dateTime in the zone it was taken in (UTC when unknown), to the second. */
    static String dateTime(Instant time, String zone) {
        return dateTime(time, ExportRange.zone(zone));
    }

    /** An instant as a FHIR dateTime in {@code zone}, to the second. */
    static String dateTime(Instant time, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(zone)
                .toOffsetDateTime());
    }

    /** Seconds as hours, to the second. */
    static BigDecimal hours(int seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
