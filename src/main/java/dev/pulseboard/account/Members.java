package dev.pulseboard.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.store.MemberRepository;
import dev.pulseboard.core.HouseholdId;
import dev.pulseboard.core.MemberId;

/**
 * The members of a household. Every lookup is scoped to a household, so a member of another household is
 * indistinguishable from one that does not exist.
 */
@Service
public class Members {

    private final MemberRepository members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Members(MemberRepository members, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    public List<Member> list(HouseholdId household) {
        return members.findAll(household);
    }

    public Optional<Member> find(HouseholdId household, MemberId id) {
        return members.find(household, id);
    }

    /** The member, or {@link AccountException.Reason#NOT_FOUND} (also for another household's member). */
    public Member get(HouseholdId household, MemberId id) {
        return find(household, id).orElseThrow(() -> new AccountException(AccountException.Reason.NOT_FOUND,
                "There is no member " + id + " in your household."));
    }

    @Transactional
    public Member add(HouseholdId household, String name) {
        return members.insert(household, Validation.name(name, "member's name"), clock.instant());
    }

    @Transactional
    public Member rename(HouseholdId household, MemberId id, String name) {
        get(household, id);
        members.rename(id, Validation.name(name, "member's name"));
        return get(household, id);
    }

    /** Removes the member and, through {@link MemberRemoved}, everything kept for them. */
    @Transactional
    public void remove(HouseholdId household, MemberId id) {
        get(household, id);
        events.publishEvent(new MemberRemoved(household, id));
        members.delete(id);
    }
}
