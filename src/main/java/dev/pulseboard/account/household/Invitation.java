package dev.pulseboard.account.household;

import java.time.Instant;

import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.core.MemberId;

/** A single-use link that lets someone create their login, for an existing member or a new one. */
public record Invitation(long id, MemberId memberId, String memberName, CurrentUser.Role role, Instant createdAt,
        Instant expiresAt, State state) {

    /** Where an invitation stands: only PENDING can be accepted. */
    public enum State {
        PENDING, ACCEPTED, REVOKED, EXPIRED;

        /** What a page says to someone who opens a link in this state. */
        public String explanation() {
            return switch (this) {
                case PENDING -> "This invitation is waiting for you.";
                case ACCEPTED -> "This invitation has already been used. Sign in instead, or ask for a new link.";
                case REVOKED -> "This invitation was withdrawn: the household's administrator revoked it, or the "
                        + "member it was for accepted another invitation. Ask for a new link if you still need one.";
                case EXPIRED -> "This invitation has expired. Ask the household's administrator for a new link.";
            };
        }
    }
}
