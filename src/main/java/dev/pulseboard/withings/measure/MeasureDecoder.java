package dev.pulseboard.withings.measure;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.withings.transport.Json;

/** Decodes a getmeas body (withings-api.md §4.1) with its quirks: {@code modelid}/{@code model_id}, int or bool
 * {@code more}, absent paging fields, null device ids, int {@code updatetime}. */
public final class MeasureDecoder {

    private MeasureDecoder() {
    }

    public static MeasurePage page(JsonNode body) {
        List<JsonNode> nodes = Json.array(body, "measuregrps");
        List<MeasureGroup> groups = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            groups.add(group(node));
        }
        return new MeasurePage(groups, Json.more(body), (int) Json.longOr(body, "offset", 0),
                Json.instant(body, "updatetime"), Json.zone(body, "timezone"));
    }

    static MeasureGroup group(JsonNode node) {
        List<JsonNode> nodes = Json.array(node, "measures");
        List<Measure> measures = new ArrayList<>(nodes.size());
        for (JsonNode measure : nodes) {
            Integer position = Json.intOrNull(measure, "position");
            measures.add(Measure.of(MeasureType.fromCode((int) Json.longOr(measure, "type", -1)),
                    Json.longOr(measure, "value", 0), (int) Json.longOr(measure, "unit", 0),
                    position == null ? null : Position.fromCode(position)));
        }
        Integer category = Json.intOrNull(node, "category");
        return new MeasureGroup(Json.longOr(node, "grpid", 0), Attrib.fromCode((int) Json.longOr(node, "attrib", 0)),
                Json.instant(node, "date"), Json.instant(node, "created"), Json.instant(node, "modified"),
                category == null ? MeasureCategory.REAL : MeasureCategory.fromCode(category),
                Json.string(node, "deviceid", "hash_deviceid"), Json.intOrNull(node, "modelid", "model_id"),
                Json.string(node, "model"), measures);
    }
}
