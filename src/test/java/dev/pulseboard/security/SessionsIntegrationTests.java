package dev.pulseboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.SignInThrottle;
import dev.pulseboard.account.PersonalAccessTokens;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.support.Actor;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;
import dev.pulseboard.support.PulseboardTest;

/**
 * Page sessions follow the password: a change ends the user's other sessions and keeps this one; an administrator's
 * reset ends them all, revokes their API tokens and sends the user to choose a new password before anything else.
 */
@PulseboardTest
class SessionsIntegrationTests {

    static final String PASSWORD = "sessions pw 123";

    @Value("${server.port}")
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    UserRepository users;

    @Autowired
    PersonalAccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void changingYourPasswordEndsYourOtherSessionsAndKeepsThisOne() {
        CurrentUser user = member("change");
        String token = tokens.create(user, "script", null, false).token();
        Actor here = Actor.signedIn("this session", port, user.email(), PASSWORD, null);
        Actor elsewhere = Actor.signedIn("another session", port, user.email(), PASSWORD, null);
        assertThat(elsewhere.page("GET", "/").statusCode()).isEqualTo(200);

        var changed = here.form("/account/password", Map.of("current", PASSWORD, "password", "a new password 9",
                "confirm", "a new password 9"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(here.page("GET", "/").statusCode()).as("this session goes on").isEqualTo(200);
        var other = elsewhere.page("GET", "/");
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(new Api(port).get("/api/v1/me", token).status()).as("tokens revoked unless kept").isEqualTo(401);
    }

    @Test
    void pageViewsWithinAMinuteDoNotWriteTheSession() {
        CurrentUser user = member("views");
        Actor here = Actor.signedIn("this session", port, user.email(), PASSWORD, null);
        assertThat(here.page("GET", "/").statusCode()).isEqualTo(200);
        long lastAccess = lastAccess(user);
        for (int i = 0; i < 3; i++) {
            assertThat(here.page("GET", "/").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess(user)).as("last access written at most once a minute").isEqualTo(lastAccess);
    }

    /**
     * A visitor who is not signed in (a crawler, a scanner) asking for pages, the sign-in page too, writes no session
     * row: the page asked for is remembered in a cookie, the sign-in form's CSRF token too, and the sign-in still
     * leads there.
     */
    @Test
    void aPageAskedForBeforeSigningInWritesNoSessionAndIsWhereTheSignInLeads() {
        CurrentUser user = member("deep");
        int sessions = jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
        PageSession visitor = PageSession.anonymous(port);
        for (int i = 0; i < 5; i++) {
            var asked = visitor.getOnce("/settings/units");
            assertThat(asked.statusCode()).isEqualTo(302);
            assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(visitor.get("/login").body()).contains("name=\"_csrf\"");
        assertThat(jdbc.sql("select count(*) from spring_session").query(Integer.class).single())
                .as("no session for a visitor who asked for pages and the sign-in page").isEqualTo(sessions);

        var signedIn = visitor.post("/login", "/login", Map.of("username", user.email(), "password", PASSWORD));
        assertThat(signedIn.uri().getPath()).as("the page asked for first").isEqualTo("/settings/units");
    }

    private long lastAccess(CurrentUser user) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(user.email())
                .query(Long.class).single();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        CurrentUser user = member("wrong");
        Actor here = Actor.signedIn("this session", port, user.email(), PASSWORD, null);
        var refused = here.form("/account/password", Map.of("current", "not it at all", "password", "whatever 12345",
                "confirm", "whatever 12345"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The current password is not right.");
        assertThat(Actor.signedIn("again", port, user.email(), PASSWORD, null).page("GET", "/").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aNewPasswordMistypedOnceIsRefusedAndChangesNothing() {
        CurrentUser user = member("typo");
        Actor here = Actor.signedIn("this session", port, user.email(), PASSWORD, null);
        assertThat(here.page("GET", "/account/password").body()).contains("name=\"confirm\"");
        var refused = here.form("/account/password", Map.of("current", PASSWORD, "password", "a new password 9",
                "confirm", "a new pasword 9", "keepTokens", "true"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The two passwords are not the same")
                .as("the choice to keep the tokens is still ticked").containsPattern("name=\"keepTokens\"[^>]*checked");
        assertThat(Actor.signedIn("again", port, user.email(), PASSWORD, null).page("GET", "/").statusCode())
                .as("the old password still signs in").isEqualTo(200);
        for (String typed : new String[] { "a new password 9", "a new pasword 9" }) {
            assertThatThrownBy(() -> Actor.signedIn("with " + typed, port, user.email(), typed, null))
                    .as("neither of the two typed signs in").hasMessageContaining("could not sign in");
        }
    }

    @Test
    void anInvitationAcceptedWithAMistypedPasswordMakesNoLogin() {
        Household.token(new Api(port));
        CurrentUser admin = users.findByEmail(Household.EMAIL).orElseThrow();
        var created = invitations.create(admin, null, Household.named("typo"), CurrentUser.Role.MEMBER, null);
        String email = "typo-" + System.nanoTime() + "@example.org";
        var session = PageSession.anonymous(port);
        String page = "/invitations/" + created.token();
        assertThat(session.get(page).body()).contains("name=\"confirm\"");
        var refused = session.post(page, page, Map.of("name", "Typo", "email", email, "password", "a password 123",
                "confirm", "a pasword 123"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The two passwords are not the same").contains(email);
        assertThat(users.findByEmail(email)).isEmpty();
        var accepted = session.post(page, page, Map.of("name", Household.named("Typo"), "email", email, "password", "a password 123",
                "confirm", "a password 123"));
        assertThat(accepted.uri().getPath()).startsWith("/members/");
        assertThat(users.findByEmail(email)).isPresent();
    }

    @Test
    void guessingTheCurrentPasswordOnSettingsIsThrottledAsSigningInIs() {
        CurrentUser user = member("guess");
        Actor here = Actor.signedIn("a session left open", port, user.email(), PASSWORD, null);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            var wrong = here.form("/account/password", Map.of("current", "guess number " + i, "password",
                    "a new password 9", "confirm", "a new password 9"));
            assertThat(wrong.body()).contains("The current password is not right.");
        }
        var right = here.form("/account/password", Map.of("current", PASSWORD, "password", "a new password 9",
                "confirm", "a new password 9"));
        assertThat(right.body()).contains("Too many wrong passwords: try again in a minute.");
        assertThatThrownBy(() -> Actor.signedIn("elsewhere", port, user.email(), PASSWORD, null))
                .as("the account is locked for signing in too").hasMessageContaining("could not sign in");
    }

    @Test
    void anInvitationAcceptedOnThePageSignsInUnderANewSessionIdNotAPlantedOne() throws Exception {
        Household.token(new Api(port));
        CurrentUser admin = users.findByEmail(Household.EMAIL).orElseThrow();
        var created = invitations.create(admin, null, Household.named("fixed"), CurrentUser.Role.MEMBER, null);
        var session = PageSession.anonymous(port);
        String page = "/invitations/" + created.token();
        // The form's page opens no session (its CSRF token is in a cookie); a failed sign-in does, which is the id
        // someone could have planted in this browser.
        session.post("/login", "/login", Map.of("username", "nobody-" + System.nanoTime() + "@example.org", "password",
                "not a password"));
        String planted = session.cookie("SESSION");
        assertThat(planted).as("a session to plant").isNotNull();
        session.get(page);

        var accepted = session.post(page, page, Map.of("name", Household.named("Fixed"), "email",
                "fixed-" + System.nanoTime() + "@example.org", "password", "a password 123", "confirm",
                "a password 123"));

        assertThat(accepted.uri().getPath()).startsWith("/members/");
        assertThat(session.cookie("SESSION")).as("signed in under a new id").isNotEqualTo(planted);
        var withPlanted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/")).header("Cookie", "SESSION=" + planted).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(withPlanted.statusCode()).as("the planted id is not signed in").isEqualTo(302);
        assertThat(withPlanted.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aPasswordLongerThanTheHashTakesIsRefusedReadablyEverywhere() {
        CurrentUser user = member("long");
        String tooLong = "a long passphrase ".repeat(5);
        Actor here = Actor.signedIn("this session", port, user.email(), PASSWORD, null);
        var chosen = here.form("/account/password", Map.of("current", PASSWORD, "password", tooLong, "confirm", tooLong));
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.body()).contains("at most 72 characters").doesNotContain("Something went wrong");
        var asCurrent = here.form("/account/password", Map.of("current", tooLong, "password", "whatever 12345",
                "confirm", "whatever 12345"));
        assertThat(asCurrent.body()).contains("The current password is not right.");
        Api api = new Api(port);
        var reset = api.patch("/api/v1/users/" + user.userId(), Household.token(api),
                "{\"temporaryPassword\":\"" + tooLong + "\"}");
        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.json().get("detail").asString()).as("whose, for the People page's field a login")
                .startsWith("The temporary password for " + user.name() + " must have at most 72 characters");
        var signIn = api.postBasic("/api/v1/tokens", user.email(), tooLong, "{\"name\":\"x\"}");
        assertThat(signIn.status()).as("a sign-in with it is a wrong password, not an error").isEqualTo(401);
    }

    @Test
    void aSignedInUserWhoOpensSignInOrSetUpGoesToTheHousehold() {
        CurrentUser user = member("again");
        Actor signedIn = Actor.signedIn("signed in", port, user.email(), PASSWORD, null);
        for (String page : new String[] { "/login", "/setup" }) {
            var answer = signedIn.page("GET", page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            String next = answer.headers().firstValue("Location").orElse("");
            if (next.endsWith("/login")) {
                next = signedIn.page("GET", "/login").headers().firstValue("Location").orElse("");
            }
            assertThat(next).as(page).matches(".*://[^/]+/$|^/$");
        }
    }

    @Test
    void aResetPasswordEndsTheSessionsAndMustBeReplacedFirst() {
        CurrentUser user = member("reset");
        Actor before = Actor.signedIn("before the reset", port, user.email(), PASSWORD, null);
        Api api = new Api(port);
        String admin = Household.token(api);
        String usersToken = tokens.create(user, "script", null, false).token();
        assertThat(api.get("/api/v1/me", usersToken).status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/users/" + user.userId(), admin, "{\"temporaryPassword\":\"temporary 12345\"}")
                .status()).isEqualTo(200);
        assertThat(before.page("GET", "/").headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(api.get("/api/v1/me", usersToken).status()).as("the reset revokes the user's API tokens too")
                .isEqualTo(401);

        Actor after = Actor.signedIn("with the temporary password", port, user.email(), "temporary 12345", null);
        var anyPage = after.page("GET", "/members/" + user.memberId().value());
        assertThat(anyPage.statusCode()).isEqualTo(302);
        assertThat(anyPage.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        assertThat(after.page("GET", "/account/password").body()).contains("set a temporary password for you")
                .contains("The reset revoked your API tokens").doesNotContain("name=\"keepTokens\"");
        var chosen = after.form("/account/password", Map.of("password", "my own password 7", "confirm", "my own password 7",
                "keepTokens", "true"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(after.page("GET", "/members/" + user.memberId().value()).statusCode()).isEqualTo(200);
        assertThat(users.findById(user.userId()).orElseThrow().mustChangePassword()).isFalse();
    }

    private CurrentUser member(String tag) {
        Household.token(new Api(port));
        CurrentUser admin = users.findByEmail(Household.EMAIL).orElseThrow();
        var created = invitations.create(admin, null, Household.named(tag), CurrentUser.Role.MEMBER, null);
        return invitations.accept(created.token(), tag + "-" + System.nanoTime() + "@example.org", PASSWORD,
                Household.named("Sessions " + tag));
    }
}
