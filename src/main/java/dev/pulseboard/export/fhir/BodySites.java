package dev.pulseboard.export.fhir;

import java.util.Map;

import dev.pulseboard.health.measure.BodyPosition;
import tools.jackson.core.JsonGenerator;

/**
 * Where on the body a segmental value was measured, as an Observation's {@code bodySite}: SNOMED CT body structures
 * for the limbs and the trunk that a Body Scan measures (a whole limb, not the upper arm or the lower leg), text only
 * (the position's name) for every other position, whose SNOMED code was not checked.
 */
final class BodySites {

    static final String SNOMED = "http://snomed.info/sct";

    private record Site(String code, String display) {
    }

    private static final Map<BodyPosition, Site> SNOMED_SITES = Map.of(
            BodyPosition.LEFT_ARM, new Site("80768000", "Structure of left upper limb"),
            BodyPosition.RIGHT_ARM, new Site("6921000", "Structure of right upper limb"),
            BodyPosition.LEFT_LEG, new Site("32153003", "Structure of left lower limb"),
            BodyPosition.RIGHT_LEG, new Site("62175007", "Structure of right lower limb"),
            BodyPosition.TORSO, new Site("22943007", "Trunk structure"));

    private BodySites() {
    }

    /** Writes {@code bodySite} for a stored position code (a {@link BodyPosition}, or one Pulseboard does not know). */
    static void write(JsonGenerator json, int position) {
        BodyPosition known = BodyPosition.fromCode(position).orElse(null);
        Site site = known == null ? null : SNOMED_SITES.get(known);
        json.writeObjectPropertyStart("bodySite");
        if (site != null) {
            json.writeArrayPropertyStart("coding");
            FhirJson.coding(json, SNOMED, site.code(), site.display());
            json.writeEndArray();
        }
        json.writeStringProperty("text", known == null ? "Withings position " + position : known.label());
        json.writeEndObject();
    }
}
