package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.PersonalAccessTokens;
import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.Grants;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.GrantRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.health.daily.ActivityDay;
import dev.pulseboard.health.daily.DailyData;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.support.Actor;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PulseboardTest;

import tools.jackson.databind.JsonNode;

/**
 * Every mapped page and API route, read from Spring's handler mappings (a new route without a rule here fails the
 * test), against every kind of caller: the administrator, the member's own user, another member's user, a view
 * grantee, a manage grantee, an expired grantee, a user of another household and an anonymous caller. Who may not
 * see a member gets 404, who may see but not change gets 403, who is not signed in gets 401 (API) or the sign-in
 * page (pages); everyone allowed gets past the check (no 401, 403 or 404, and never a 500).
 */
@PulseboardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    private static final String PASSWORD = "matrix password 1";

    @Value("${server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Invitations invitations;

    @Autowired
    Grants grants;

    @Autowired
    Members members;

    @Autowired
    UserRepository users;

    @Autowired
    GrantRepository grantRows;

    @Autowired
    Measurements measurements;

    @Autowired
    DailyData daily;

    @Autowired
    PersonalAccessTokens tokens;

    @Autowired
    Clock clock;

    @Autowired
    PasswordEncoder encoder;

    /** The kinds of caller, in the order the expectations below name them. */
    enum Who {
        ADMIN, OWN, OTHER_MEMBER, VIEWER, MANAGER, EXPIRED, OTHER_HOUSEHOLD, ANONYMOUS
    }

    /** What a route needs. */
    enum Rule {
        /** Open to anyone (sign-in, setup, invitations, Withings' callback and webhooks, the emulator, health). */
        PUBLIC,
        /** Any signed-in user, about themselves. */
        SIGNED_IN,
        /** Administrators of the household. */
        ADMIN,
        /** Reads a member's data. */
        VIEW,
        /** Changes a member's data or link. */
        MANAGE,
        /**
         * Changes who a member is or what is kept of them (rename, date of birth, erase, import, shared-scale
         * weigh-ins): the member's login and administrators, not a grantee, even with manage access.
         */
        EDIT,
        /** Decides who sees a member. */
        SHARE,
        /** Removes a member: administrators; who only sees them gets 403. */
        REMOVE
    }

    private final Map<Who, Actor> actors = new LinkedHashMap<>();
    private long target;
    private long ownUser;
    private long viewerUser;
    private long managerUser;
    private String adminToken;

    @BeforeAll
    void household() {
        Api api = new Api(port);
        adminToken = Household.token(api);
        CurrentUser admin = users.findByEmail(Household.EMAIL).orElseThrow();
        String tag = Long.toString(System.nanoTime(), 36);
        CurrentUser own = invite(admin, "Own " + tag, "own-" + tag);
        target = own.memberId().value();
        ownUser = own.userId();
        CurrentUser otherMember = invite(admin, "Other " + tag, "other-" + tag);
        CurrentUser viewer = invite(admin, "Viewer " + tag, "viewer-" + tag);
        CurrentUser manager = invite(admin, "Manager " + tag, "manager-" + tag);
        CurrentUser expired = invite(admin, "Expired " + tag, "expired-" + tag);
        viewerUser = viewer.userId();
        managerUser = manager.userId();
        targetWithItsGrants();
        grantRows.insert(own.memberId(), expired.userId(), Access.MANAGE, clock.instant().minusSeconds(60),
                own.userId(), clock.instant().minus(Duration.ofDays(2)));
        CurrentUser stranger = stranger(tag);

        actors.put(Who.ADMIN, Actor.signedIn("administrator", port, Household.EMAIL, Household.PASSWORD, adminToken));
        actors.put(Who.OWN, actor("own user", own));
        actors.put(Who.OTHER_MEMBER, actor("another member's user", otherMember));
        actors.put(Who.VIEWER, actor("view grantee", viewer));
        actors.put(Who.MANAGER, actor("manage grantee", manager));
        actors.put(Who.EXPIRED, actor("expired grantee", expired));
        actors.put(Who.OTHER_HOUSEHOLD, actor("user of another household", stranger));
        actors.put(Who.ANONYMOUS, Actor.anonymous(port));
    }

    @Test
    void theExportPageOffersTheImportOnlyToTheMemberAndAdministrators() {
        for (Who who : List.of(Who.ADMIN, Who.OWN, Who.MANAGER, Who.VIEWER)) {
            HttpResponse<String> page = actors.get(who).page("GET", "/members/" + target + "/export");
            assertThat(page.statusCode()).as(who.name()).isEqualTo(200);
            if (who == Who.VIEWER || who == Who.MANAGER) {
                assertThat(page.body()).as(who.name()).doesNotContain("id=\"import-form\"")
                        .contains("id=\"import-needs-manage\"");
            } else {
                assertThat(page.body()).as(who.name()).contains("id=\"import-form\"")
                        .doesNotContain("id=\"import-needs-manage\"");
            }
        }
    }

    @Test
    void aManageGrantDeletesNothingAndOffersNoRenameOrDateOfBirth() {
        Actor manager = actors.get(Who.MANAGER);
        var erase = manager.api("DELETE", "/api/v1/members/" + target + "/withings?erase=true", null);
        assertThat(erase.statusCode()).isEqualTo(403);
        assertThat(erase.body()).contains("may delete", "a share, view or manage, does not let you");
        assertThat(actors.get(Who.VIEWER).api("PATCH", "/api/v1/members/" + target, "{\"name\":\"\"}").body())
                .as("a view share is not sent to ask for manage access, which would not let it either")
                .contains("a share, view or manage, does not let you").doesNotContain("manage access to change");
        assertThat(manager.page("POST", "/members/" + target + "/withings/disconnect?erase=true").statusCode())
                .isEqualTo(403);
        assertThat(actors.get(Who.VIEWER).api("DELETE", "/api/v1/members/" + target + "/withings?erase=true", null)
                .statusCode()).isEqualTo(403);
        String managersPage = manager.page("GET", "/members/" + target).body();
        assertThat(managersPage).contains("id=\"manage-by-grant\"").doesNotContain("id=\"birth-date-form\"")
                .doesNotContain("id=\"report-note-form\"")
                .doesNotContain("/rename\"");
        assertThat(actors.get(Who.OWN).page("GET", "/members/" + target).body()).contains("id=\"birth-date-form\"")
                .doesNotContain("id=\"manage-by-grant\"");
    }

    @Test
    void aManageGrantLinksNoAccountToAMemberWhoseReadingsAreKeptHere() {
        CurrentUser admin = admin();
        MemberId kept = members.add(admin.householdId(), "Kept " + Long.toString(System.nanoTime(), 36)).id();
        Instant at = clock.instant().minus(Duration.ofDays(400));
        measurements.store(kept, List.of(new MeasurementRecord(-77, MeasurementType.WEIGHT, null, 80_100, -3, at, null,
                0, null, "Withings archive", "Europe/Paris")));
        grantRows.insert(kept, managerUser, Access.MANAGE, null, admin.userId(), clock.instant());

        var refused = actors.get(Who.MANAGER).api("POST", "/api/v1/members/" + kept.value()
                + "/withings/authorization", null);
        assertThat(refused.statusCode()).as("any account could be linked, another person's too").isEqualTo(403);
        assertThat(refused.body()).contains("whose data is kept here");
        assertThat(actors.get(Who.MANAGER).page("POST", "/members/" + kept.value() + "/withings/connect")
                .statusCode()).isEqualTo(403);
        assertThat(actors.get(Who.ADMIN).api("POST", "/api/v1/members/" + kept.value() + "/withings/authorization",
                null).statusCode()).isEqualTo(200);
        assertThat(actors.get(Who.MANAGER).page("GET", "/members/" + kept.value()).body())
                .as("the page offers no button that would be refused").contains("id=\"link-by-owner\"")
                .doesNotContain("id=\"connect-withings\"");
        assertThat(actors.get(Who.ADMIN).page("GET", "/members/" + kept.value()).body())
                .contains("id=\"connect-withings\"").doesNotContain("id=\"link-by-owner\"");

        MemberId walker = members.add(admin.householdId(), "Days " + Long.toString(System.nanoTime(), 36)).id();
        daily.storeActivity(walker, List.of(new ActivityDay(LocalDate.of(2025, 3, 1), "Europe/Paris", 8_000, null,
                null, null, null, null, null, null, null, null, "ScanWatch")));
        grantRows.insert(walker, managerUser, Access.MANAGE, null, admin.userId(), clock.instant());
        assertThat(actors.get(Who.MANAGER).api("POST", "/api/v1/members/" + walker.value()
                + "/withings/authorization", null).statusCode()).as("activity days kept, no reading").isEqualTo(403);
        assertThat(actors.get(Who.MANAGER).page("GET", "/members/" + walker.value()).body())
                .contains("id=\"link-by-owner\"").doesNotContain("id=\"connect-withings\"");
        MemberId fresh = members.add(admin.householdId(), "Nothing " + Long.toString(System.nanoTime(), 36)).id();
        grantRows.insert(fresh, managerUser, Access.MANAGE, null, admin.userId(), clock.instant());
        assertThat(actors.get(Who.MANAGER).page("GET", "/members/" + fresh.value()).body())
                .as("nothing kept: the grantee connects").contains("id=\"connect-withings\"")
                .doesNotContain("id=\"link-by-owner\"");

        assertThat(actors.get(Who.MANAGER).page("GET", "/").body()).as("the overview's cards offer the same")
                .doesNotContain("href=\"/members/" + kept.value() + "\">Connect Withings")
                .contains("href=\"/members/" + fresh.value() + "\">Connect Withings");

        var people = actors.get(Who.VIEWER).page("GET", "/household");
        assertThat(people.statusCode()).isEqualTo(403);
        assertThat(people.body()).as("one heading for a refusal, whichever way it was refused")
                .contains("<h1>Not allowed</h1>");

        // The body's empty state tells each viewer what is true for them.
        assertThat(actors.get(Who.ADMIN).page("GET", "/members/" + walker.value() + "/body").body())
                .as("days kept, no reading").contains("of other kinds").doesNotContain("No data");
        assertThat(actors.get(Who.ADMIN).page("GET", "/members/" + walker.value()).body())
                .contains("of other kinds").doesNotContain("No data");
        assertThat(actors.get(Who.MANAGER).page("GET", "/members/" + fresh.value() + "/body").body())
                .contains("connect Withings<span> on the Overview tab");
        grantRows.insert(fresh, viewerUser, Access.VIEW, null, admin.userId(), clock.instant());
        assertThat(actors.get(Who.VIEWER).page("GET", "/members/" + fresh.value() + "/body").body())
                .as("a view share cannot connect").contains("this member has not connected Withings")
                .doesNotContain("connect Withings<span>");
    }

    @Test
    void everyRouteAnswersEveryCallerAsThePermissionRulesSay() {
        Map<String, Route> routes = routes();
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> keys(info).forEach(mapped::add));
        Set<String> withoutRule = new TreeSet<>(mapped);
        withoutRule.removeIf(key -> routes.containsKey(key) || key.contains("/emulator/withings"));
        assertThat(withoutRule).as("routes without a rule in this test: add one").isEmpty();

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Route> entry : routes.entrySet()) {
            if (!mapped.contains(entry.getKey())) {
                wrong.add("rule for a route that does not exist: " + entry.getKey());
                continue;
            }
            Route route = entry.getValue();
            if (route.rule() == Rule.PUBLIC) {
                continue;
            }
            for (Who who : Who.values()) {
                Actor actor = actors.get(who);
                String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
                String path = route.path().apply(this, who);
                HttpResponse<String> answer = route.upload()
                        ? actor.upload(path, !route.api(), "archive.zip", "not a zip".getBytes())
                        : route.api() ? actor.api(method, path, route.body()) : actor.page(method, path);
                String expected = expected(route, who);
                checked++;
                if (!matches(expected, answer, route)) {
                    wrong.add(entry.getKey() + " as " + actor + ": expected " + expected + ", got "
                            + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("")
                            + " " + abbreviate(answer.body()));
                }
            }
        }
        assertThat(wrong).as("of " + checked + " checks").isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    /**
     * The OpenAPI document tells a client who may call each operation ({@code x-access}, and in words): what it says is
     * the rule this test checks the server against, operation by operation.
     */
    @Test
    void theApiDocumentSaysWhoMayCallEachOperationAsTheServerDecides() {
        JsonNode paths = new Api(port).get("/v3/api-docs", null).json().get("paths");
        Map<String, String> documented = new TreeMap<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> documented.put(
                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                operation.getValue().path("x-access").asString("none"))));
        Map<String, String> enforced = new TreeMap<>();
        routes().forEach((key, route) -> {
            if (key.contains(" /api/")) {
                enforced.put(key, route.rule().name());
            }
        });
        assertThat(documented).isEqualTo(enforced);
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> assertThat(
                operation.getValue().path("description").asString(""))
                .as(operation.getKey() + " " + path.getKey()).isNotBlank()));
    }

    /**
     * A read-only token reads and changes nothing: an administrator's may call every GET of the API (as the document
     * says each of them allows), and every other method is a 403 before anything is done.
     */
    @Test
    void aReadOnlyTokenMayCallEveryReadAndNoChange() {
        var made = new Api(port).postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"read only\",\"readOnly\":true}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        Actor reader = Actor.signedIn("administrator's read-only token", port, Household.EMAIL, Household.PASSWORD,
                made.json().get("token").asString());
        List<String> wrong = new ArrayList<>();
        routes().forEach((key, route) -> {
            if (!key.contains(" /api/") || route.rule() == Rule.PUBLIC) {
                return;
            }
            String method = key.substring(0, key.indexOf(' '));
            HttpResponse<String> answer = route.upload()
                    ? reader.upload(route.path().apply(this, Who.ADMIN), false, "archive.zip", "not a zip".getBytes())
                    : reader.api(method, route.path().apply(this, Who.ADMIN), route.body());
            boolean refused = answer.statusCode() == 403 && answer.body().contains("read-only");
            if (method.equals("GET") == refused) {
                wrong.add(key + ": " + answer.statusCode() + " " + abbreviate(answer.body()));
            }
        });
        assertThat(wrong).as("GET allowed, any other method refused as read-only").isEmpty();
    }

    /** What a caller should get: "ok", "401", "403", "404" or "login" (a page redirect to the sign-in form). */
    private static String expected(Route route, Who who) {
        if (who == Who.ANONYMOUS) {
            return route.api() ? "401" : "login";
        }
        return switch (route.rule()) {
            case PUBLIC, SIGNED_IN -> "ok";
            case ADMIN -> who == Who.ADMIN ? "ok" : "403";
            case VIEW -> switch (who) {
                case ADMIN, OWN, VIEWER, MANAGER -> "ok";
                default -> "404";
            };
            case MANAGE -> switch (who) {
                case ADMIN, OWN, MANAGER -> "ok";
                case VIEWER -> "403";
                default -> "404";
            };
            case EDIT, SHARE -> switch (who) {
                case ADMIN, OWN -> "ok";
                case VIEWER, MANAGER -> "403";
                default -> "404";
            };
            case REMOVE -> switch (who) {
                case ADMIN -> "ok";
                case OWN, VIEWER, MANAGER -> "403";
                default -> "404";
            };
        };
    }

    private static boolean matches(String expected, HttpResponse<String> answer, Route route) {
        int status = answer.statusCode();
        boolean api = route.api();
        String location = answer.headers().firstValue("Location").orElse("");
        return switch (expected) {
            // A route about something inside the member (an ECG, a night, a token) may not find it: but never "no
            // such member", which is what a refusal looks like.
            case "ok" -> status < 500 && status != 401 && status != 403
                    && (status != 404 || route.subResource() && !answer.body().contains("There is no member"))
                    && !(status == 302 && location.contains("/login"));
            case "login" -> status == 302 && location.endsWith("/login");
            default -> Integer.toString(status).equals(expected)
                    && (!api || answer.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        };
    }

    /** A route: its rule, whether it is JSON, the concrete path to call and the body to send. */
    record Route(Rule rule, boolean api, BiFunction<AuthorizationMatrixIntegrationTests, Who, String> path, String body,
            boolean subResource, boolean upload) {

        Route(Rule rule, boolean api, BiFunction<AuthorizationMatrixIntegrationTests, Who, String> path, String body,
                boolean subResource) {
            this(rule, api, path, body, subResource, false);
        }
    }

    private Map<String, Route> routes() {
        Map<String, Route> r = new LinkedHashMap<>();
        // Open to anyone.
        for (String key : List.of("POST /api/v1/setup", "POST /api/v1/invitations/{token}/accept", "GET /login",
                "GET /setup", "POST /setup", "GET /invitations/{token}", "POST /invitations/{token}",
                "GET /withings/callback", "GET /error", "GET /favicon.ico", "GET /withings/notify/{secret}",
                "HEAD /withings/notify/{secret}", "POST /withings/notify/{secret}", "GET /v3/api-docs",
                "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
                // Accepting an invitation with the household's identity provider (issue 15).
                "POST /invitations/{token}/oidc",
                // Whether the caller's own session lives (204, or 401 with none): SessionEndingBrowserIntegrationTests.
                "GET /session",
                // A link to a member's report for someone without a login: the link is the key (ReportLinksIntegrationTests).
                "GET /r/{token}")) {
            r.put(key, new Route(Rule.PUBLIC, false, (t, who) -> "", null, false));
        }
        // Any signed-in user, about themselves.
        api(r, Rule.SIGNED_IN, "GET /api/v1/me", "/api/v1/me", null);
        // An empty name: refused (400) for whoever may, so that the matrix renames nobody.
        api(r, Rule.SIGNED_IN, "PATCH /api/v1/me", "/api/v1/me", "{\"name\":\"\"}");
        api(r, Rule.SIGNED_IN, "GET /api/v1/members", "/api/v1/members", null);
        api(r, Rule.SIGNED_IN, "GET /api/v1/tokens", "/api/v1/tokens", null);
        sub(r, Rule.SIGNED_IN, "DELETE /api/v1/tokens/{id}", (t, who) -> "/api/v1/tokens/0");
        api(r, Rule.SIGNED_IN, "GET /api/v1/ambiguous-readings", "/api/v1/ambiguous-readings", null);
        page(r, Rule.SIGNED_IN, "GET /", "/");
        page(r, Rule.SIGNED_IN, "GET /settings", "/settings");
        // People's address as typed: a redirect to the page, which decides.
        page(r, Rule.SIGNED_IN, "GET /people", "/people");
        page(r, Rule.SIGNED_IN, "POST /settings", "/settings");
        page(r, Rule.SIGNED_IN, "GET /account/password", "/account/password");
        page(r, Rule.SIGNED_IN, "POST /account/password", "/account/password");
        page(r, Rule.SIGNED_IN, "POST /account/name", "/account/name");
        page(r, Rule.SIGNED_IN, "GET /account/tokens", "/account/tokens");
        page(r, Rule.SIGNED_IN, "POST /account/tokens", "/account/tokens");
        page(r, Rule.SIGNED_IN, "POST /account/tokens/{id}/revoke", "/account/tokens/0/revoke");
        // Administrators.
        api(r, Rule.ADMIN, "POST /api/v1/members", "/api/v1/members", "{\"name\":\"\"}");
        api(r, Rule.ADMIN, "GET /api/v1/users", "/api/v1/users", null);
        api(r, Rule.ADMIN, "PATCH /api/v1/users/{id}", (t, who) -> "/api/v1/users/" + t.spareUser(), "{}");
        api(r, Rule.ADMIN, "DELETE /api/v1/users/{id}", (t, who) -> "/api/v1/users/" + t.spareUser(), null);
        api(r, Rule.ADMIN, "POST /api/v1/invitations", "/api/v1/invitations", "{\"role\":\"MEMBER\"}");
        api(r, Rule.ADMIN, "GET /api/v1/invitations", "/api/v1/invitations", null);
        api(r, Rule.ADMIN, "DELETE /api/v1/invitations/{id}", (t, who) -> "/api/v1/invitations/"
                + t.spareInvitation(), null);
        api(r, Rule.ADMIN, "GET /api/v1/audit", "/api/v1/audit", null);
        // Which member the administrator is: the target has a login of its own, so the admin is refused (400).
        api(r, Rule.ADMIN, "PUT /api/v1/me/member", "/api/v1/me/member", "{\"memberId\":" + target + "}");
        api(r, Rule.ADMIN, "DELETE /api/v1/me/member", "/api/v1/me/member", null);
        page(r, Rule.ADMIN, "POST /household/me/member", (t, who) -> "/household/me/member?member=" + t.target);
        page(r, Rule.ADMIN, "POST /household/me/member/remove", "/household/me/member/remove");
        page(r, Rule.ADMIN, "POST /members", "/members");
        page(r, Rule.ADMIN, "GET /household", "/household");
        page(r, Rule.ADMIN, "POST /household/invitations", "/household/invitations");
        page(r, Rule.ADMIN, "POST /household/invitations/{id}/revoke",
                (t, who) -> "/household/invitations/" + t.spareInvitation() + "/revoke");
        page(r, Rule.ADMIN, "POST /household/users/{id}/role", (t, who) -> "/household/users/" + t.spareUser()
                + "/role?role=MEMBER");
        page(r, Rule.ADMIN, "POST /household/users/{id}/password",
                (t, who) -> "/household/users/" + t.spareUser() + "/password");
        page(r, Rule.ADMIN, "POST /household/users/{id}/remove",
                (t, who) -> "/household/users/" + t.spareUser() + "/remove");
        page(r, Rule.ADMIN, "GET /audit", "/audit");
        // A member's data: read.
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        for (String part : List.of("", "/activity", "/ecg", "/intraday?date=" + yesterday, "/measurements?type=weight",
                "/goals", "/sleep", "/workouts", "/sync")) {
            String key = "GET /api/v1/members/{id}" + part.replaceAll("\\?.*", "");
            api(r, Rule.VIEW, key, (t, who) -> "/api/v1/members/" + t.target + part, null);
        }
        sub(r, Rule.VIEW, "GET /api/v1/members/{id}/ecg/{signalId}", (t, who) -> "/api/v1/members/" + t.target
                + "/ecg/1");
        sub(r, Rule.VIEW, "GET /api/v1/members/{id}/sleep/{date}/hypnogram",
                (t, who) -> "/api/v1/members/" + t.target + "/sleep/2026-01-01/hypnogram");
        page(r, Rule.VIEW, "GET /members/{id}", (t, who) -> "/members/" + t.target);
        page(r, Rule.VIEW, "GET /members/{id}/{section:body|heart|sleep|activity|ecg|devices}",
                (t, who) -> "/members/" + t.target + "/heart");
        page(r, Rule.VIEW, "GET /members/{id}/sync-status", (t, who) -> "/members/" + t.target + "/sync-status");
        // A member's data: change.
        api(r, Rule.EDIT, "PATCH /api/v1/members/{id}", (t, who) -> "/api/v1/members/" + t.target, "{\"name\":\"\"}");
        // No date: refused (400) for whoever may; clearing a date nobody set changes nothing.
        api(r, Rule.EDIT, "PUT /api/v1/members/{id}/birth-date",
                (t, who) -> "/api/v1/members/" + t.target + "/birth-date", "{\"birthDate\":null}");
        api(r, Rule.EDIT, "DELETE /api/v1/members/{id}/birth-date",
                (t, who) -> "/api/v1/members/" + t.target + "/birth-date", null);
        page(r, Rule.EDIT, "POST /members/{id}/birth-date", (t, who) -> "/members/" + t.target + "/birth-date");
        api(r, Rule.EDIT, "PUT /api/v1/members/{id}/report-note",
                (t, who) -> "/api/v1/members/" + t.target + "/report-note", "{\"reportNote\":null}");
        api(r, Rule.EDIT, "DELETE /api/v1/members/{id}/report-note",
                (t, who) -> "/api/v1/members/" + t.target + "/report-note", null);
        page(r, Rule.EDIT, "POST /members/{id}/report-note", (t, who) -> "/members/" + t.target + "/report-note");
        api(r, Rule.MANAGE, "POST /api/v1/members/{id}/sync", (t, who) -> "/api/v1/members/" + t.target + "/sync", null);
        api(r, Rule.MANAGE, "POST /api/v1/members/{id}/withings/authorization",
                (t, who) -> "/api/v1/members/" + t.target + "/withings/authorization", null);
        api(r, Rule.MANAGE, "DELETE /api/v1/members/{id}/withings",
                (t, who) -> "/api/v1/members/" + t.target + "/withings", null);
        api(r, Rule.EDIT, "POST /api/v1/ambiguous-readings/assign", (t, who) -> "/api/v1/ambiguous-readings/assign",
                "{\"memberId\":" + target + ",\"groupId\":0,\"toMemberId\":" + target + "}");
        api(r, Rule.EDIT, "POST /api/v1/ambiguous-readings/discard", (t, who) -> "/api/v1/ambiguous-readings/discard",
                "{\"memberId\":" + target + ",\"groupId\":0}");
        page(r, Rule.MANAGE, "POST /members/{id}/sync", (t, who) -> "/members/" + t.target + "/sync");
        page(r, Rule.EDIT, "POST /members/{id}/rename", (t, who) -> "/members/" + t.target + "/rename");
        page(r, Rule.MANAGE, "POST /members/{id}/withings/connect", (t, who) -> "/members/" + t.target + "/withings/connect");
        page(r, Rule.MANAGE, "POST /members/{id}/withings/disconnect",
                (t, who) -> "/members/" + t.target + "/withings/disconnect");
        page(r, Rule.EDIT, "POST /members/{id}/ambiguous/{groupId}/assign",
                (t, who) -> "/members/" + t.target + "/ambiguous/0/assign?to=" + t.target);
        page(r, Rule.EDIT, "POST /members/{id}/ambiguous/{groupId}/discard",
                (t, who) -> "/members/" + t.target + "/ambiguous/0/discard");
        page(r, Rule.EDIT, "POST /members/{id}/ambiguous/assign",
                (t, who) -> "/members/" + t.target + "/ambiguous/assign?group=0&to=" + t.target);
        page(r, Rule.EDIT, "POST /members/{id}/ambiguous/discard",
                (t, who) -> "/members/" + t.target + "/ambiguous/discard?group=0");
        // Who sees a member.
        api(r, Rule.SHARE, "GET /api/v1/members/{id}/grants", (t, who) -> "/api/v1/members/" + t.target + "/grants", null);
        api(r, Rule.SHARE, "POST /api/v1/members/{id}/grants", (t, who) -> "/api/v1/members/" + t.target + "/grants",
                "{\"userId\":0,\"access\":\"VIEW\"}");
        api(r, Rule.SHARE, "DELETE /api/v1/members/{id}/grants/{grantId}",
                (t, who) -> "/api/v1/members/" + t.target + "/grants/" + t.spareGrant(), null);
        page(r, Rule.SHARE, "GET /members/{id}/sharing", (t, who) -> "/members/" + t.target + "/sharing");
        page(r, Rule.SHARE, "POST /members/{id}/sharing", (t, who) -> "/members/" + t.target + "/sharing");
        page(r, Rule.SHARE, "POST /members/{id}/sharing/{grantId}/revoke",
                (t, who) -> "/members/" + t.target + "/sharing/" + t.spareGrant() + "/revoke");
        // Links to the report for a doctor (an empty name: refused, 400, for whoever may, so that none is made).
        api(r, Rule.SHARE, "GET /api/v1/members/{id}/report-links",
                (t, who) -> "/api/v1/members/" + t.target + "/report-links", null);
        api(r, Rule.SHARE, "POST /api/v1/members/{id}/report-links",
                (t, who) -> "/api/v1/members/" + t.target + "/report-links", "{\"label\":\"\"}");
        sub(r, Rule.SHARE, "DELETE /api/v1/members/{id}/report-links/{linkId}",
                (t, who) -> "/api/v1/members/" + t.target + "/report-links/0");
        page(r, Rule.SHARE, "POST /members/{id}/export/report-links",
                (t, who) -> "/members/" + t.target + "/export/report-links");
        page(r, Rule.SHARE, "POST /members/{id}/export/report-links/{linkId}/revoke",
                (t, who) -> "/members/" + t.target + "/export/report-links/0/revoke");
        // A grantee stops seeing the member (the others are told there is no grant to give up, or 404): each call
        // first gives the fixtures' grants again, since the grantees' own calls end them.
        api(r, Rule.VIEW, "DELETE /api/v1/members/{id}/grants/mine",
                (t, who) -> "/api/v1/members/" + t.targetWithItsGrants() + "/grants/mine", null);
        page(r, Rule.VIEW, "POST /members/{id}/sharing/give-up",
                (t, who) -> "/members/" + t.targetWithItsGrants() + "/sharing/give-up");
        // Removing a member: the administrator removes a spare one, everyone else is refused the target.
        api(r, Rule.REMOVE, "DELETE /api/v1/members/{id}", (t, who) -> "/api/v1/members/" + t.memberFor(who), null);
        page(r, Rule.REMOVE, "POST /members/{id}/remove", (t, who) -> "/members/" + t.memberFor(who) + "/remove");
        r.put("POST /api/v1/tokens", new Route(Rule.PUBLIC, true, (t, who) -> "", null, false));
        // Exports, reports and imports: who sees the member may export; the member and administrators may import.
        api(r, Rule.VIEW, "GET /api/v1/members/{id}/export", (t, who) -> "/api/v1/members/" + t.target
                + "/export?format=csv&from=2026-01-01&to=2026-01-02", null);
        api(r, Rule.VIEW, "GET /api/v1/members/{id}/reports/blood-pressure",
                (t, who) -> "/api/v1/members/" + t.target + "/reports/blood-pressure?format=html", null);
        sub(r, Rule.EDIT, "GET /api/v1/members/{id}/imports/{importId}",
                (t, who) -> "/api/v1/members/" + t.target + "/imports/0");
        page(r, Rule.VIEW, "GET /members/{id}/export", (t, who) -> "/members/" + t.target + "/export");
        page(r, Rule.VIEW, "GET /members/{id}/export/download",
                (t, who) -> "/members/" + t.target + "/export/download?format=csv&from=2026-01-01&to=2026-01-02");
        page(r, Rule.VIEW, "GET /members/{id}/export/blood-pressure",
                (t, who) -> "/members/" + t.target + "/export/blood-pressure");
        r.put("POST /api/v1/members/{id}/imports", new Route(Rule.EDIT, true,
                (t, who) -> "/api/v1/members/" + t.target + "/imports", null, false, true));
        r.put("POST /members/{id}/export/import", new Route(Rule.EDIT, false,
                (t, who) -> "/members/" + t.target + "/export/import", null, false, true));
        // Operations: backups, for administrators (on the tests' database the page says to use pg_dump or lists).
        page(r, Rule.ADMIN, "GET /settings/backups", "/settings/backups");
        page(r, Rule.ADMIN, "POST /settings/backups", "/settings/backups");
        api(r, Rule.ADMIN, "GET /api/v1/admin/backups", "/api/v1/admin/backups", null);
        api(r, Rule.ADMIN, "POST /api/v1/admin/backups", "/api/v1/admin/backups", null);
        // The server's state: instances, database, free space, newest backup.
        page(r, Rule.ADMIN, "GET /settings/server", "/settings/server");
        api(r, Rule.ADMIN, "GET /api/v1/admin/server", "/api/v1/admin/server", null);
        // No such instance: 404 for an administrator (not a refusal), 403 for anyone else.
        r.put("DELETE /api/v1/admin/server/instances/{name}", new Route(Rule.ADMIN, true,
                (t, who) -> "/api/v1/admin/server/instances/none:1-000000", null, true));
        page(r, Rule.ADMIN, "POST /settings/server/instances/forget", "/settings/server/instances/forget?name=none");
        return r;
    }

    private static void api(Map<String, Route> r, Rule rule, String key, String path, String body) {
        r.put(key, new Route(rule, true, (t, who) -> path, body, false));
    }

    private static void api(Map<String, Route> r, Rule rule, String key,
            BiFunction<AuthorizationMatrixIntegrationTests, Who, String> path, String body) {
        r.put(key, new Route(rule, true, path, body, false));
    }

    private static void sub(Map<String, Route> r, Rule rule, String key,
            BiFunction<AuthorizationMatrixIntegrationTests, Who, String> path) {
        r.put(key, new Route(rule, true, path, null, true));
    }

    private static void page(Map<String, Route> r, Rule rule, String key, String path) {
        r.put(key, new Route(rule, false, (t, who) -> path, null, false));
    }

    private static void page(Map<String, Route> r, Rule rule, String key,
            BiFunction<AuthorizationMatrixIntegrationTests, Who, String> path) {
        r.put(key, new Route(rule, false, path, null, false));
    }

    private static List<String> keys(RequestMappingInfo info) {
        List<String> out = new ArrayList<>();
        var methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                out.add("GET " + pattern);
            }
            methods.forEach(m -> out.add(m.name() + " " + pattern));
        }
        return out;
    }

    private CurrentUser invite(CurrentUser admin, String name, String emailName) {
        var created = invitations.create(admin, null, name, CurrentUser.Role.MEMBER, null);
        return invitations.accept(created.token(), emailName + "@example.org", PASSWORD, name);
    }

    /** A member user of a second household, which setup cannot make: written straight into the tables. */
    private CurrentUser stranger(String tag) {
        var household = users.insertHousehold("Elsewhere " + tag, clock.instant());
        var member = members.add(household, "Stranger " + tag);
        long id = users.insertUser(household, "stranger-" + tag + "@example.org",
                encoder.encode(PASSWORD), "Stranger " + tag, CurrentUser.Role.MEMBER, member.id(), clock.instant());
        return users.findById(id).orElseThrow();
    }

    private Actor actor(String name, CurrentUser user) {
        String token = tokens.create(user, "matrix", null, false).token();
        return Actor.signedIn(name, port, user.email(), PASSWORD, token);
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    /** A login made for one destructive call (changing or removing it leaves the others alone). */
    private long spareUser() {
        return invite(admin(), "Spare " + System.nanoTime(), "spare-" + System.nanoTime()).userId();
    }

    private long spareInvitation() {
        return invitations.create(admin(), null, "Spare invitee", CurrentUser.Role.MEMBER, null).invitation().id();
    }

    /** The target member, its view and manage grantees holding their grants (given again if one was given up). */
    private long targetWithItsGrants() {
        CurrentUser own = users.findById(ownUser).orElseThrow();
        grants.give(own, own.memberId(), viewerUser, Access.VIEW, null);
        grants.give(own, own.memberId(), managerUser, Access.MANAGE, clock.instant().plus(Duration.ofDays(30)));
        return target;
    }

    private long spareGrant() {
        CurrentUser own = users.findById(ownUser).orElseThrow();
        return grants.give(own, own.memberId(), spareUser(), Access.VIEW, null).id();
    }

    /** The target member, except for the administrator: a spare member, so that the target stays. */
    private long memberFor(Who who) {
        return who == Who.ADMIN ? members.add(admin().householdId(), "Spare member").id().value() : target;
    }

    private CurrentUser admin() {
        return users.findByEmail(Household.EMAIL).orElseThrow();
    }
}
