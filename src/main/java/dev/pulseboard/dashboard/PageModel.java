package dev.pulseboard.dashboard;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.CurrentUser;
import dev.pulseboard.dashboard.settings.Settings;
import dev.pulseboard.dashboard.settings.SettingsView;

/**
 * What every page's layout needs, whichever module serves the page: demo mode (the banner), the signed-in user
 * and their settings, and the errors of a refused form (none unless one comes back).
 */
@ControllerAdvice
class PageModel {

    private final boolean demo;
    private final Settings settings;
    private final Accounts accounts;
    private final String version;

    PageModel(@Value("${pulseboard.demo:false}") boolean demo, Settings settings, Accounts accounts,
            ObjectProvider<BuildProperties> build) {
        this.demo = demo;
        this.settings = settings;
        this.accounts = accounts;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    /** Pulseboard's version, in every page's header. */
    @ModelAttribute("version")
    String version() {
        return version;
    }

    /** The viewer's units, time zone and locale; handlers take it as {@code @ModelAttribute("settings")}. */
    @ModelAttribute("settings")
    SettingsView settings(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        // JSON answers render no page: spare them the lookup.
        String path = request.getRequestURI();
        // A member's pages read in that member's zone: the viewer's own is not looked up for them.
        return settings.of(path.startsWith("/api/") ? null : user, request.getLocale(), !path.startsWith("/members/"));
    }

    @ModelAttribute("demo")
    boolean demo() {
        return demo;
    }

    /** The path and query of the page, for forms that come back to it (on an error page: the address that failed). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return failed;
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * A page's own form, not refused: no errors. A refused form comes back with its errors (and what was typed) in
     * a flash attribute of this name, which takes the place of this one.
     */
    @ModelAttribute("errors")
    FieldErrors errors() {
        return new FieldErrors();
    }

    /** The same for the Units menu, which is on every page beside the page's own form. */
    @ModelAttribute("unitsErrors")
    FieldErrors unitsErrors() {
        return new FieldErrors();
    }

    /**
     * How long the signed-in user's session lasts without a request, in seconds, for the warning before it ends
     * ({@code static/js/session.js}); null with nobody signed in.
     */
    @ModelAttribute("sessionSeconds")
    Integer sessionSeconds(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        HttpSession session = user == null || request.getRequestURI().startsWith("/api/") ? null
                : request.getSession(false);
        return session == null || session.getMaxInactiveInterval() <= 0 ? null : session.getMaxInactiveInterval();
    }

    /** The signed-in user as the database knows them now (a role changed since sign-in shows at once). */
    @ModelAttribute("currentUser")
    CurrentUser currentUser(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        if (user == null || request.getRequestURI().startsWith("/api/")) {
            return user;
        }
        return accounts.findUser(user.userId()).orElse(user);
    }

    /** The same for a page an exception handler renders: its model starts empty (the layout's navigation). */
    void addTo(Model model, CurrentUser user, HttpServletRequest request) {
        model.addAttribute("settings", settings(user, request));
        model.addAttribute("demo", demo);
        model.addAttribute("version", version);
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("currentUser", currentUser(user, request));
        model.addAttribute("unitsErrors", unitsErrors());
        model.addAttribute("sessionSeconds", sessionSeconds(user, request));
    }
}
