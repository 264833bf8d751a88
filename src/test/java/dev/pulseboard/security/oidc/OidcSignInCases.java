package dev.pulseboard.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Identities;
import dev.pulseboard.account.Members;
import dev.pulseboard.account.household.Invitation;
import dev.pulseboard.account.household.Invitations;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.connection.audit.AuditLog;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.OidcProvider;
import dev.pulseboard.support.OidcProvider.Person;
import dev.pulseboard.support.PageSession;

/**
 * Sign-in with a real OpenID provider over real HTTP, redirects followed as a browser would: who gets in (a linked
 * identity, an existing login by verified e-mail, an invitee), who does not (unknown, unverified e-mail, outside the
 * user group, a missing groups claim), the administrator role following the group even when only UserInfo has it,
 * and every bad answer (state, audience, issuer, nonce, expiry) refused with a reason, no session and an audit entry.
 * Settings: administrators' group {@code admins}, users' group {@code family}, no auto-register. H2 and PostgreSQL.
 */
public abstract class OidcSignInCases {

    static final OidcProvider PROVIDER = OidcProvider.shared();
    static final String PASSWORD = "oidc cases pw 1";

    @Value("${server.port}")
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    Invitations invitations;

    @Autowired
    Identities identities;

    @Autowired
    Members members;

    @Autowired
    AuditLog audit;

