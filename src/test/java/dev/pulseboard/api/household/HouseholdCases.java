package dev.pulseboard.api.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.SignInThrottle;
import dev.pulseboard.account.household.Access;
import dev.pulseboard.account.household.GrantExpiry;
import dev.pulseboard.account.store.GrantRepository;
import dev.pulseboard.account.store.InvitationRepository;
import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.core.MemberId;
import dev.pulseboard.core.Sha256;
import dev.pulseboard.health.measure.MeasurementRecord;
import dev.pulseboard.health.measure.MeasurementType;
import dev.pulseboard.health.measure.Measurements;
import dev.pulseboard.support.Actor;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageSession;

/**
 * The household through its API: invitations from creation to acceptance and every way a link stops working,
 * grants that appear and stop at once, user administration, read-only tokens, HTTP Basic only where a token is
 * made, and the sign-in throttle. Run on H2 and PostgreSQL.
 */
public abstract class HouseholdCases {

    static final String PASSWORD = "household pw 123";

    @Value("${server.port}")
    int port;

    @Autowired
    InvitationRepository invitationRows;

    @Autowired
    GrantRepository grantRows;

    @Autowired
    UserRepository users;

    @Autowired
    Measurements measurements;

    @Autowired
    Clock clock;

    @Autowired
    GrantExpiry expiry;

    Api api;
    String admin;

    @BeforeEach
    void household() {
        api = new Api(port);
        admin = Household.token(api);
    }

    @Test
    void invitationForANewMemberCreatesTheLoginAndTheMemberAndShowsOnlyThem() {
        var invited = api.post("/api/v1/invitations", admin, "{\"name\":\"Sam " + run + "\",\"role\":\"MEMBER\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String url = invited.json().get("url").asString();
        assertThat(url).matches("http://localhost:\\d+/invitations/pbi_[A-Za-z0-9_-]{43}");
        assertThat(invited.json().get("expiresAt").asString()).isNotBlank();
        String token = url.substring(url.lastIndexOf('/') + 1);

        String email = unique("sam");
        var accepted = api.post("/api/v1/invitations/" + token + "/accept", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Sam S. " + run + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("role").asString()).isEqualTo("MEMBER");
        long memberId = accepted.json().get("memberId").asLong();

        String sam = tokenOf(email);
        JsonNode me = api.get("/api/v1/me", sam).json();
        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("name").asString()).isEqualTo("Sam S. " + run);
        assertThat(me.get("memberId").asLong()).isEqualTo(memberId);
        var visible = api.get("/api/v1/members", sam).json();
        assertThat(visible).hasSize(1);
        assertThat(visible.get(0).get("name").asString()).isEqualTo("Sam S. " + run);
        assertThat(visible.get(0).get("id").asLong()).isEqualTo(memberId);

        var listed = api.get("/api/v1/invitations", admin).json().get("items");
        JsonNode mine = find(listed, invited.json().get("id").asLong());
        assertThat(mine.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(mine.has("url") && !mine.get("url").isNull()).as("the link is shown only once").isFalse();
    }

    @Test
    void aUsedRevokedExpiredOrForgedLinkSaysWhichAndCreatesNothing() {
        String used = invite("{\"name\":\"Used\",\"role\":\"MEMBER\"}");
        assertThat(accept(used, unique("used")).status()).isEqualTo(201);
        String secondEmail = unique("again");
        var again = accept(used, secondEmail);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().get("detail").asString()).contains("already been used");

        var revoked = api.post("/api/v1/invitations", admin, "{\"name\":\"Revoked\",\"role\":\"MEMBER\"}");
        String revokedToken = tokenIn(revoked.json().get("url").asString());
        assertThat(api.delete("/api/v1/invitations/" + revoked.json().get("id").asLong(), admin).status())
                .isEqualTo(204);
        var afterRevoke = accept(revokedToken, unique("revoked"));
        assertThat(afterRevoke.status()).isEqualTo(410);
        assertThat(afterRevoke.json().get("detail").asString()).contains("withdrawn");

        String expiredToken = "pbi_" + "e".repeat(43) + unique("x").hashCode();
        var household = users.findByEmail(Household.EMAIL).orElseThrow().householdId();
        invitationRows.insert(household, Sha256.hex(expiredToken), null, "Late", CurrentUser.Role.MEMBER,
                users.findByEmail(Household.EMAIL).orElseThrow().userId(), clock.instant().minus(Duration.ofDays(8)),
                clock.instant().minus(Duration.ofDays(1)));
        var late = accept(expiredToken, unique("late"));
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.json().get("detail").asString()).contains("expired");
        var latePage = api.getUrl(api.base() + "/invitations/" + expiredToken);
        assertThat(latePage.status()).isEqualTo(410);
        assertThat(latePage.body()).contains("This invitation has expired");

        var forged = accept("pbi_forged", unique("forged"));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.json().get("detail").asString()).contains("not valid");
        assertThat(api.getUrl(api.base() + "/invitations/pbi_forged").body()).contains("This invitation link is not valid");

