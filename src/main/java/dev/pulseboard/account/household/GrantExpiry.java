package dev.pulseboard.account.household;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.HouseholdChanged;
import dev.pulseboard.account.store.GrantRepository;

/**
 * Writes each grant that ended by itself to the audit log, once, within a minute of its end. The grant stopped
 * working at its end already: every permission check compares the end with the clock; this only records it.
 */
@Component
public class GrantExpiry {

    private final GrantRepository grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantExpiry(GrantRepository grants, ApplicationEventPublisher events, Clock clock) {
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public int recordExpired() {
        var expired = grants.takeExpired(clock.instant());
        expired.forEach(e -> events.publishEvent(new HouseholdChanged(e.household(), null, e.member(),
                HouseholdChanged.Change.GRANT_EXPIRED, e.access().name().toLowerCase() + " access to "
                        + e.memberName() + " for " + e.granteeName() + " ended")));
        return expired.size();
    }
}
