package dev.pulseboard.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a member's data can be downloaded as, by the name the API and the Export page use. */
public enum ExportFormat {
    FHIR_BUNDLE("fhir-bundle", "application/fhir+json", "fhir.json"),
    FHIR_NDJSON("fhir-ndjson", "application/zip", "fhir-ndjson.zip"),
    WITHINGS_CSV("withings-csv", "application/zip", "withings-csv.zip"),
    CSV("csv", "text/csv;charset=UTF-8", "data.csv");

    private final String apiName;
    private final String contentType;
    private final String fileSuffix;

    ExportFormat(String apiName, String contentType, String fileSuffix) {
        this.apiName = apiName;
        this.contentType = contentType;
        this.fileSuffix = fileSuffix;
    }

    public String apiName() {
        return apiName;
    }

    public String contentType() {
        return contentType;
    }

    public String fileSuffix() {
        return fileSuffix;
    }

    public static Optional<ExportFormat> fromApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::apiName).collect(Collectors.joining(", "));
    }
}
