package dev.pulseboard.account;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.pulseboard.account.household.GrantExpiry;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** Delegating encoder: bcrypt today, with the algorithm id stored so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Every minute, once across instances: grants that ended by themselves go to the audit log. */
    @Bean
    RecurringTask<Void> grantExpiryTask(ObjectProvider<GrantExpiry> expiry) {
        return Tasks.recurring("grant-expiry", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> expiry.getObject().recordExpired());
    }
}
