package dev.pulseboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.coyote.http11.Http11Processor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

/** Bad input on the API: each a problem+json with a useful detail, and nothing half-written. */
@PulseboardTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsIntegrationTests {

    @Value("${server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = Household.token(api);
    }

    @Test
    void refusesASecondSetupWithConflictWhateverItHolds() {
        assertProblem(api.post("/api/v1/setup", null, "{\"email\":\"not an address\"}"), 409, "already set up");

        var second = api.post("/api/v1/setup", null,
                "{\"email\":\"other@example.org\",\"password\":\"long enough pw\",\"name\":\"Eve\"}");
        assertProblem(second, 409, "already set up");
        assertThat(jdbc.sql("select count(*) from app_user where email = 'other@example.org'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void refusesAWrongPasswordForTokensAndLogsTheAddressNotTheEmail(CapturedOutput output) {
        var wrong = api.postBasic("/api/v1/tokens", Household.EMAIL, "not the password", "{\"name\":\"x\"}");
        assertProblem(wrong, 401, "not valid");
        assertThat(output.getOut()).contains("Sign-in failed from 127.0.0.1: wrong e-mail or password")
                .doesNotContain("not the password");
        assertThat(output.getOut().lines().filter(l -> l.contains("Sign-in failed")))
                .noneMatch(l -> l.contains(Household.EMAIL));
    }

    @Test
    void refusesMissingAndWrongBearerTokens() {
        assertProblem(api.get("/api/v1/members", null), 401, "Authorization: Bearer");
        assertProblem(api.get("/api/v1/members", "pb_forged"), 401, "not valid");
        assertProblem(api.get("/api/v1/tokens", "pb_forged"), 401, "not valid");
    }

    @Test
    void makesTokensThatExpireAndRefusesThemAfterwards() {
        var made = api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"for a week\",\"expiresInDays\":7}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String weekly = made.json().get("token").asString();
        Instant expires = Instant.parse(made.json().get("expiresAt").asString());
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(7)));
        assertThat(api.get("/api/v1/members", weekly).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tokens", token).json().get("items")).anySatisfy(
                t -> assertThat(t.get("expiresAt").asString()).isEqualTo(made.json().get("expiresAt").asString()));

        jdbc.sql("update access_token set expires_at = ? where name = 'for a week'")
                .param(Timestamp.from(Instant.now().minusSeconds(1))).update();

        assertProblem(api.get("/api/v1/members", weekly), 401, "not valid");
        assertProblem(api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"never\",\"expiresInDays\":0}"), 400, "between 1 and 3650");
        assertProblem(api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"a day and a half\",\"expiresInDays\":1.5}"), 400, "whole number of days");
        assertThat(api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD, "{\"name\":\"forever\"}")
                .json().get("expiresAt").isNull()).isTrue();
    }

    @Test
    void answersAQueryThatCannotBeDecodedWith400NotAServerFailure() throws IOException {
        // No URI class sends a lone '%': the request goes out as bytes, as a mistyped curl would send it.
        String answer = raw("GET /api/v1/audit?limit=% HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("cannot be read");
    }

    @Test
    void anAddressTomcatCannotDecodeIsAProblemUnderTheApiAndAShortPageElsewhere() throws IOException {
        String api = raw("GET /api/v1/members/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                .contains("\"instance\":\"/api/v1/members/%zz\"", "\"status\":400", "cannot be read")
                .doesNotContain("Apache Tomcat", "HTTP Status");
        String tooLarge = raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + "a".repeat(9000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(tooLarge).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("headers stay under the server's limit (8 KB");
        String page = raw("GET /members/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 400").contains("text/html").contains("Pulseboard cannot read this address")
                .doesNotContain("HTTP Status 400");
    }

    @Test
    void aQueryParameterTheEndpointDoesNotTakeOrTakesOnceIsRefusedNamingIt() {
        assertProblem(api.get("/api/v1/audit?limt=5", token), 400,
                "'limt' is not a parameter of this request; it takes limit.");
        assertProblem(api.get("/api/v1/audit?limit=5&limit=6", token), 400, "'limit' is given twice; give it once.");
        assertProblem(api.get("/api/v1/me?verbose=1", token), 400, "'verbose' is not a parameter of this request; "
                + "it takes none.");
        assertThat(api.get("/api/v1/audit?limit=5", token).status()).isEqualTo(200);
    }

    @Test
    void aChangeWhoseAnswerCannotBeJsonIsRefusedBeforeAnythingChanges() throws IOException {
        String body = "{\"name\":\"Made anyway\"}";
        String answer = raw("POST /api/v1/members HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nAccept: application/xml\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(answer).startsWith("HTTP/1.1 406").contains("application/problem+json", "nothing was changed");
        assertThat(api.get("/api/v1/members", token).body()).doesNotContain("Made anyway");
        long member = Household.addMember(api, token, "Removed whatever it accepts");
        String removed = raw("DELETE /api/v1/members/" + member + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(removed).as("a change that answers nothing (204) has no JSON to refuse").startsWith("HTTP/1.1 204");
        String yaml = raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nAccept: application/yaml\r\nConnection: close\r\n\r\n");
        assertThat(yaml).as("the API answers JSON alone").startsWith("HTTP/1.1 406")
                .doesNotContain("Content-Type: application/yaml");
    }

    @Test
    void anAddressTheFirewallRefusesIsAProblemAndBasicCredentialsAreToldWhereTheyGo() throws IOException {
        String slashes = raw("GET //api/v1/members HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nConnection: close\r\n\r\n");
        assertThat(slashes).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json",
                "empty segment (//)", "\"status\":400");
        String page = raw("GET //members HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(page).as("a page address keeps the firewall's plain 400").startsWith("HTTP/1.1 400")
                .doesNotContain("application/problem+json");
        assertProblem(api.getBasic("/api/v1/members", Household.EMAIL, Household.PASSWORD), 401,
                "HTTP Basic (an e-mail and a password) is taken only by POST /api/v1/tokens");
    }

    /**
     * A token read from a file with a Windows line ending carries a carriage return; Tomcat refuses the header line
     * (400) and, at INFO, logged it as sent. The logger is kept at WARN, so no malformed request is ever written out.
     */
    @Test
    void aTokenWithACarriageReturnIsRefusedAndNeverLogged(CapturedOutput output) throws IOException {
        String answer = raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain(token);
        assertThat(output.getAll()).doesNotContain(token.substring(3));
        assertThat(LoggerFactory.getLogger(Http11Processor.class).isInfoEnabled())
                .as("the first malformed request after each start is logged at INFO, header line included").isFalse();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsWordedOneWayEverywhere() {
        long member = Household.addMember(api, token, "Inverted " + System.nanoTime());
        String inverted = "?from=2026-03-05&to=2026-03-01";
        for (String path : List.of("/measurements" + inverted + "&type=weight", "/sleep" + inverted,
                "/ecg" + inverted, "/export" + inverted + "&format=csv")) {
            assertProblem(api.get("/api/v1/members/" + member + path, token), 400, "'from' is after 'to'");
        }
    }

    @Test
    void askingToSyncAMemberWhoIsNotConnectedIsAConflict() {
        long member = Household.addMember(api, token, "Not connected " + System.nanoTime());
        assertProblem(api.post("/api/v1/members/" + member + "/sync", token, null), 409, "not connected to Withings");
    }

    @Test
    void answersAnUnknownAddressOrMethodUnderTheApiWithProblemJson() {
        assertProblem(api.get("/api/v1/nope", token), 404, "There is no /api/v1/nope in the API");
        assertProblem(api.delete("/api/v1/members", token), 405, "DELETE is not supported at /api/v1/members");
    }

    /** The 406 the API document lists on every operation that answers JSON. */
    @Test
    void answersAClientThatTakesNoJsonWithNotAcceptable() {
        assertProblem(api.get("/api/v1/members", token, "text/html"), 406, "Acceptable representations");
    }

    @Test
    void answersAnUploadThatIsNoMultipartFormWithProblemJson() {
        long member = Household.addMember(api, token, "Uploader");
        String imports = "/api/v1/members/" + member + "/imports";

        var noBoundary = api.send("POST", imports, token, "multipart/form-data", "x".getBytes());
        assertProblem(noBoundary, 400, "not a readable multipart/form-data upload");
        var json = api.send("POST", imports, token, "application/json", "{}".getBytes());
        assertProblem(json, 415, "does not read application/json; send multipart/form-data");
        var nothing = api.send("POST", imports, token, null, null);
        assertProblem(nothing, 415, "needs a body with a Content-Type; send multipart/form-data");
        assertThat(api.get(imports.replace("/imports", ""), token).status()).isEqualTo(200);
    }

    @Test
    void listsAndRevokesTokensWithoutEverShowingThem() {
        String spare = Household.token(api);
        var listed = api.get("/api/v1/tokens", token);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(spare).doesNotContain(token).contains("\"name\":\"test\"");
        long spareId = listed.json().get("items").get(0).get("id").asLong();
        assertThat(api.get("/api/v1/members", spare).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/tokens/" + spareId, token).status()).isEqualTo(204);

        assertProblem(api.get("/api/v1/members", spare), 401, "not valid");
        assertProblem(api.delete("/api/v1/tokens/" + spareId, token), 404, "no token " + spareId);
        assertThat(api.get("/api/v1/members", token).status()).isEqualTo(200);
    }

    @Test
    void refusesAnAuditLimitOutOfRange() {
        assertProblem(api.get("/api/v1/audit?limit=-5", token), 400, "between 1 and 1000");
        assertProblem(api.get("/api/v1/audit?limit=5000", token), 400, "between 1 and 1000");
        assertThat(api.get("/api/v1/audit?limit=3", token).status()).isEqualTo(200);
    }

    @Test
    void answersNotFoundForAnUnknownMember() {
        assertProblem(api.get("/api/v1/members/999999/measurements?type=weight", token), 404, "no member 999999");
    }

    @Test
    void answersNotFoundForAnotherHouseholdsMemberWithoutAHint() {
        long otherMember = memberOfAnotherHousehold();
        var response = api.get("/api/v1/members/" + otherMember, token);
        assertProblem(response, 404, "no member " + otherMember);
        assertThat(response.body()).doesNotContain("Mallory");
        assertThat(api.get("/api/v1/members/999998", token).json().get("detail").asString())
                .isEqualTo("There is no member 999998 in your household.");
    }

    @Test
    void rejectsMalformedJson() {
        assertProblem(api.post("/api/v1/members", token, "{\"name\":"), 400, "not valid JSON");
        assertProblem(api.post("/api/v1/members", token, "{\"name\":\"   \"}"), 400, "must not be empty");
        assertProblem(api.post("/api/v1/members", token, "{\"name\":\"x\\u0000y\"}"), 400, "without control characters");
        assertProblem(api.post("/api/v1/members", token, "{\"name\":\"two\\nlines\"}"), 400, "must be on one line");
        assertProblem(api.send("PUT", "/api/v1/me/member", token, "application/json",
                "{\"memberId\":99999999999999999999999}".getBytes(StandardCharsets.UTF_8)), 400,
                "'memberId' must be a whole number, and not a huge one.");
        assertProblem(api.send("POST", "/api/v1/members", token, "application/json", new byte[0]), 400,
                "This request needs a JSON body.");
    }

    @Test
    void refusesABodyOfTheWrongShapeNamingTheFieldAndWritesNothing() {
        long members = jdbc.sql("select count(*) from member").query(Long.class).single();
        long tokens = jdbc.sql("select count(*) from access_token").query(Long.class).single();

        assertProblem(api.post("/api/v1/members", token, "{\"name\":5}"), 400, "'name' must be text");
        assertProblem(api.post("/api/v1/members", token, "{\"name\":[\"Ann\"]}"), 400, "'name' must be text");
        assertProblem(api.post("/api/v1/members", token, "{\"name\":\"Ann\",\"name\":\"Bob\"}"), 400,
                "'name' is given twice");
        assertProblem(api.post("/api/v1/members", token, "{\"nmae\":\"Ann\"}"), 400,
                "'nmae' is not a field of this request; it takes name");
        assertProblem(api.post("/api/v1/members", token, "[\"Ann\"]"), 400, "must be a JSON object");
        assertProblem(api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"x\",\"expiresInDays\":\"7\"}"), 400, "'expiresInDays' must be a number");
        assertProblem(api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"x\",\"readOnly\":\"yes\"}"), 400, "'readOnly' must be true or false");
        assertProblem(api.post("/api/v1/ambiguous-readings/discard", token, "{\"memberId\":1}"), 400,
                "'groupId' is required");
        assertProblem(api.post("/api/v1/ambiguous-readings/discard", token, "{\"memberId\":1,\"groupId\":2.5}"),
                400, "'groupId' must be a whole number");

        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(members);
        assertThat(jdbc.sql("select count(*) from access_token").query(Long.class).single()).isEqualTo(tokens);
    }

    @Test
    void namesOnlyAShortPrintableFieldOfTheRequestInAProblem() {
        var response = api.post("/api/v1/members", token, "{\"" + "x".repeat(500) + "\\u0007\":1}");
        assertProblem(response, 400, "is not a field of this request");
        assertThat(response.json().get("detail").asString()).hasSizeLessThan(200).doesNotContain("\u0007");
    }

    @Test
    void rejectsUnknownTypesAndUnparsableDates() {
        long member = Household.addMember(api, token, "Bob");
        assertProblem(api.get("/api/v1/members/" + member + "/measurements?type=wieght", token), 400,
                "Unknown measurement type 'wieght'");
        assertProblem(api.get("/api/v1/members/" + member + "/measurements?type=weight&from=yesterday", token), 400,
                "should be a day (YYYY-MM-DD");
        assertProblem(api.get("/api/v1/members/" + member + "/measurements", token), 400, "'type' is required");
    }

    @Test
    void listsEmptyMeasurementsForANewMember() {
        long member = Household.addMember(api, token, "Carol");
        var response = api.get("/api/v1/members/" + member + "/measurements?type=weight&from=2020-01-01", token);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").size()).isZero();
        var listed = api.get("/api/v1/members/" + member, token).json();
        assertThat(listed.get("name").asString()).isEqualTo("Carol");
        assertThat(listed.get("withings").get("status").asString()).isEqualTo("NOT_CONNECTED");
    }

    private long memberOfAnotherHousehold() {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into household (name, created_at) values ('Other', ?)")
                .param(Timestamp.from(Instant.now())).update(keys, "id");
        long household = keys.getKey().longValue();
        var memberKeys = new GeneratedKeyHolder();
        jdbc.sql("insert into member (household_id, name, created_at) values (?, 'Mallory', ?)")
                .params(household, Timestamp.from(Instant.now())).update(memberKeys, "id");
        return memberKeys.getKey().longValue();
    }

    /** A problem in the one shape every API error has, whether the security filters or a controller answered. */
    private static void assertProblem(Api.Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().propertyNames()).as(response.body())
                .containsExactlyInAnyOrder("detail", "instance", "status", "title");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }
}
