package dev.pulseboard.api.household;

import dev.pulseboard.account.CurrentUser;

/** A user as the API shows it: never a password or a token. */
record UserResponse(long id, String email, String name, CurrentUser.Role role, Long memberId) {

    static UserResponse of(CurrentUser user) {
        return new UserResponse(user.userId(), user.email(), user.name(), user.role(),
                user.memberId() == null ? null : user.memberId().value());
    }
}
