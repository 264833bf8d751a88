package dev.pulseboard.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation of the JSON API, as its OpenAPI document says (in words in the operation's description,
 * and as {@code x-access}). It documents and checks nothing itself: the controller's own check decides, and
 * {@code AuthorizationMatrixIntegrationTests} holds what the document says to what the server answers each kind of
 * caller.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiAccess {

    Kind value();

    enum Kind {
        PUBLIC("No token: anyone may call it, with what the operation itself asks for (a password, an invitation)."),
        SIGNED_IN("Any login, about itself."),
        ADMIN("Administrators of the household; any other login gets 403."),
        VIEW("The member's own login, an administrator, or a login the member is shared with (view or manage "
                + "access); for anyone else the member does not exist (404)."),
        MANAGE("The member's own login, an administrator, or a login with manage access to the member; a login "
                + "with view access gets 403."),
        EDIT("The member's own login or an administrator; a login the member is shared with gets 403, even with "
                + "manage access."),
        SHARE("The member's own login or an administrator decide who sees the member; a login the member is shared "
                + "with gets 403."),
        REMOVE("Administrators; a login that sees the member otherwise gets 403.");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** Who may call, in a sentence for the operation's description. */
        public String words() {
            return words;
        }
    }
}
