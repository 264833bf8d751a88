package dev.pulseboard.security.oidc;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.account.Identities;
import dev.pulseboard.account.household.Invitations;

/**
 * What happens once the provider's answer has been checked (state, PKCE, ID token signature, issuer, audience, nonce,
 * expiry: Spring Security's {@code oauth2Login}): the person is matched to a Pulseboard login ({@link Identities}),
 * or accepts the invitation they started from, and the session then holds that login, as a password sign-in would.
 * Every refusal, of the protocol or of the household's rules, ends on the sign-in page with a readable reason, no
 * session, and an entry in the audit log.
 */
@Component
public class OidcSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The invitation token an invitee chose to accept with the provider (session attribute). */
    static final String INVITATION = "pulseboard.oidc.invitation";
    /** The ID token of an OIDC session, for the provider's end-session endpoint at sign-out (session attribute). */
    static final String ID_TOKEN = "pulseboard.oidc.idToken";
    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcProperties properties;
    private final Identities identities;
    private final Invitations invitations;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler then =
            new SavedRequestAwareAuthenticationSuccessHandler();

    OidcSignIn(OidcProperties properties, Identities identities, Invitations invitations) {
        this.properties = properties;
        this.identities = identities;
        this.invitations = invitations;
        then.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        OidcUser oidc = (OidcUser) authentication.getPrincipal();
        HttpSession session = request.getSession();
        String invitation = session.getAttribute(INVITATION) instanceof String token ? token : null;
        session.removeAttribute(INVITATION);
        var who = new Identities.ProviderIdentity(String.valueOf(oidc.getIssuer()), oidc.getSubject(),
                oidc.getEmail(), Boolean.TRUE.equals(oidc.getEmailVerified()), name(oidc));
        Set<String> groups = OidcGroups.of(oidc, properties.groupsClaim());
        if (properties.hasUserGroup() && !groups.contains(properties.userGroup())) {
            refuse(request, response, Refusal.USER_GROUP, identities.find(who.issuer(), who.subject()).orElse(null),
                    describe(who) + " is not in the group " + properties.userGroup());
            return;
        }
        var policy = new Identities.Policy(properties.autoRegister(),
                properties.hasAdminGroup() ? groups.contains(properties.adminGroup()) : null);
        CurrentUser user;
        try {
            if (invitation != null && identities.find(who.issuer(), who.subject()).isEmpty()) {
                invitations.acceptWithIdentity(invitation, who);
            }
            user = identities.signIn(who, policy);
        } catch (Identities.Refused refused) {
            refuse(request, response, Refusal.of(refused.why()), null, describe(who) + ": " + refused.getMessage());
            return;
        } catch (AccountException unusable) {
            refuse(request, response, Refusal.INVITATION, null, describe(who) + ": " + unusable.getMessage());
            return;
        }
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        session.setAttribute(ID_TOKEN, oidc.getIdToken());
        if (invitation != null && user.memberId() != null) {
            response.sendRedirect(request.getContextPath() + "/members/" + user.memberId().value() + "?welcome");
            return;
        }
        then.onAuthenticationSuccess(request, response, signedIn);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        Refusal refusal = Refusal.of(e);
        String code = e instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode() + (oauth.getError().getDescription() == null ? ""
                        : ": " + plain(oauth.getError().getDescription()))
                : e.getClass().getSimpleName();
        // The operator's log says why, without the person's address: a wrong client secret after a rotation at the
        // provider ("invalid_client") is theirs to put right, and every sign-in fails until they do.
        log.warn("Sign-in refused: the identity provider's answer ({}){}", code, code.startsWith("invalid_client")
                ? "; check pulseboard.oidc.client-id and client-secret (PULSEBOARD_OIDC_CLIENTSECRET)" : "");
        refuse(request, response, refusal, null, "the provider's answer was refused: " + refusal.code() + " (" + code
                + ")");
    }

    /**
     * A provider's error text as the audit log keeps it: some providers answer an error page, whose markup would
     * fill the log, so tags are dropped, spaces collapsed and the text cut at 200 characters.
     */
    static String plain(String text) {
        String words = text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
        return words.length() <= 200 ? words : words.substring(0, 199) + "\u2026";
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal, CurrentUser known,
            String detail) throws IOException {
        log.info("Sign-in refused (identity provider): {}", refusal.code());
        identities.recordRefusal(known == null ? null : known.householdId(), "sign-in with the provider refused: "
                + detail);
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?refused=" + refusal.code());
    }

    private static String describe(Identities.ProviderIdentity who) {
        return (who.email() == null ? "subject " + who.subject() : who.email());
    }

    private static String name(OidcUser oidc) {
        return oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
    }
}
