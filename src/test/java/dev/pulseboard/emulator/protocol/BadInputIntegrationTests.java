package dev.pulseboard.emulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.emulator.EmulatorIntegrationSupport;

/** Missing or malformed parameters get Withings' own statuses in an HTTP 200 envelope, never a server error. */
class BadInputIntegrationTests extends EmulatorIntegrationSupport {

    @ParameterizedTest(name = "{0}?{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "/measure       | meastype=1                                         | 2554",
            "/measure       | action=nothing                                     | 2554",
            "/measure       | action=getmeas&offset=-1                           | 503",
            "/measure       | action=getmeas&meastype=weight                     | 503",
            "/measure       | action=getmeas&category=3                          | 503",
            "/measure       | action=getmeas&lastupdate=99999999999999999999999  | 503",
            "/v2/measure    | action=getactivity                                 | 503",
            "/v2/measure    | action=getactivity&startdateymd=2024-13-01&enddateymd=2024-12-01 | 503",
            "/v2/measure    | action=getactivity&startdateymd=2024-01-01         | 503",
            "/v2/measure    | action=getintradayactivity&startdate=100&enddate=50 | 503",
            "/v2/measure    | action=getworkouts&lastupdate=abc                  | 503",
            "/v2/sleep      | action=get&enddate=100                             | 503",
            "/v2/sleep      | action=getsummary&lastupdate=x                     | 503",
            "/v2/heart      | action=get                                         | 503",
            "/v2/heart      | action=get&signalid=12                             | 503",
            "/v2/user       | action=getprofile                                  | 2554",
            "/notify        | action=subscribe&appli=1                           | 503",
            "/notify        | action=subscribe&appli=999&callbackurl=http://localhost:1/x | 503",
            "/notify        | action=get&appli=1&callbackurl=http://localhost:1/x | 343",
            "/notify        | action=update&appli=1&callbackurl=http://localhost:1/x | 343" })
    void answersBadParametersWithAWithingsStatus(String path, String query, int status) {
        String token = client.accessToken("alex");

        HttpResponse<String> response = client.get(path.trim() + "?" + query.trim() + "&access_token=" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = client.json(response);
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("body").isEmpty()).isTrue();
        assertThat(json.get("error").asString()).isNotBlank().doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}?{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "/v2/oauth2     | action=requesttoken&grant_type=password           | 503",
            "/v2/oauth2     | action=requesttoken&grant_type=refresh_token&client_id=test-app&client_secret=test-secret | 503",
            "/v2/oauth2     | action=requesttoken&grant_type=refresh_token&client_id=nobody&client_secret=x&refresh_token=y | 503",
            "/v2/oauth2     | action=revoke&client_id=test-app&nonce=abc&signature=00&userid=10000001 | 503",
            "/v2/oauth2     | action=recoverauthorizationcode                   | 503",
            "/v2/oauth2     | action=recoverauthorizationcodes                  | 2554",
            "/v2/signature  | action=getnonce&client_id=test-app                 | 503",
            "/v2/signature  | action=getnonce&client_id=test-app&timestamp=now&signature=00 | 503",
            "/measure       | action=getmeas                                     | 401" })
    void answersBadOAuthAndSigningCallsWithAWithingsStatus(String path, String form, int status) {
        HttpResponse<String> response = client.post(path.trim(), Arrays.stream(form.trim().split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1])));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(client.json(response).get("status").asInt()).isEqualTo(status);
    }
}
