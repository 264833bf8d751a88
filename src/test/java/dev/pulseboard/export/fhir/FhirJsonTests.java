package dev.pulseboard.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.pulseboard.health.measure.MeasurementType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

class FhirJsonTests {

    @Test
    void writesEveryQuantityWithoutAnExponent() {
        FhirCode height = FhirCode.of(MeasurementType.HEIGHT).orElseThrow();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
            json.writeStartObject();
            // 1.8 m is 180 cm: stripped of its trailing zeros, BigDecimal writes 1.8E+2.
            FhirJson.quantity(json, "valueQuantity", height.convert(new BigDecimal("1.800")), height);
            FhirJson.decimal(json, "minutes", new BigDecimal("4E+1"));
            FhirJson.decimal(json, "period", new BigDecimal("3.333333"));
            json.writeEndObject();
        }
        assertThat(out.toString()).contains("\"value\":180,", "\"minutes\":40,", "\"period\":3.333333")
                .doesNotContain("E+");
    }
}
