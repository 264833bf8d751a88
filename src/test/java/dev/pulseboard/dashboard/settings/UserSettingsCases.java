package dev.pulseboard.dashboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import dev.pulseboard.account.Accounts;
import dev.pulseboard.account.UserSettings;
import dev.pulseboard.export.Archives;
import dev.pulseboard.support.Api;
import dev.pulseboard.support.Household;
import dev.pulseboard.support.PageHtml;
import dev.pulseboard.support.PageSession;

/**
 * A user's units and time zone are saved to the database and come back at the next sign-in, on H2 and on
 * PostgreSQL (the subclasses); a zone or a unit that is not one is refused with a message and saves nothing. The
 * refusal comes back to the form it was sent from, under "Units" on every page (the menu opens) or on the Settings
 * page, with its message at its field (invalid, described by it before the hint, with the focus), in the form's
 * summary, and with every choice kept.
 */
abstract class UserSettingsCases {

    static final String NOT_A_ZONE = "\u201cMars/Olympus_Mons\u201d is not a time zone; use a name such as Europe/Paris"
            + " or America/New_York, or leave it empty for each member's own zone. Nothing was saved.";

    @Value("${server.port}")
    int port;

    @Autowired
    Accounts accounts;

    @AfterEach
    void backToTheDefaults() {
        var admin = accounts.loadUserByUsername(Household.EMAIL);
        accounts.updateSettings(admin.userId(), UserSettings.DEFAULTS);
    }

    @Test
    void keepsUnitsAndZoneAcrossSignIns() {
        PageSession first = PageSession.signIn(port);
        var saved = first.post("/", "/settings", Map.of("unit", "ST", "temperature", "FAHRENHEIT", "distance", "MI",
                "zone", "Asia/Tokyo", "back", "/"));
        assertThat(saved.statusCode()).isEqualTo(200);

        String page = PageSession.signIn(port).get("/").body();
        assertThat(page).containsPattern("<option value=\"ST\"\\s+selected=\"selected\">st</option>")
                .containsPattern("<option value=\"FAHRENHEIT\"\\s+selected=\"selected\">\u00b0F</option>")
                .containsPattern("<option value=\"MI\"\\s+selected=\"selected\">mi</option>")
                .containsPattern("name=\"zone\"\\s+value=\"Asia/Tokyo\"");
        var stored = accounts.settings(accounts.loadUserByUsername(Household.EMAIL).userId());
        assertThat(stored).isEqualTo(new UserSettings(UserSettings.Mass.ST, UserSettings.Temperature.FAHRENHEIT,
                UserSettings.Distance.MI, ZoneId.of("Asia/Tokyo")));

        first.post("/", "/settings", Map.of("unit", "LB", "zone", "", "back", "/"));
        assertThat(accounts.settings(accounts.loadUserByUsername(Household.EMAIL).userId())).as("an empty zone is "
                + "each member's own").isEqualTo(new UserSettings(UserSettings.Mass.LB, null, null, null));
    }

    @Test
    void keepsTheBloodPressureGuidelineAndAFormWithoutItLeavesItAsItWas() {
        PageSession session = PageSession.signIn(port);
        long user = accounts.loadUserByUsername(Household.EMAIL).userId();
        session.post("/", "/settings", Map.of("unit", "KG", "guideline", "AHA_ACC_2025", "back", "/"));
        assertThat(accounts.settings(user).guideline()).isEqualTo(UserSettings.Guideline.AHA_ACC_2025);
        assertThat(PageSession.signIn(port).get("/").body())
                .containsPattern("<option value=\"AHA_ACC_2025\"\\s+selected=\"selected\">AHA/ACC 2025 · 130/80</option>");

        session.post("/", "/settings", Map.of("unit", "LB", "back", "/"));
        assertThat(accounts.settings(user)).as("a form of an older page, without the field")
                .isEqualTo(new UserSettings(UserSettings.Mass.LB, null, null, null, UserSettings.Guideline.AHA_ACC_2025));

        var refused = session.post("/", "/settings", Map.of("unit", "KG", "guideline", "JNC_7", "back", "/"));
        assertThat(refused.body()).contains("\u201cJNC_7\u201d is not one of them. Nothing was saved.");
        assertThat(accounts.settings(user).mass()).as("nothing saved").isEqualTo(UserSettings.Mass.LB);
    }

