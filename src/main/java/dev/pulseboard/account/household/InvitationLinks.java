package dev.pulseboard.account.household;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The address an invitee opens: {@code {pulseboard.public-url}/invitations/{token}}. */
@Component
public class InvitationLinks {

    private final String publicUrl;

    InvitationLinks(@Value("${pulseboard.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public String url(String token) {
        return publicUrl + "/invitations/" + token;
    }
}
