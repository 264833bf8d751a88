package dev.pulseboard.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class OidcGroupsTests {

    @Test
    void joinsTheGroupsOfTheIdTokenAndOfUserInfo() {
        var user = user(Map.of("groups", List.of("family")), Map.of("groups", List.of("admins", "family")));
        assertThat(OidcGroups.of(user, "groups")).containsExactly("admins", "family");
    }

    @Test
    void readsGroupsThatOnlyUserInfoSends() {
        assertThat(OidcGroups.of(user(Map.of(), Map.of("groups", List.of("admins"))), "groups"))
                .containsExactly("admins");
    }

    @Test
    void takesAMissingClaimAsNoGroups() {
        assertThat(OidcGroups.of(user(Map.of(), null), "groups")).isEmpty();
        assertThat(OidcGroups.of(user(Map.of("roles", List.of("admins")), Map.of()), "groups")).isEmpty();
    }

    @Test
    void takesAClaimThatIsOneStringAsOneGroupAndReadsTheConfiguredClaim() {
        assertThat(OidcGroups.of(user(Map.of("roles", " admins "), null), "roles")).containsExactly("admins");
    }

    private static DefaultOidcUser user(Map<String, Object> idClaims, Map<String, Object> userInfoClaims) {
        var builder = OidcIdToken.withTokenValue("test").subject("s").issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60));
        idClaims.forEach(builder::claim);
        OidcUserInfo userInfo = userInfoClaims == null ? null
                : OidcUserInfo.builder().subject("s").claims(c -> c.putAll(userInfoClaims)).build();
        return new DefaultOidcUser(List.of(), builder.build(), userInfo);
    }
}