    @Test
    void aViewerWhoFixedAZoneBehindTheMembersSeesTheMembersDayAsTheirToday() {
        Api api = new Api(port);
        String token = Household.token(api);
        long aroha = Household.addMember(api, token, "Aroha " + System.nanoTime() % 100000);
        // A day apart whatever the date: Auckland is 12 or 13 hours ahead of UTC, this zone 12 hours behind it.
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        LocalDate today = LocalDate.now(auckland);
        String yesterday = today.minusDays(1).toString();
        JsonNode report = new Archives(api, token).importAndWait(aroha + "/imports?timeZone=Pacific/Auckland",
                Archives.zip(Map.of("weight.csv", "Date,Weight (kg),Fat mass (kg),Bone mass (kg),Muscle mass (kg),"
                        + "Hydration (kg),Comments\n" + yesterday + " 08:00:00,58.1,,,,,\n",
                        "aggregates_steps.csv", "date,value\n" + yesterday + ",10210\n" + today + ",2723\n",
                        "sleep.csv", "from,to,light (s),deep (s)\n" + today.minusDays(2) + " 23:00:00," + yesterday
                                + " 06:30:00,14400,7200\n")));
        assertThat(report.get("state").asString()).as(report.toString()).isEqualTo("DONE");
        PageSession session = PageSession.signIn(port);
        session.post("/", "/settings", Map.of("unit", "KG", "zone", "Etc/GMT+12", "back", "/"));
        if (!today.equals(LocalDate.now(auckland))) {
            return; // Auckland's midnight came in between: the day the steps were written for is over.
        }

        String overview = session.get("/").body();
        // This member's card alone: other tests' members share the household.
        String card = overview.substring(overview.indexOf("data-member-id=\"" + aroha + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).as("the member's day under way, not the one that ended")
                .contains("2,723 steps today").doesNotContain("10,210 steps today")
                .as("a night that ended yesterday is not last night").contains("6 h 00 (night to ")
                .doesNotContain("last night");
        String activity = session.get("/members/" + aroha + "/activity?range=7d").body();
        assertThat(activity).contains("today so far: 2,723 steps").contains("Goal reached on 1 of 1 days");
    }

    @Test
    void refusesAZoneThatIsNotOneAndSavesNothing() {
        PageSession session = PageSession.signIn(port);
        var answer = session.post("/", "/settings", Map.of("unit", "LB", "zone", "Mars/Olympus_Mons", "back", "/"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("is not a time zone").contains("Nothing was saved")
                .doesNotContain("Exception");
        assertThat(accounts.settings(accounts.loadUserByUsername(Household.EMAIL).userId()))
                .isEqualTo(UserSettings.DEFAULTS);
        // Said on the page the form came from too (the Settings page, a member's page), not only the overview.
        var fromSettings = session.post("/settings", "/settings",
                Map.of("unit", "LB", "zone", "Mars/Olympus_Mons", "back", "/settings"));
        assertThat(fromSettings.body()).contains("is not a time zone");
        var saved = session.post("/settings", "/settings", Map.of("unit", "KG", "zone", "", "back", "/settings"));
        assertThat(saved.body()).contains("Units and time zone saved.");
    }

    @Test
    void refusesAUnitThatIsNotOneOfTheFormsAndSavesNothing() {
        PageSession session = PageSession.signIn(port);
        for (var forged : List.of(Map.of("unit", "POUNDS"), Map.of("temperature", "KELVIN"),
                Map.of("distance", "FURLONG"))) {
            var form = new HashMap<String, String>(Map.of("unit", "LB", "zone", "Asia/Tokyo", "back", "/settings"));
            form.putAll(forged);
            var answer = session.post("/settings", "/settings", form);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).as(forged.toString()).contains("is not one of them")
                    .contains(forged.values().iterator().next()).contains("Nothing was saved")
                    .doesNotContain("Units and time zone saved.");
            assertThat(accounts.settings(accounts.loadUserByUsername(Household.EMAIL).userId()))
                    .isEqualTo(UserSettings.DEFAULTS);
        }
    }

    @Test
    void aZoneThatIsNotOneIsToldAtTheZoneFieldOfTheUnitsMenuWhichOpens() {
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/", "/settings", Map.of("unit", "LB", "temperature", "FAHRENHEIT",
                "distance", "MI", "zone", "Mars/Olympus_Mons", "back", "/", "form", "header"));

        assertThat(answer.uri().getPath()).isEqualTo("/");
        assertThat(answer.body()).contains("<details class=\"settings\" data-menu open=\"open\">");
        PageHtml page = new PageHtml(answer.body());
        var zone = page.field("header-zone");
        assertThat(zone.invalid()).isEqualTo("true");
        assertThat(zone.description()).containsExactly(NOT_A_ZONE,
                "Empty: each member's dates in their own Withings time zone. Saved to your account.");
        assertThat(zone.focused()).isTrue();
        assertThat(zone.value()).isEqualTo("Mars/Olympus_Mons");
        assertThat(page.autofocused()).containsExactly("header-zone");
        assertThat(page.field("header-unit")).isEqualTo(new PageHtml.Field(null, List.of(), "LB", false));
        assertThat(page.field("header-temperature").value()).isEqualTo("FAHRENHEIT");
        assertThat(page.field("header-distance").value()).isEqualTo("MI");
        assertThat(page.summary("header-error-summary")).containsExactly(new PageHtml.Line(NOT_A_ZONE, "#header-zone"));
        assertThat(accounts.settings(accounts.loadUserByUsername(Household.EMAIL).userId()))
                .isEqualTo(UserSettings.DEFAULTS);

        String next = session.get("/").body();
        assertThat(next).as("the next page starts afresh").contains("<details class=\"settings\" data-menu>");
        assertThat(new PageHtml(next).field("header-unit").value()).as("the saved unit").isEqualTo("KG");
    }