        assertThat(users.findByEmail(secondEmail)).isEmpty();
        assertThat(users.findByEmail(unique("revoked"))).isEmpty();
    }

    @Test
    void acceptingOneInvitationForAMemberWithdrawsTheOthersAndAStaleOneIsRefusedReadably() {
        long pat = Household.addMember(api, admin, "Pat " + run);
        String json = "{\"memberId\":" + pat + ",\"role\":\"MEMBER\"}";
        var both = api.post("/api/v1/invitations", admin,
                "{\"memberId\":" + pat + ",\"name\":\"Someone else\",\"role\":\"MEMBER\"}");
        assertThat(both.status()).as(both.body()).isEqualTo(400);
        assertThat(both.json().get("detail").asString()).contains("not both");
        String first = invite(json);
        var second = api.post("/api/v1/invitations", admin, json);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(accept(first, unique("pat")).status()).isEqualTo(201);

        assertThat(find(api.get("/api/v1/invitations", admin).json().get("items"), second.json().get("id").asLong())
                .get("state").asString()).isEqualTo("REVOKED");
        String secondEmail = unique("pat-again");
        var again = accept(tokenIn(second.json().get("url").asString()), secondEmail);
        assertThat(again.status()).as(again.body()).isEqualTo(410);
        assertThat(again.json().get("detail").asString()).contains("withdrawn", "accepted another invitation");

        // One made before this rule: still pending, for a member who has a login by now.
        String staleToken = "pbi_" + "s".repeat(43) + unique("stale").hashCode();
        var ada = users.findByEmail(Household.EMAIL).orElseThrow();
        invitationRows.insert(ada.householdId(), Sha256.hex(staleToken), MemberId.of(pat), null,
                CurrentUser.Role.MEMBER, ada.userId(), clock.instant(), clock.instant().plus(Duration.ofDays(1)));
        var stale = accept(staleToken, unique("pat-stale"));
        assertThat(stale.status()).as(stale.body()).isEqualTo(410);
        assertThat(stale.json().get("detail").asString()).contains("already has a login");
        assertThat(users.findByEmail(secondEmail)).isEmpty();
        assertThat(users.findByEmail(unique("pat-stale"))).isEmpty();
    }

    @Test
    void theSharingPageShowsTheLastDayChosen() {
        var grantee = member("lastday");
        long shared = Household.addMember(api, admin, "Shared " + run);
        String page = "/members/" + shared + "/sharing";
        var answer = PageSession.signIn(port).post(page, page,
                Map.of("userId", grantee.get("id").asString(), "level", "VIEW", "until", "2099-03-01"));
        assertThat(answer.statusCode()).isEqualTo(200);
        String grants = answer.body().substring(answer.body().indexOf("id=\"grants\""));
        assertThat(grants).contains("<th>Last day</th>", day(2099, 3, 1)).doesNotContain(day(2099, 3, 2));
    }

    @Test
    void aGrantsLastDayIsADayOfTheMembersTimeZone() {
        var grantee = member("zoned");
        long shared = Household.addMember(api, admin, "Zoned member " + run);
        Instant at = clock.instant().minus(Duration.ofDays(1));
        measurements.store(MemberId.of(shared), List.of(new MeasurementRecord(1, MeasurementType.WEIGHT, null, 80000,
                -3, at, at, 0, "scale", "Body+", "America/New_York")));
        String page = "/members/" + shared + "/sharing";
        var answer = PageSession.signIn(port).post(page, page,
                Map.of("userId", grantee.get("id").asString(), "level", "VIEW", "until", "2099-03-01"));
        assertThat(answer.body()).contains("midnight in <span>America/New_York</span>", day(2099, 3, 1));
        JsonNode grant = api.get("/api/v1/members/" + shared + "/grants", admin).json().get("items").get(0);
        assertThat(grant.get("until").asString()).as("midnight at the end of 1 March in New York")
                .isEqualTo("2099-03-02T05:00:00Z");
        assertThat(grant.get("lastDay").asString()).isEqualTo("2099-03-01");
        var byApi = api.post("/api/v1/members/" + shared + "/grants", admin, "{\"userId\":" + grantee.get("id").asLong()
                + ",\"access\":\"VIEW\",\"until\":\"2099-03-01\"}");
        assertThat(byApi.status()).as(byApi.body()).isEqualTo(201);
        assertThat(byApi.json().get("until").asString()).as("the API's date means what the page's does")
                .isEqualTo("2099-03-02T05:00:00Z");
        assertThat(byApi.json().get("lastDay").asString()).isEqualTo("2099-03-01");
        assertThat(api.get("/api/v1/audit", admin).body()).as("the audit log names the last day as the page does, "
                + "then the end in its own UTC times")
                .contains(", last day 1 Mar 2099 (America/New_York; ends 2099-03-02 05:00 UTC)")
                .doesNotContain("2099-03-02T05:00:00Z");
    }

    @Test
    void aGranteeMayStopSeeingAMemberAndOnlyTheOwnerCanShareAgain() {
        var owner = member("giver");
        var grantee = member("leaver");
        long ownerMember = owner.get("memberId").asLong();
        String granteeToken = grantee.get("token").asString();
        assertThat(api.post("/api/v1/members/" + ownerMember + "/grants", owner.get("token").asString(),
                "{\"userId\":" + grantee.get("id").asLong() + ",\"access\":\"VIEW\"}").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/members/" + ownerMember, granteeToken).status()).isEqualTo(200);

        var own = api.delete("/api/v1/members/" + ownerMember + "/grants/mine", owner.get("token").asString());
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("detail").asString()).contains("as yourself", "no grant to give up");
        assertThat(api.delete("/api/v1/members/" + ownerMember + "/grants/mine", granteeToken).status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/members/" + ownerMember, granteeToken).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/members/" + ownerMember + "/grants/mine", granteeToken).status())
                .as("nothing left to give up, and nothing to see").isEqualTo(404);
        assertThat(api.get("/api/v1/members/" + ownerMember + "/grants", owner.get("token").asString()).json()
                .get("items")).isEmpty();
        assertThat(api.get("/api/v1/audit", admin).body()).contains("view access to " + owner.get("name").asString()
                + " for " + grantee.get("name").asString() + " (given up by them)");

        assertThat(api.post("/api/v1/members/" + ownerMember + "/grants", owner.get("token").asString(),
                "{\"userId\":" + grantee.get("id").asLong() + ",\"access\":\"VIEW\"}").status()).isEqualTo(201);
        Actor onThePage = Actor.signedIn("grantee", port, grantee.get("email").asString(), PASSWORD, null);
        assertThat(onThePage.page("GET", "/members/" + ownerMember).body()).contains("id=\"give-up\"")
                .as("who can share them again, by name").contains("Only an administrator or "
                        + owner.get("name").asString() + " can share them with you again.");
        var gaveUp = onThePage.form("/members/" + ownerMember + "/sharing/give-up", Map.of());
        assertThat(gaveUp.statusCode()).isEqualTo(302);
        assertThat(onThePage.page("GET", "/").body()).as("the notice names them as the confirmation did")
                .contains("Only an administrator or " + owner.get("name").asString() + " can share them with you again.");
        assertThat(gaveUp.headers().firstValue("Location").orElse("")).matches(".*/$");
        assertThat(onThePage.page("GET", "/members/" + ownerMember).statusCode()).isEqualTo(404);
        Actor owning = Actor.signedIn("owner", port, owner.get("email").asString(), PASSWORD, null);
        assertThat(owning.page("GET", "/members/" + ownerMember).body()).doesNotContain("id=\"give-up\"");
    }

    @Test
    void aLoginWithoutAMemberHasNoMemberId() {
        var me = api.get("/api/v1/me", admin).json();
        assertThat(me.get("role").asString()).isEqualTo("ADMIN");
        assertThat(me.get("memberId").isNull()).as(me.toString()).isTrue();
        assertThat(users.findByEmail(Household.EMAIL).orElseThrow().memberId()).isNull();
    }

    @Test
    void aForgedRoleOnThePeoplePageIsRefusedAndChangesNothing() {
        PageSession session = PageSession.signIn(port);
        int before = api.get("/api/v1/invitations", admin).json().get("items").size();
        var invited = session.post("/household", "/household/invitations",
                Map.of("name", "Forged " + run, "role", "SUPERUSER", "days", "7"));
        assertThat(invited.body()).contains("Choose a role from the list").doesNotContain("Invitation link");
        assertThat(api.get("/api/v1/invitations", admin).json().get("items").size()).isEqualTo(before);
        var lee = member("forged");
        var changed = session.post("/household", "/household/users/" + lee.get("id").asLong() + "/role",
                Map.of("role", "OWNER"));
        assertThat(changed.body()).contains("Choose a role from the list");
        assertThat(users.findById(lee.get("id").asLong()).orElseThrow().role()).isEqualTo(CurrentUser.Role.MEMBER);
    }

    @Test
    void aSecondGrantToTheSameUserReplacesTheFirstAndForgedValuesAreRefused() {
        var grantee = member("twice");
        long shared = Household.addMember(api, admin, "Twice shared " + run);
        String page = "/members/" + shared + "/sharing";
        String userId = grantee.get("id").asString();
        PageSession session = PageSession.signIn(port);
        session.post(page, page, Map.of("userId", userId, "level", "VIEW"));
        var second = session.post(page, page, Map.of("userId", userId, "level", "MANAGE", "until", "2099-03-01"));
        String grants = second.body().substring(second.body().indexOf("id=\"grants\""));
        assertThat(grants).as("one row for the grantee, the newer grant").contains(day(2099, 3, 1))
                .doesNotContain("until revoked");
        String granteeToken = grantee.get("token").asString();
        assertThat(api.get("/api/v1/members/" + shared + "/grants", admin).json().get("items").size()).isEqualTo(1);

        var forgedLevel = session.post(page, page, Map.of("userId", userId, "level", "OWNER"));
        assertThat(forgedLevel.body()).contains("Choose what they may do").contains("Nothing was shared");
        var farDay = session.post(page, page, Map.of("userId", userId, "level", "VIEW", "until", "+999999999-12-31"));
        assertThat(farDay.statusCode()).isEqualTo(200);
        assertThat(farDay.body()).contains("The last day must be a date.");
        assertThat(api.get("/api/v1/members/" + shared, granteeToken).status()).as("the grant stands")
                .isEqualTo(200);
    }

    @Test
    void grantsGivenAtOnceLeaveOneAndEndingAGrantEndsEveryOneTheGranteeHeld() throws Exception {
        var grantee = member("racer");
        long granteeId = grantee.get("id").asLong();
        String granteeToken = grantee.get("token").asString();
        long shared = Household.addMember(api, admin, "Raced " + run);
        String path = "/api/v1/members/" + shared + "/grants";
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post(path, admin, "{\"userId\":" + granteeId + ",\"access\":\"VIEW\"}").status();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(path, admin).json().get("items")).as("a double-click or a retry leaves one grant").hasSize(1);
        assertThat(api.delete(path + "/mine", granteeToken).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/members/" + shared, granteeToken).status()).isEqualTo(404);

        // Two grants held at once, as the race could leave them before: giving up or a revoke ends both.
        Instant now = clock.instant();
        MemberId member = MemberId.of(shared);
        CurrentUser ada = users.findByEmail(Household.EMAIL).orElseThrow();
        grantRows.insert(member, granteeId, Access.VIEW, null, ada.userId(), now);
        grantRows.insert(member, granteeId, Access.MANAGE, null, ada.userId(), now);
        assertThat(api.delete(path + "/mine", granteeToken).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/members/" + shared, granteeToken).status()).isEqualTo(404);
        long first = grantRows.insert(member, granteeId, Access.VIEW, null, ada.userId(), now);
        grantRows.insert(member, granteeId, Access.MANAGE, null, ada.userId(), now);
        assertThat(api.delete(path + "/" + first, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/members/" + shared, granteeToken).status()).isEqualTo(404);
        assertThat(api.get(path, admin).json().get("items")).isEmpty();
    }

    @Test
    void aMembersNameIsHersAloneWhereverANameIsGiven() {
        String twin = "Twin " + run;
        long first = Household.addMember(api, admin, twin);
        long other = Household.addMember(api, admin, "Other " + run);
        String taken = "There is already a member called " + twin + " in the household: choose another name.";

        var again = api.post("/api/v1/members", admin, "{\"name\":\"  twin " + run.toUpperCase() + " \"}");
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.json().get("detail").asString()).as("the name as typed, not the household's spelling")
                .isEqualTo(taken.replace(twin, "twin " + run.toUpperCase()));
        var renamed = api.patch("/api/v1/members/" + other, admin, "{\"name\":\"TWIN " + run + "\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(400);
        assertThat(renamed.json().get("detail").asString()).isEqualTo(taken.replace(twin, "TWIN " + run));
        var invited = api.post("/api/v1/invitations", admin, "{\"name\":\"" + twin + "\",\"role\":\"MEMBER\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(400);
        assertThat(invited.json().get("detail").asString()).isEqualTo(taken);
        String token = invite("{\"name\":\"Newcomer " + run + "\",\"role\":\"MEMBER\"}");
        var chosen = accept(token, unique("twin"), twin);
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(400);
        assertThat(chosen.json().get("detail").asString()).startsWith("A member of the household is called " + twin);
        assertThat(names(api.get("/api/v1/members", admin).json())).as("nothing added or renamed")
                .containsOnlyOnce(twin).contains("Other " + run).doesNotContain("Newcomer " + run);

        assertThat(accept(token, unique("twin"), "Twin's sister " + run).status()).as("the link still works")
                .isEqualTo(201);
        var ownCase = api.patch("/api/v1/members/" + first, admin, "{\"name\":\"TWIN " + run + "\"}");
        assertThat(ownCase.status()).as("a member may change the case of their own name").isEqualTo(200);
    }

    /**
     * A name that differs from another only in how its letters are encoded looks the same on every card and report:
     * it is the same name. A decomposed "ë" (as a Mac keyboard or a pasted file name gives it), a full-width letter,
     * an ideographic space or two spaces where the other has one are refused; a name is kept composed (NFC), so that a
     * PDF prints letters rather than loose marks.
     */
    @Test
    void aNameThatOnlyLooksDifferentIsTheSameName() {
        String zoe = "Zo\u00eb \uae40\ubbfc\uc900 " + run;
        long first = Household.addMember(api, admin, zoe);
        for (String lookalike : List.of("Zoe\u0308 \u1100\u1175\u11b7\u1106\u1175\u11ab\u110c\u116e\u11ab " + run,
                "\uff3aoe\u0308 \uae40\ubbfc\uc900 " + run, "Zo\u00eb\u3000\uae40\ubbfc\uc900 " + run,
                "Zo\u00eb  \uae40\ubbfc\uc900 " + run, "Zo\u00eb \uae40\ubbfc\uc900\u200D " + run)) {
            var again = api.post("/api/v1/members", admin, "{\"name\":\"" + lookalike + "\"}");
            assertThat(again.status()).as(lookalike + ": " + again.body()).isEqualTo(400);
            assertThat(again.json().get("detail").asString()).startsWith("There is already a member called");
        }
        long other = Household.addMember(api, admin, "Other " + run);
        var renamed = api.patch("/api/v1/members/" + other, admin,
                "{\"name\":\"Noe\u0308l \u1100\u1175\u11b7 " + run + "\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).as("kept composed")
                .isEqualTo("No\u00ebl \uae40 " + run);
        assertThat(api.get("/api/v1/members/" + first, admin).json().get("name").asString()).isEqualTo(zoe);
    }

    /**
     * An address whose domain is not in Latin letters is kept in the internet's form of it, which a browser's e-mail
     * field sends: the login made with "例子.中国" signs in on the page, and HTTP Basic takes either spelling.
     */
    @Test
    void anAddressWithAnInternationalDomainSignsInEitherWay() {
        String local = "daming" + run.toLowerCase();
        var made = accept(invite("{\"name\":\"Daming " + run + "\",\"role\":\"MEMBER\"}"),
                local + "@\u4f8b\u5b50.\u4e2d\u56fd", "Daming " + run);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("email").asString()).isEqualTo(local + "@xn--fsqu00a.xn--fiqs8s");
        assertThat(PageSession.signIn(port, local + "@xn--fsqu00a.xn--fiqs8s", PASSWORD).get("/").uri().getPath())
                .as("signed in on the page").isEqualTo("/");
        assertThat(api.postBasic("/api/v1/tokens", local + "@\u4f8b\u5b50.\u4e2d\u56fd", PASSWORD,
                "{\"name\":\"idn\"}").status()).isEqualTo(201);
        assertThat(PageSession.signIn(port).get("/household").body()).as("People shows the domain in its own letters")
                .contains(local + "@\u4f8b\u5b50.\u4e2d\u56fd").doesNotContain(local + "@xn--");
    }

    /**
     * Two invitations for new members, "Ben" and "Tess": Ben may not take the name Tess on the way in, or Tess's own
     * invitation would be refused and the family would share with Ben under her name.
     */
    @Test
    void anInviteeCannotTakeTheNameOfAnotherInvitationsNewMember() {
        String ben = invite("{\"name\":\"Ben " + run + "\",\"role\":\"MEMBER\"}");
        String tess = invite("{\"name\":\"Tess " + run + "\",\"role\":\"MEMBER\"}");

        var taken = accept(ben, unique("ben"), "tess " + run);
        assertThat(taken.status()).as(taken.body()).isEqualTo(400);
        assertThat(taken.json().get("detail").asString()).isEqualTo("Another invitation of the household is for a "
                + "new member called tess " + run + ": choose another name.");

        assertThat(accept(ben, unique("ben"), "Ben " + run).status()).isEqualTo(201);
        var her = accept(tess, unique("tess"), "Tess " + run);
        assertThat(her.status()).as(her.body()).isEqualTo(201);
        assertThat(her.json().get("name").asString()).isEqualTo("Tess " + run);
    }

    /** A second invitation for the same existing member (the first one's link lost) is accepted under their name. */
    @Test
    void aSecondInvitationForAnExistingMemberIsAcceptedUnderTheirName() {
        long tess = Household.addMember(api, admin, "Tess again " + run);
        invite("{\"memberId\":" + tess + ",\"role\":\"MEMBER\"}");
        String second = invite("{\"memberId\":" + tess + ",\"role\":\"MEMBER\"}");

        var accepted = accept(second, unique("tess-again"), "Tess again " + run);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("memberId").asLong()).isEqualTo(tess);
    }

    @Test
    void aLoginsNameIsItsOwnTooSoThatThePickerTellsLoginsApart() {
        var bob = member("bob");
        var cara = member("cara");
        String taken = "Another login of the household is called " + bob.get("name").asString()
                + ": choose another name.";
        var renamed = api.patch("/api/v1/me", cara.get("token").asString(),
                "{\"name\":\"" + bob.get("name").asString().toUpperCase() + "\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(400);
        assertThat(renamed.json().get("detail").asString()).isEqualTo(taken);
        var lookalike = api.patch("/api/v1/me", cara.get("token").asString(),
                "{\"name\":\"" + bob.get("name").asString() + "\\u200b\"}");
        assertThat(lookalike.status()).as("a zero-width space makes no other name").isEqualTo(400);
        assertThat(lookalike.json().get("detail").asString()).contains("invisible characters");
        var persian = api.patch("/api/v1/me", cara.get("token").asString(),
                "{\"name\":\"\u0645\u0647\u0631\\u200c\u0646\u0627\u0632 " + run + "\"}");
        assertThat(persian.status()).as("a zero-width non-joiner is how Persian names are written").isEqualTo(200);
        var accepted = accept(invite("{\"memberId\":" + Household.addMember(api, admin, "For Bob's namesake " + run)
                + ",\"role\":\"MEMBER\"}"), unique("namesake"), bob.get("name").asString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(400);
        assertThat(accepted.json().get("detail").asString()).isEqualTo(taken);

        // A login called as another member would have that member's family share with the wrong person.
        String other = "Other member " + run;
        Household.addMember(api, admin, other);
        String grandpa = "Grandpa " + run;
        String forGrandpa = invite("{\"memberId\":" + Household.addMember(api, admin, grandpa) + ",\"role\":\"MEMBER\"}");
        var asOther = accept(forGrandpa, unique("grandpa"), other.toLowerCase());
        assertThat(asOther.status()).as(asOther.body()).isEqualTo(400);
        assertThat(asOther.json().get("detail").asString())
                .startsWith("A member of the household is called " + other.toLowerCase() + ": ");
        var renamedAsOther = api.patch("/api/v1/me", cara.get("token").asString(), "{\"name\":\"" + other + "\"}");
        assertThat(renamedAsOther.status()).as(renamedAsOther.body()).isEqualTo(400);
        assertThat(accept(forGrandpa, unique("grandpa"), grandpa).status()).as("the login's own member's name")
                .isEqualTo(201);
    }

    @Test
    void aLinkCannotBeUsedToGoThroughAddressesToLearnWhichHaveALogin() {
        String token = invite("{\"name\":\"Prober " + run + "\",\"role\":\"MEMBER\"}");
        var bob = member("probed");
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            var taken = accept(token, i % 2 == 0 ? Household.EMAIL : bob.get("email").asString());
            assertThat(taken.json().get("detail").asString()).contains("already a login with this e-mail");
        }
        var next = accept(token, unique("prober"));
        assertThat(next.status()).isEqualTo(400);
        assertThat(next.json().get("detail").asString())
                .isEqualTo("Too many addresses that already have a login were tried with this link: try again in a "
                        + "minute.");
    }

    @Test
    void anEmailInUseOrAWeakPasswordIsRefusedAndTheLinkStillWorks() {
        String token = invite("{\"name\":\"Careful\",\"role\":\"MEMBER\"}");
        var taken = api.post("/api/v1/invitations/" + token + "/accept", null,
                "{\"email\":\"" + Household.EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"C\"}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("detail").asString()).contains("already a login with this e-mail");
        var weak = api.post("/api/v1/invitations/" + token + "/accept", null,
                "{\"email\":\"" + unique("weak") + "\",\"password\":\"short\",\"name\":\"C\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("detail").asString()).contains("at least 8 characters");
        assertThat(accept(token, unique("careful")).status()).isEqualTo(201);
    }

    @Test
    void aGrantShowsTheMemberToTheGranteeUntilRevokedOrOver() {
        var owner = member("owner");
        var grantee = member("grantee");
        long ownerMember = owner.get("memberId").asLong();

        var toSelf = api.post("/api/v1/members/" + ownerMember + "/grants", owner.get("token").asString(),
                "{\"userId\":" + owner.get("id").asLong() + ",\"access\":\"VIEW\"}");
        assertThat(toSelf.status()).isEqualTo(400);
        assertThat(toSelf.json().get("detail").asString()).contains("yourself");
        var past = api.post("/api/v1/members/" + ownerMember + "/grants", owner.get("token").asString(),
                "{\"userId\":" + grantee.get("id").asLong() + ",\"access\":\"VIEW\",\"until\":\"2020-01-01\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).contains("future");

        var given = api.post("/api/v1/members/" + ownerMember + "/grants", owner.get("token").asString(),
                "{\"userId\":" + grantee.get("id").asLong() + ",\"access\":\"VIEW\",\"until\":\"2099-03-01\"}");
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json().get("access").asString()).isEqualTo("VIEW");
        assertThat(given.json().get("until").asString()).as("a date is the last day; no zone known: UTC's")
                .isEqualTo("2099-03-02T00:00:00Z");
        assertThat(given.json().get("lastDay").asString()).isEqualTo("2099-03-01");
        String granteeToken = grantee.get("token").asString();
        assertThat(names(api.get("/api/v1/members", granteeToken).json())).contains(owner.get("name").asString());
        assertThat(api.get("/api/v1/members/" + ownerMember + "/measurements?type=weight", granteeToken).status())
                .isEqualTo(200);
        var sync = api.post("/api/v1/members/" + ownerMember + "/sync", granteeToken, null);
        assertThat(sync.status()).isEqualTo(403);
        assertThat(sync.json().get("detail").asString()).isEqualTo(owner.get("name").asString() + "'s data is shared "
                + "with you to view only; an administrator or " + owner.get("name").asString()
                + " may give you manage access to change it.");
        var share = api.get("/api/v1/members/" + ownerMember + "/grants", granteeToken);
        assertThat(share.status()).isEqualTo(403);
        assertThat(share.json().get("detail").asString())
                .isEqualTo("Only an administrator or " + owner.get("name").asString()
                        + " decides who sees this member.");

        long grantId = given.json().get("id").asLong();
        assertThat(api.delete("/api/v1/members/" + ownerMember + "/grants/" + grantId, owner.get("token").asString())
                .status()).isEqualTo(204);
        assertThat(api.get("/api/v1/members/" + ownerMember, granteeToken).status()).isEqualTo(404);
        assertThat(names(api.get("/api/v1/members", granteeToken).json()))
                .doesNotContain(owner.get("name").asString());

        var ownerUser = users.findById(owner.get("id").asLong()).orElseThrow();
        grantRows.insert(ownerUser.memberId(), grantee.get("id").asLong(), Access.MANAGE,
                clock.instant().minusSeconds(1), ownerUser.userId(), clock.instant().minus(Duration.ofDays(1)));
        assertThat(api.get("/api/v1/members/" + ownerMember, granteeToken).status())
                .as("an expired grant shows nothing").isEqualTo(404);
        assertThat(expiry.recordExpired()).isGreaterThanOrEqualTo(1);
        assertThat(expiry.recordExpired()).as("recorded once").isZero();
        assertThat(api.get("/api/v1/audit", admin).body()).contains("GRANT_EXPIRED")
                .contains("manage access to " + owner.get("name").asString() + " for " + grantee.get("name").asString()
                        + " ended");
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndAResetPasswordMustBeReplaced() {
        long me = api.get("/api/v1/me", admin).json().get("id").asLong();
        var demote = api.patch("/api/v1/users/" + me, admin, "{\"role\":\"MEMBER\"}");
        if (users.countAdmins(users.findById(me).orElseThrow().householdId()) == 1) {
            assertThat(demote.status()).isEqualTo(400);
            assertThat(demote.json().get("detail").asString()).contains("last administrator");
        }
        var someone = member("reset");
        var reset = api.patch("/api/v1/users/" + someone.get("id").asLong(), admin,
                "{\"temporaryPassword\":\"temporary 12345\"}");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(users.findById(someone.get("id").asLong()).orElseThrow().mustChangePassword()).isTrue();
        var viaBasic = api.postBasic("/api/v1/tokens", someone.get("email").asString(), "temporary 12345",
                "{\"name\":\"kept by whoever set it\"}");
        assertThat(viaBasic.status()).as("a temporary password makes no token").isEqualTo(403);
        assertThat(viaBasic.json().get("detail").asString()).contains("temporary", "choose your own password");
        var audit = api.get("/api/v1/audit", admin).body();
        assertThat(audit).contains("PASSWORD_RESET").contains("INVITATION_ACCEPTED");

        var removed = api.delete("/api/v1/users/" + someone.get("id").asLong(), admin);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(users.findById(someone.get("id").asLong())).isEmpty();
        assertThat(api.get("/api/v1/members/" + someone.get("memberId").asLong(), admin).status())
                .as("the member and their data stay").isEqualTo(200);
        assertThat(api.get("/api/v1/me", someone.get("token").asString()).status()).as("their tokens are gone")
                .isEqualTo(401);
        var theirs = new ArrayList<String>();
        api.get("/api/v1/audit", admin).json().get("items").forEach(e -> {
            if ("INVITATION_ACCEPTED".equals(e.get("action").asString()) && e.get("detail").asString().contains(
                    someone.get("email").asString())) {
                theirs.add(e.get("userName").asString());
            }
        });
        assertThat(theirs).as("what they did is still theirs, not Pulseboard's").isNotEmpty().allMatch(
                name -> name.equals(someone.get("name").asString() + " <" + someone.get("email").asString()
                        + "> (login removed)"));
    }

    @Test
    void aReadOnlyTokenReadsButChangesNothingAndBasicIsOnlyForMakingTokens() {
        var readOnly = api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"dashboard\",\"readOnly\":true}");
        assertThat(readOnly.status()).isEqualTo(201);
        String token = readOnly.json().get("token").asString();
        assertThat(api.get("/api/v1/members", token).status()).isEqualTo(200);
        var change = api.post("/api/v1/members", token, "{\"name\":\"Nope\"}");
        assertThat(change.status()).isEqualTo(403);
        assertThat(change.json().get("detail").asString()).contains("read-only");
        assertThat(names(api.get("/api/v1/members", admin).json())).doesNotContain("Nope");

        var basicOnData = api.getBasic("/api/v1/members", Household.EMAIL, Household.PASSWORD);
        assertThat(basicOnData.status()).isEqualTo(401);
        assertThat(basicOnData.contentType()).contains("problem+json");

        var oneDay = api.postBasic("/api/v1/tokens", Household.EMAIL, Household.PASSWORD,
                "{\"name\":\"a day\",\"expiresInDays\":1}").json().get("token").asString();
        var child = api.post("/api/v1/tokens", oneDay, "{\"name\":\"for ever\"}");
        assertThat(child.status()).as("a token that makes tokens would outlive its end and its revocation")
                .isEqualTo(401);
        assertThat(child.json().get("detail").asString()).isEqualTo("An API token cannot make another token: make "
                + "one with your e-mail and password (HTTP Basic) or on the page /account/tokens.");
        assertThat(api.get("/api/v1/tokens", admin).body()).doesNotContain("for ever");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        var victim = member("locked");
        String email = victim.get("email").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(api.postBasic("/api/v1/tokens", email, "wrong password " + i, "{\"name\":\"x\"}").status())
                    .isEqualTo(401);
        }
        var locked = api.postBasic("/api/v1/tokens", email, PASSWORD, "{\"name\":\"x\"}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.retryAfter())).isBetween(1L, 60L);
        assertThat(locked.body()).contains("Too many failed sign-ins");
        assertThat(api.get("/api/v1/audit", admin).body()).contains("SIGN_IN_LOCKED").contains(email);
        assertThat(api.get("/api/v1/me", victim.get("token").asString()).status())
                .as("tokens made before still work").isEqualTo(200);
    }

    /** A new member user: {id, email, name, memberId, token}. */
    private JsonNode member(String tag) {
        String email = unique(tag);
        String name = tag + " " + run;
        var accepted = accept(invite("{\"name\":\"" + tag + "\",\"role\":\"MEMBER\"}"), email, name);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        var node = (ObjectNode) accepted.json();
        node.put("token", tokenOf(email));
        return node;
    }

    private String invite(String json) {
        var invited = api.post("/api/v1/invitations", admin, json);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        return tokenIn(invited.json().get("url").asString());
    }

    /**
     * An administrator who set the household up has no member of their own; they say which member is them, and that
     * member's pending invitations are withdrawn. Only an administrator may: a member user's login is their member's.
     */
    @Test
    void anAdministratorSaysWhichMemberIsThemAndCanTakeItBack() {
        String email = unique("boss");
        var boss = accept(invite("{\"role\":\"ADMIN\"}"), email);
        assertThat(boss.status()).as(boss.body()).isEqualTo(201);
        long bossId = boss.json().get("id").asLong();
        try {
            linkAndUnlink(tokenOf(email));
            // No member now: as a member login they would see nothing, so they stay administrator.
            var demoted = api.patch("/api/v1/users/" + bossId, admin, "{\"role\":\"MEMBER\"}");
            assertThat(demoted.status()).isEqualTo(400);
            assertThat(demoted.json().get("detail").asString()).contains("no member of the household yet");
        } finally {
            // The household's other tests count its administrators.
            assertThat(api.delete("/api/v1/users/" + bossId, admin).status()).isEqualTo(204);
        }
    }

    private void linkAndUnlink(String bossToken) {
        assertThat(api.get("/api/v1/me", bossToken).json().get("memberId").isNull()).isTrue();
        long mine = Household.addMember(api, admin, "Boss herself " + run);
        long other = Household.addMember(api, admin, "Not the boss " + run);
        long pending = api.post("/api/v1/invitations", admin, "{\"memberId\":" + mine + ",\"role\":\"MEMBER\"}")
                .json().get("id").asLong();

        var linked = api.send("PUT", "/api/v1/me/member", bossToken, "application/json",
                ("{\"memberId\":" + mine + "}").getBytes(StandardCharsets.UTF_8));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("memberId").asLong()).isEqualTo(mine);
        assertThat(api.get("/api/v1/me", bossToken).json().get("memberId").asLong()).isEqualTo(mine);
        assertThat(find(api.get("/api/v1/invitations", admin).json().get("items"), pending).get("state").asString())
                .as("an invitation for the member is withdrawn").isEqualTo("REVOKED");
        var twice = api.send("PUT", "/api/v1/me/member", bossToken, "application/json",
                ("{\"memberId\":" + other + "}").getBytes(StandardCharsets.UTF_8));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asString()).contains("already Boss herself");
        var taken = api.send("PUT", "/api/v1/me/member", admin, "application/json",
                ("{\"memberId\":" + mine + "}").getBytes(StandardCharsets.UTF_8));
        assertThat(taken.status()).as("one login a member").isEqualTo(400);
        assertThat(taken.json().get("detail").asString()).contains("has a login of their own");

        String memberEmail = unique("plain");
        var plain = accept(invite("{\"memberId\":" + other + ",\"role\":\"MEMBER\"}"), memberEmail);
        assertThat(plain.status()).isEqualTo(201);
        var byMember = api.delete("/api/v1/me/member", tokenOf(memberEmail));
        assertThat(byMember.status()).as("a member user keeps their member").isEqualTo(403);
        assertThat(api.post("/api/v1/members/" + mine + "/grants", admin, "{\"userId\":" + plain.json().get("id")
                .asLong() + ",\"access\":\"VIEW\"}").status()).isEqualTo(201);
        var share = api.get("/api/v1/members/" + mine + "/grants", tokenOf(memberEmail));
        assertThat(share.status()).isEqualTo(403);
        assertThat(share.json().get("detail").asString()).as("the member's own login is an administrator")
                .isEqualTo("Only an administrator (Boss herself " + run + " is one) decides who sees this member.");

        var unlinked = api.delete("/api/v1/me/member", bossToken);
        assertThat(unlinked.status()).isEqualTo(200);
        assertThat(unlinked.json().get("memberId").isNull()).isTrue();
        assertThat(api.get("/api/v1/audit", admin).json().get("items").toString())
                .contains("LOGIN_LINKED", "LOGIN_UNLINKED", "is member Boss herself " + run);
    }

    private Api.Response accept(String token, String email) {
        // Members' names are unique in a household, and the tests of one context share one.
        return accept(token, email, "Invitee " + email.substring(0, email.indexOf('@')));
    }

    private Api.Response accept(String token, String email, String name) {
        return api.post("/api/v1/invitations/" + token + "/accept", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"" + name + "\"}");
    }

    private String tokenOf(String email) {
        var made = api.postBasic("/api/v1/tokens", email, PASSWORD, "{\"name\":\"test\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("token").asString();
    }

    private static String tokenIn(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static JsonNode find(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + items);
    }

    private static List<String> names(JsonNode members) {
        var out = new ArrayList<String>();
        members.forEach(m -> out.add(m.get("name").asString()));
        return out;
    }

    private final String run = Long.toString(System.nanoTime(), 36);

    private String unique(String tag) {
        return tag + "-" + run + "@example.org";
    }

    /** A day as the pages write it for a browser that names no language: the server's locale, medium style. */
    private static String day(int year, int month, int dayOfMonth) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault())
                .format(LocalDate.of(year, month, dayOfMonth));
    }
}
