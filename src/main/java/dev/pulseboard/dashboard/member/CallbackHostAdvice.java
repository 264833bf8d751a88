package dev.pulseboard.dashboard.member;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.pulseboard.connection.CallbackAddress;

/**
 * The member page's "Connect Withings" says beforehand when Withings would send the browser back to another host than
 * the one the page is open at (demo mode opened by the server's IP address, its public URL being localhost): the link
 * could not complete there.
 */
@ControllerAdvice(assignableTypes = SectionController.class)
class CallbackHostAdvice {

    private final CallbackAddress callback;

    CallbackHostAdvice(CallbackAddress callback) {
        this.callback = callback;
    }

    @ModelAttribute("callbackElsewhere")
    String callbackElsewhere(HttpServletRequest request) {
        return callback.elsewhereThan(request.getServerName());
    }
}
