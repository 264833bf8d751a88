package dev.pulseboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.Readable;

/**
 * Every page and API read that takes a day or an instant, given the edges of what Java can parse (years
 * -999,999,999 and +999,999,999), days that do not exist and text that is no date: a readable answer (a page, a
 * 400 problem), never a 500 or a stack trace, on H2 and on PostgreSQL (whose dates end in the year 5,874,897).
 */
abstract class BadDatesCases {

    static final List<String> DATES = List.of("-999999999-01-01", "+999999999-12-31", "-1000000000-01-01",
            "0000-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "yesterday", "2026-01-01T25:00:00Z",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z");

    @Value("${server.port}")
    int port;

    @Test
    void noDateMakesAPageOrTheApiFail() {
        Api api = new Api(port);
        String token = Household.token(api);
        long member = Household.addMember(api, token, "Dates " + System.nanoTime());
        PageSession session = PageSession.signIn(port);
        String pages = "/members/" + member;
        String reads = "/api/v1/members/" + member;
        List<String> failures = new ArrayList<>();
        for (String date : DATES) {
            String d = URLEncoder.encode(date, StandardCharsets.UTF_8);
            List<String> pagePaths = new ArrayList<>();
            for (String section : List.of("", "/body", "/heart", "/sleep", "/activity", "/ecg", "/devices")) {
                pagePaths.add(pages + section + "?range=custom&from=" + d + "&to=2026-01-01");
                pagePaths.add(pages + section + "?range=custom&from=2020-01-01&to=" + d);
            }
            pagePaths.addAll(List.of(pages + "/sleep?night=" + d, pages + "/export/blood-pressure?from=" + d,
                    pages + "/export/blood-pressure?to=" + d, pages + "/export/download?format=csv&from=" + d,
                    pages + "/export/download?format=fhir-bundle&to=" + d));
            for (String path : pagePaths) {
                var answer = session.get(path);
                Readable.check(failures, path, answer.statusCode(), answer.body());
            }
            for (String path : List.of(reads + "/measurements?type=weight&from=" + d,
                    reads + "/measurements?type=weight&to=" + d, reads + "/sleep?from=" + d,
                    reads + "/activity?to=" + d, reads + "/workouts?from=" + d, reads + "/ecg?from=" + d,
                    reads + "/intraday?date=" + d, reads + "/sleep/" + d + "/hypnogram",
                    reads + "/reports/blood-pressure?from=" + d, reads + "/export?format=csv&from=" + d,
                    reads + "/export?format=withings-csv&to=" + d)) {
                var answer = api.get(path, token);
                Readable.check(failures, path, answer.status(), answer.body());
            }
        }
        assertThat(failures).isEmpty();
    }
}