    @Test
    void aRefusalFromTheSettingsPageComesBackToItsFormNotToTheUnitsMenu() {
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/settings", "/settings", Map.of("unit", "ST", "zone", "Mars/Olympus_Mons",
                "back", "/settings", "form", "page"));

        PageHtml page = new PageHtml(answer.body());
        assertThat(page.field("page-zone").invalid()).isEqualTo("true");
        assertThat(page.field("page-zone").focused()).isTrue();
        assertThat(page.field("page-unit").value()).isEqualTo("ST");
        assertThat(page.summary("page-error-summary")).containsExactly(new PageHtml.Line(NOT_A_ZONE, "#page-zone"));
        assertThat(page.field("header-zone")).as("the Units menu of the same page")
                .isEqualTo(new PageHtml.Field(null, List.of("Empty: each member's dates in their own Withings time "
                        + "zone. Saved to your account."), "", false));
        assertThat(page.field("header-unit").value()).isEqualTo("KG");
        assertThat(page.summary("header-error-summary")).isEmpty();
        assertThat(answer.body()).contains("<details class=\"settings\" data-menu>");
    }

    @Test
    void aForgedUnitIsToldAtItsOwnField() {
        PageSession session = PageSession.signIn(port);

        var answer = session.post("/settings", "/settings", Map.of("unit", "KG", "temperature", "KELVIN",
                "distance", "FURLONG", "back", "/settings", "form", "page"));

        PageHtml page = new PageHtml(answer.body());
        assertThat(page.field("page-unit").invalid()).isNull();
        assertThat(page.field("page-temperature").description())
                .containsExactly("Choose the units from the lists: \u201cKELVIN\u201d is not one of them. Nothing was saved.");
        assertThat(page.field("page-distance").description())
                .containsExactly("Choose the units from the lists: \u201cFURLONG\u201d is not one of them. Nothing was saved.");
        assertThat(page.autofocused()).containsExactly("page-temperature");
    }
}
