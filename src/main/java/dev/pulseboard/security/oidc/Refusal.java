package dev.pulseboard.security.oidc;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import dev.pulseboard.account.Identities;

/**
 * Why a sign-in was refused: the code the sign-in page receives ({@code /login?refused=code}) and the sentence it
 * shows. No token, secret or claim value ever goes into either.
 */
public enum Refusal {

    STATE("state", "This sign-in could not be matched to one started in this browser (it expired, was already "
            + "used, or came from elsewhere). Start again."),
    AUDIENCE("audience", "The identity provider's answer was meant for another application. Nothing was signed in."),
    ISSUER("issuer", "The identity provider's answer came from another issuer than the one configured. Nothing was "
            + "signed in."),
    NONCE("nonce", "The identity provider's answer does not belong to this sign-in (its nonce differs). Start again."),
    EXPIRED("expired", "The identity provider's answer had already expired (check the clocks of both servers). "
            + "Start again."),
    TOKEN("token", "The identity provider's answer could not be verified. Nothing was signed in."),
    DENIED("denied", "The identity provider did not sign you in."),
    UNREACHABLE("unreachable", "The identity provider could not be reached. Try again in a minute; an administrator "
            + "can turn password sign-in back on while it is down."),
    USER_GROUP("user-group", "Your account at the identity provider is not in the group allowed to use Pulseboard. "
            + "Ask the household's administrator."),
    NOT_INVITED("not-invited", "There is no Pulseboard login for your account at the identity provider. Ask the "
            + "household's administrator for an invitation, then accept it with the provider."),
    UNVERIFIED_EMAIL("unverified-email", "A Pulseboard login already uses your e-mail address, but the identity "
            + "provider has not verified it, so the two were not linked. Verify the address at the provider (or, where "
            + "this server lets passwords in, sign in with your password)."),
    NO_EMAIL("no-email", "The identity provider sent no e-mail address: allow the 'email' scope for Pulseboard."),
    INVITATION("invitation", "The invitation could not be accepted with the identity provider (it is no longer "
            + "pending, or a login already uses your e-mail address)."),
    NOT_SET_UP("not-set-up", "Pulseboard is not set up yet: its first administrator must be created first."),
    PASSWORD_OFF("password-off", "Password sign-in is turned off: sign in with the identity provider."),
    FAILED("failed", "Signing in with the identity provider did not work. Start again.");

    private final String code;
    private final String message;

    Refusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The refusal a sign-in page code stands for, if it is one. */
    public static Optional<Refusal> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    static Refusal of(Identities.Why why) {
        return switch (why) {
            case NOT_SET_UP -> NOT_SET_UP;
            case NOT_INVITED -> NOT_INVITED;
            case UNVERIFIED_EMAIL -> UNVERIFIED_EMAIL;
            case NO_EMAIL -> NO_EMAIL;
            case EMAIL_IN_USE, INVITATION_UNUSABLE -> INVITATION;
        };
    }

    /** What a failure of the protocol (state, ID token, provider) means for the person signing in. */
    static Refusal of(AuthenticationException e) {
        if (!(e instanceof OAuth2AuthenticationException oauth)) {
            return e.getCause() != null ? UNREACHABLE : FAILED;
        }
        String description = String.valueOf(oauth.getError().getDescription());
        return switch (oauth.getError().getErrorCode()) {
            case "authorization_request_not_found", "invalid_state_parameter" -> STATE;
            case "invalid_nonce" -> NONCE;
            case "access_denied", "login_required", "consent_required", "interaction_required" -> DENIED;
            case "client_registration_not_found" -> UNREACHABLE;
            case "invalid_id_token" -> description.contains("expired") || description.contains("exp=") ? EXPIRED
                    : description.contains("aud=") || description.contains("azp=") ? AUDIENCE
                    : description.contains("iss=") ? ISSUER
                    : description.contains("nonce") ? NONCE : TOKEN;
            default -> FAILED;
        };
    }
}