    String tag;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.settings("pulseboard.oidc.admin-group", "admins", "pulseboard.oidc.user-group", "family")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeEach
    void household() {
        Household.token(new Api(port));
        tag = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void startsTheCodeFlowWithPkceANonceAndTheCallbackUnderThePublicUrl() {
        var redirect = PageSession.anonymous(port).getOnce("/oauth2/authorization/oidc");
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(location).startsWith(PROVIDER.issuer() + "/authorize").contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("nonce=").contains("state=")
                .contains("scope=openid%20profile%20email%20groups")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/oidc");
    }

    @Test
    void refusesSomeoneWithoutALoginWhenAutoRegisterIsOff() {
        String email = "new-" + tag + "@example.org";
        PROVIDER.next(Person.of("new-" + tag, email, true).with("groups", List.of("family")));
        var session = PageSession.anonymous(port);
        var page = session.get("/oauth2/authorization/oidc");
        assertRefused(session, page, "not-invited", "There is no Pulseboard login for your account");
        assertThat(users.findByEmail(email)).isEmpty();
        assertThat(latestAudit()).isEqualTo("SIGN_IN_REFUSED " + "sign-in with the provider refused: " + email + ": "
                + email + " has no Pulseboard login and no invitation");
    }

    @Test
    void anInviteeAcceptsTheInvitationWithTheProviderAndHasNoPassword() {
        var created = invitations.create(admin(), null, "Robin " + tag, CurrentUser.Role.MEMBER, null);
        String email = "robin-" + tag + "@example.org";
        PROVIDER.next(Person.of("robin-" + tag, email, false).with("groups", List.of("family")));
        var session = PageSession.anonymous(port);
        String invitationPage = "/invitations/" + created.token();
        assertThat(session.get(invitationPage).body()).contains("Accept with <span>Household ID</span>");

        var page = session.post(invitationPage, invitationPage + "/oidc", Map.of());

        CurrentUser robin = users.findByEmail(email).orElseThrow();
        assertThat(page.uri().getPath()).isEqualTo("/members/" + robin.memberId().value());
        assertThat(page.uri().getQuery()).isEqualTo("welcome");
        assertThat(page.body()).contains("id=\"welcome\"", "Welcome to Pulseboard", "/sharing\">Sharing</a>");
        assertThat(robin.getPassword()).isNull();
        assertThat(robin.role()).isEqualTo(CurrentUser.Role.MEMBER);
        assertThat(robin.name()).isEqualTo("Person robin-" + tag);
        assertThat(identities.find(PROVIDER.issuer(), "robin-" + tag)).map(CurrentUser::userId)
                .contains(robin.userId());
        assertThat(invitations.inspect(created.token()).map(Invitation::state)).contains(Invitation.State.ACCEPTED);
        assertThat(signedIn(session)).isTrue();
    }

    @Test
    void anInviteeWhoseProviderNameAMemberHasBecomesANumberedMember() {
        String name = "Person twin-" + tag;
        members.add(admin().householdId(), name);
        var created = invitations.create(admin(), null, "Twin " + tag, CurrentUser.Role.MEMBER, null);
        String email = "twin-" + tag + "@example.org";
        PROVIDER.next(Person.of("twin-" + tag, email, true).with("groups", List.of("family")));
        var session = PageSession.anonymous(port);
        String invitationPage = "/invitations/" + created.token();
        session.get(invitationPage);

        var page = session.post(invitationPage, invitationPage + "/oidc", Map.of());

        CurrentUser twin = users.findByEmail(email).orElseThrow();
        assertThat(page.uri().getPath()).as("signed in, not refused for a name they cannot change here")
                .isEqualTo("/members/" + twin.memberId().value());
        assertThat(members.get(admin().householdId(), twin.memberId()).name()).isEqualTo(name + " (2)");
    }

    @Test
    void linksAnExistingLoginByVerifiedEmailOnceThenKnowsItBySubject() {
        CurrentUser sam = passwordLogin("sam");
        PROVIDER.next(Person.of("sam-" + tag, sam.email(), true).with("groups", List.of("family")));
        var first = PageSession.anonymous(port);
        assertThat(first.get("/oauth2/authorization/oidc").uri().getPath()).isEqualTo("/");
        assertThat(identities.find(PROVIDER.issuer(), "sam-" + tag)).map(CurrentUser::userId).contains(sam.userId());
        assertThat(latestAudit()).startsWith("IDENTITY_LINKED linked to Sam " + tag + " by verified e-mail");

        // The provider's address changed since: the subject still finds the same login.
        PROVIDER.next(Person.of("sam-" + tag, "elsewhere-" + tag + "@example.org", false)
                .with("groups", List.of("family")));
        var second = PageSession.anonymous(port);
        assertThat(second.get("/oauth2/authorization/oidc").uri().getPath()).isEqualTo("/");
        assertThat(signedIn(second)).isTrue();
        assertThat(users.findByEmail("elsewhere-" + tag + "@example.org")).isEmpty();
    }

    @Test
    void doesNotLinkAnExistingLoginByAnUnverifiedEmail() {
        CurrentUser kim = passwordLogin("kim");
        PROVIDER.next(Person.of("kim-" + tag, kim.email(), false).with("groups", List.of("family")));
        var session = PageSession.anonymous(port);
        var page = session.get("/oauth2/authorization/oidc");
        assertRefused(session, page, "unverified-email", "has not verified it, so the two were not linked");
        assertThat(identities.find(PROVIDER.issuer(), "kim-" + tag)).isEmpty();
    }

    @Test
    void theAdministratorRoleFollowsTheGroupEvenWhenOnlyUserInfoHasIt() {
        CurrentUser lee = passwordLogin("lee");
        PROVIDER.next(Person.of("lee-" + tag, lee.email(), true).withIdToken("groups", List.of("family"))
                .withUserInfo("groups", List.of("family", "admins")));
        assertThat(PageSession.anonymous(port).get("/oauth2/authorization/oidc").uri().getPath()).isEqualTo("/");
        assertThat(users.findById(lee.userId()).orElseThrow().role()).isEqualTo(CurrentUser.Role.ADMIN);

        PROVIDER.next(Person.of("lee-" + tag, lee.email(), true).with("groups", List.of("family")));
        assertThat(PageSession.anonymous(port).get("/oauth2/authorization/oidc").uri().getPath()).isEqualTo("/");
        assertThat(users.findById(lee.userId()).orElseThrow().role()).isEqualTo(CurrentUser.Role.MEMBER);
        assertThat(latestAudit()).startsWith("ROLE_CHANGED Lee " + tag + ": admin -> member");
    }

    @Test
    void neverDemotesTheLastAdministrator() {
        CurrentUser ada = admin();
        assertThat(users.countAdmins(ada.householdId())).isEqualTo(1);
        PROVIDER.next(Person.of("ada-" + tag, Household.EMAIL, true).with("groups", List.of("family")));
        var session = PageSession.anonymous(port);
        assertThat(session.get("/oauth2/authorization/oidc").uri().getPath()).isEqualTo("/");
        assertThat(admin().role()).isEqualTo(CurrentUser.Role.ADMIN);
    }

    @Test
    void aMissingGroupsClaimIsNoGroups() {
        CurrentUser max = passwordLogin("max");
        PROVIDER.next(Person.of("max-" + tag, max.email(), true));
        var session = PageSession.anonymous(port);
        assertRefused(session, session.get("/oauth2/authorization/oidc"), "user-group",
                "not in the group allowed to use Pulseboard");
        assertThat(identities.find(PROVIDER.issuer(), "max-" + tag)).isEmpty();
    }

    @Test
    void refusesSomeoneOutsideTheUsersGroup() {
        CurrentUser guest = passwordLogin("guest");
        PROVIDER.next(Person.of("guest-" + tag, guest.email(), true).with("groups", List.of("guests", "admins")));
        var session = PageSession.anonymous(port);
        assertRefused(session, session.get("/oauth2/authorization/oidc"), "user-group",
                "not in the group allowed to use Pulseboard");
        assertThat(users.findById(guest.userId()).orElseThrow().role()).isEqualTo(CurrentUser.Role.MEMBER);
    }

    @Test
    void autoRegisterMakesAMemberWithoutPasswordOnce() {
        var who = new Identities.ProviderIdentity(PROVIDER.issuer(), "auto-" + tag, "Auto-" + tag + "@Example.org",
                true, "Auto " + tag);
        CurrentUser registered = identities.signIn(who, new Identities.Policy(true, null));
        assertThat(registered.email()).isEqualTo("auto-" + tag + "@example.org");
        assertThat(registered.role()).isEqualTo(CurrentUser.Role.MEMBER);
        assertThat(registered.memberId()).isNotNull();
        assertThat(users.findByEmail(registered.email()).orElseThrow().getPassword()).isNull();
        assertThat(identities.signIn(who, new Identities.Policy(false, null)).userId()).isEqualTo(registered.userId());
    }

    @Test
    void rejectsACallbackWhoseStateWasNotIssuedHere() {
        var session = PageSession.anonymous(port);
        assertThat(session.getOnce("/oauth2/authorization/oidc").statusCode()).isEqualTo(302);
        var page = session.get("/login/oauth2/code/oidc?code=forged&state=forged");
        assertRefused(session, page, "state", "could not be matched to one started in this browser");
        assertThat(latestAudit()).startsWith("SIGN_IN_REFUSED sign-in with the provider refused: the provider's "
                + "answer was refused: state (authorization_request_not_found)");
    }

    @Test
    void rejectsAnIdTokenForAnotherAudience() {
        assertRefused(valid().withIdToken("aud", List.of("another-app")), "audience", "meant for another application");
    }

    @Test
    void rejectsAnIdTokenFromAnotherIssuer() {
        assertRefused(valid().withIdToken("iss", "http://localhost:1/elsewhere"), "issuer", "another issuer");
    }

    @Test
    void rejectsAnIdTokenWithAnotherNonce() {
        assertRefused(valid().withIdToken("nonce", "not-this-sign-in"), "nonce", "its nonce differs");
    }

    @Test
    void rejectsAnExpiredIdToken() {
        assertRefused(valid().expiredAnHourAgo(), "expired", "had already expired");
    }

    @Test
    void signingOutEndsTheProviderSessionToo() {
        CurrentUser jo = passwordLogin("jo");
        PROVIDER.next(Person.of("jo-" + tag, jo.email(), true).with("groups", List.of("family")));
        var session = PageSession.anonymous(port);
        session.get("/oauth2/authorization/oidc");
        assertThat(signedIn(session)).isTrue();

        var out = session.post("/", "/logout", Map.of());

        assertThat(out.uri().getPath()).isEqualTo("/login");
        assertThat(out.uri().getQuery()).isEqualTo("logout");
        String endSession = redirects(out).stream().filter(u -> u.startsWith(PROVIDER.issuer() + "/endsession"))
                .findFirst().orElseThrow(() -> new AssertionError("never went to the provider: " + redirects(out)));
        assertThat(endSession).contains("id_token_hint=").contains("post_logout_redirect_uri=");
        assertThat(signedIn(session)).isFalse();
    }

    /** A person who would be signed in (the administrator, by verified e-mail, in the users' group). */
    private Person valid() {
        return Person.of("ada-" + tag, Household.EMAIL, true).with("groups", List.of("family"));
    }

    private void assertRefused(Person person, String code, String reason) {
        PROVIDER.next(person);
        var session = PageSession.anonymous(port);
        assertRefused(session, session.get("/oauth2/authorization/oidc"), code, reason);
        assertThat(latestAudit()).startsWith("SIGN_IN_REFUSED sign-in with the provider refused: the provider's "
                + "answer was refused: " + code);
    }

    private void assertRefused(PageSession session, HttpResponse<String> page, String code, String reason) {
        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("refused=" + code);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reason).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(signedIn(session)).isFalse();
        assertThat(latestAudit()).startsWith("SIGN_IN_REFUSED");
    }

    private static boolean signedIn(PageSession session) {
        return session.getOnce("/").statusCode() == 200;
    }

    private static List<String> redirects(HttpResponse<String> last) {
        List<String> uris = new ArrayList<>();
        for (Optional<HttpResponse<String>> r = Optional.of(last); r.isPresent(); r = r.get().previousResponse()) {
            uris.add(0, r.get().uri().toString());
        }
        return uris;
    }

    private String latestAudit() {
        var entry = audit.recent(admin().householdId(), 1).get(0);
        return entry.action().name() + " " + entry.detail();
    }

    private CurrentUser passwordLogin(String name) {
        var created = invitations.create(admin(), null, capitalised(name) + " " + tag, CurrentUser.Role.MEMBER, null);
        return invitations.accept(created.token(), name + "-" + tag + "@example.org", PASSWORD,
                capitalised(name) + " " + tag);
    }

    private CurrentUser admin() {
        return users.findByEmail(Household.EMAIL).orElseThrow();
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
