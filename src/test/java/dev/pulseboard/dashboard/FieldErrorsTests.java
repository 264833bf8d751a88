package dev.pulseboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.Validation;

class FieldErrorsTests {

    @Test
    void tiesEachRefusalToItsFieldInTheOrderTheChecksRan() {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Validation.name(" ", "name"));
        errors.check(() -> Validation.email("ada@example.org"));
        errors.check(() -> Validation.password("short"));
        errors.check(() -> Validation.typedTwice("short", "shorter"));

        assertThat(errors.any()).isTrue();
        assertThat(errors.of("name")).isEqualTo("The name must not be empty.");
        assertThat(errors.has("email")).isFalse();
        assertThat(errors.of("password")).as("a field keeps its first message")
                .isEqualTo("The password must have at least 8 characters.");
        assertThat(errors.first("name")).isTrue();
        assertThat(errors.first("password")).isFalse();
        assertThat(errors.summary()).extracting(FieldErrors.Line::field).containsExactly("name", "password");
    }

    @Test
    void describesAFieldWithItsErrorFirstThenItsHints() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.describedBy("password", "password-hint")).isEqualTo("password-hint");
        assertThat(errors.describedBy("email")).isNull();
        assertThat(errors.invalid("password")).isNull();

        errors.check(() -> Validation.typedTwice("one password", "another"));

        assertThat(errors.describedBy("password", "password-hint")).isEqualTo("password-error password-hint");
        assertThat(errors.invalid("password")).isEqualTo("true");
    }

    @Test
    void keepsAMessageAboutNoFieldForTheSummaryOnly() {
        FieldErrors errors = new FieldErrors();
        errors.add(new AccountException(AccountException.Reason.INVALID, "You sign in with the identity provider."));

        assertThat(errors.summary()).containsExactly(new FieldErrors.Line(null, "You sign in with the identity provider."));
        assertThat(errors.first("current")).isFalse();
    }

    @Test
    void keepsWhatWasTypedForThePageToFillInAgain() {
        FieldErrors errors = new FieldErrors().typed("name", " ").typed("days", "30");
        errors.add("name", "The member's name must not be empty.");

        assertThat(errors.value("name", "")).isEqualTo(" ");
        assertThat(errors.value("until", "2027-03-01")).as("not typed: what the page shows anyway")
                .isEqualTo("2027-03-01");
        assertThat(errors.selected("days", 30, false)).isTrue();
        assertThat(errors.selected("days", 7, true)).as("the default gives way to the choice").isFalse();
        assertThat(new FieldErrors().selected("days", 7, true)).isTrue();
    }

    @Test
    void namesTheIdsOfAFormShownTwiceAfterItAndShowsItsErrorsInItOnly() {
        FieldErrors errors = FieldErrors.prefixed("header").typed("zone", "Mars");
        errors.add("zone", "Not a time zone.");

        assertThat(errors.id("zone")).isEqualTo("header-zone");
        assertThat(errors.describedBy("zone", errors.id("zone-help"))).isEqualTo("header-zone-error header-zone-help");
        assertThat(errors.forForm("header")).isSameAs(errors);
        FieldErrors other = errors.forForm("page");
        assertThat(other.none()).isTrue();
        assertThat(other.value("zone", "")).isEmpty();
        assertThat(other.id("zone")).isEqualTo("page-zone");
        assertThat(new FieldErrors().id("zone")).isEqualTo("zone");
    }

    @Test
    void survivesTheSessionItIsKeptInAcrossARedirect() throws Exception {
        FieldErrors errors = FieldErrors.prefixed("page").typed("zone", "Mars");
        errors.add("zone", "Not a time zone.");
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(errors);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            FieldErrors back = (FieldErrors) in.readObject();
            assertThat(back.summary()).containsExactly(new FieldErrors.Line("zone", "Not a time zone."));
            assertThat(back.value("zone", "")).isEqualTo("Mars");
            assertThat(back.errorId("zone")).isEqualTo("page-zone-error");
        }
    }

    @Test
    void letsOtherRefusalsGoOnUp() {
        FieldErrors errors = new FieldErrors();
        assertThatThrownBy(() -> errors.check(() -> {
            throw new AccountException(AccountException.Reason.GONE, "Used.");
        })).isInstanceOf(AccountException.class);
        assertThat(errors.none()).isTrue();
    }
}
