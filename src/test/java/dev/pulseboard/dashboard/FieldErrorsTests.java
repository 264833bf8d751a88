package dev.pulseboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void letsOtherRefusalsGoOnUp() {
        FieldErrors errors = new FieldErrors();
        assertThatThrownBy(() -> errors.check(() -> {
            throw new AccountException(AccountException.Reason.GONE, "Used.");
        })).isInstanceOf(AccountException.class);
        assertThat(errors.none()).isTrue();
    }
}
