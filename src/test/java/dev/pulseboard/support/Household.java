package dev.pulseboard.support;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test household: set up once per application context (the first caller creates the administrator),
 * with a personal access token for the API.
 */
public final class Household {

    public static final String EMAIL = "admin@example.org";
    public static final String PASSWORD = "correct horse battery";
    public static final String NAME = "Ada";

    private Household() {
    }

    /** Sets up the installation unless it is already, and returns a fresh API token. */
    public static String token(Api api) {
        setUp(api);
        var token = api.postBasic("/api/v1/tokens", EMAIL, PASSWORD, "{\"name\":\"test\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().get("token").asString();
    }

    /** Sets up the installation with the administrator {@link #EMAIL} unless it is already. */
    public static void setUp(Api api) {
        var setup = api.post("/api/v1/setup", null,
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"" + NAME + "\"}");
        assertThat(setup.status()).as(setup.body()).isIn(201, 409);
    }

    /**
     * {@code name} with a suffix no other test has: members' names are unique in a household, and the tests of one
     * application context share its household.
     */
    public static String named(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    public static long addMember(Api api, String token, String name) {
        var created = api.post("/api/v1/members", token, "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /**
     * A login made as an invitee makes one: an invitation with {@code invitationJson} (role, and a member or a new
     * member's name) accepted through the API with this e-mail, password and name. Answers the accept's response
     * (201, the login's JSON), asserted.
     */
    public static Api.Response invitedLogin(Api api, String token, String invitationJson, String email,
            String password, String name) {
        String url = api.post("/api/v1/invitations", token, invitationJson).json().get("url").asString();
        var accepted = api.post("/api/v1/invitations/" + url.substring(url.lastIndexOf('/') + 1) + "/accept", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"" + name + "\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        return accepted;
    }

    /** One Withings account links to one member per household: unlink it from whichever member has it. */
    public static void releaseWithingsUser(Api api, String token, String withingsUserId) {
        for (var m : api.get("/api/v1/members", token).json()) {
            if (withingsUserId.equals(m.get("withings").get("userId").asString(""))) {
                var deleted = api.delete("/api/v1/members/" + m.get("id").asLong() + "/withings", token);
                assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
            }
        }
    }
}
