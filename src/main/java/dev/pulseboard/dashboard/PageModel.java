package dev.pulseboard.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.pulseboard.account.CurrentUser;

/** What every page's layout needs, whichever module serves the page: demo mode (the banner) and the signed-in user. */
@ControllerAdvice
class PageModel {

    private final boolean demo;

    PageModel(@Value("${pulseboard.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demo;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }
}
