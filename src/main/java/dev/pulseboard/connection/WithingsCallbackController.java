package dev.pulseboard.connection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.core.UnreadableQuery;

/** Where Withings sends the browser back: {@code /withings/callback?code&state} or {@code ?error&state}. */
@Controller
class WithingsCallbackController {

    private static final Logger log = LoggerFactory.getLogger(WithingsCallbackController.class);

    private final Connections connections;
    private final CallbackAddress callback;

    WithingsCallbackController(Connections connections, CallbackAddress callback) {
        this.connections = connections;
        this.callback = callback;
    }

    @GetMapping("/withings/callback")
    String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
            @RequestParam(required = false) String error, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession(false);
        BrowserStates browser = session == null ? BrowserStates.none() : BrowserStates.of(session);
        try {
            var member = connections.complete(state, code, error, browser);
            return "redirect:/members/" + member + "?connected";
        } catch (ConnectionException e) {
            log.info("Withings callback refused ({}): {}", e.reason(), e.getMessage());
            response.setStatus(e.reason() == ConnectionException.Reason.ACCESS_DENIED ? 200 : 400);
            model.addAttribute("message", e.getMessage());
            if (e.reason() == ConnectionException.Reason.INVALID_STATE && state != null
                    && !browser.startedHere(state)) {
                // Started at another address than this one, where the browser's session is: the page says where to go.
                model.addAttribute("callbackOrigin", callback.origin());
            }
            e.member().ifPresent(member -> model.addAttribute("member", member.value()));
            return "connection/callback-error";
        } catch (AccountException e) {
            log.info("Withings callback for a member that no longer exists");
            response.setStatus(404);
            model.addAttribute("message", "The member this authorization was for no longer exists.");
            return "connection/callback-error";
        }
    }

    /** {@code ?code=%zz}: a query Tomcat cannot decode is the address's mistake, not a server failure to log. */
    @ExceptionHandler
    String on(InvalidParameterException e, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("message", UnreadableQuery.REASON + " Start again from the member's page.");
        return "connection/callback-error";
    }
}
