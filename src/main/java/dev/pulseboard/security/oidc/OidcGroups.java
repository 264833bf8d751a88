package dev.pulseboard.security.oidc;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person's groups: the groups claim of the ID token and of UserInfo together (Authelia 4.39 sends it in UserInfo
 * only; Keycloak leaves an empty claim out). A missing claim is no groups; a claim that is one string is one group.
 */
final class OidcGroups {

    private OidcGroups() {
    }

    static Set<String> of(OidcUser user, String claim) {
        Set<String> groups = new TreeSet<>();
        add(groups, user.getIdToken() == null ? null : user.getIdToken().getClaims(), claim);
        add(groups, user.getUserInfo() == null ? null : user.getUserInfo().getClaims(), claim);
        return groups;
    }

    private static void add(Set<String> groups, Map<String, Object> claims, String claim) {
        Object value = claims == null ? null : claims.get(claim);
        if (value instanceof Collection<?> many) {
            many.stream().filter(g -> g != null && !g.toString().isBlank())
                    .forEach(g -> groups.add(g.toString().strip()));
        } else if (value instanceof String one && !one.isBlank()) {
            groups.add(one.strip());
        }
    }
}
