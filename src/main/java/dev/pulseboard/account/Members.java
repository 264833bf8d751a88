package dev.pulseboard.account;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /** CR LF, CR, vertical tab, form feed, next line, line and paragraph separators: each is a line break. */
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|[\r\\x0B\f\\u0085\\u2028\\u2029]");

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

    /** A member added without anyone's doing (an invitation's new member: the acceptance is recorded). */
    @Transactional
    public Member add(HouseholdId household, String name) {
        return members.insert(household, freeName(household, null, name), clock.instant());
    }

    /** A member added by {@code by}, recorded in the audit log. */
    @Transactional
    public Member add(CurrentUser by, String name) {
        Member added = add(by.householdId(), name);
        changed(by, added.id(), HouseholdChanged.Change.MEMBER_ADDED, "member " + added.name() + " added");
        return added;
    }

    @Transactional
    public Member rename(CurrentUser by, MemberId id, String name) {
        Member before = get(by.householdId(), id);
        members.rename(id, freeName(by.householdId(), id, name));
        Member after = get(by.householdId(), id);
        if (!after.name().equals(before.name())) {
            changed(by, id, HouseholdChanged.Change.MEMBER_RENAMED, "renamed from " + before.name() + " to "
                    + after.name());
        }
        return after;
    }

    /** The age from which a member's own login may change their date of birth; before it, an administrator does. */
    public static final int OWN_BIRTH_DATE_FROM = 18;

    /**
     * Whether {@code by}, who may edit the member, may still not change their date of birth: a login that is not an
     * administrator, whose stored date of birth says they are under {@value #OWN_BIRTH_DATE_FROM} (a child would
     * otherwise turn the adult categories back on for themselves, and for the whole family's pages).
     */
    public boolean birthDateLocked(CurrentUser by, Member member) {
        return !by.isAdmin() && member.birthDate() != null
                && member.birthDate().plusYears(OWN_BIRTH_DATE_FROM).isAfter(LocalDate.now(clock));
    }

    /**
     * Sets the member's date of birth, or clears it ({@code null}); refused at the field {@code birthDate} when it
     * lies in the future or before 1900.
     */
    @Transactional
    public Member birthDate(CurrentUser by, MemberId id, LocalDate birthDate) {
        Member before = get(by.householdId(), id);
        if (birthDateLocked(by, before)) {
            throw new AccountException(AccountException.Reason.FORBIDDEN, "The date of birth of " + before.name()
                    + " says they are under " + OWN_BIRTH_DATE_FROM + ": an administrator of the household changes "
                    + "it (it decides which categories their pages show).");
        }
        if (birthDate != null && (birthDate.isAfter(LocalDate.now(clock)) || birthDate.getYear() < 1900)) {
            throw AccountException.invalid("birthDate", "A date of birth must lie between 1900 and today.");
        }
        members.birthDate(id, birthDate);
        if (!Objects.equals(before.birthDate(), birthDate)) {
            // Whether it was set, changed or removed; the date itself stays on the member's page, not in the log.
            changed(by, id, HouseholdChanged.Change.BIRTH_DATE_CHANGED, "date of birth " + (birthDate == null
                    ? "removed" : before.birthDate() == null ? "set" : "changed"));
        }
        return get(by.householdId(), id);
    }

    /**
     * Sets the note for the doctor on the member's blood-pressure report, or clears it (null or blank); refused at the
     * field {@code reportNote} when longer than {@value Member#REPORT_NOTE_MAX} characters or when it holds a control
     * character that is no line break or tab (a PDF cannot print one) or a direction control that reorders text
     * ({@link Validation#reordering}). Every kind of line break (a word processor's
     * vertical tab, a form's CR LF) is kept as a line break.
     */
    @Transactional
    public Member reportNote(CurrentUser by, MemberId id, String note) {
        Member before = get(by.householdId(), id);
        String kept = note == null || note.isBlank() ? null
                : LINE_BREAKS.matcher(Normalizer.normalize(note.strip(), Normalizer.Form.NFC)).replaceAll("\n");
        if (kept != null) {
            kept.codePoints().filter(c -> c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL)
                    .findFirst().ifPresent(c -> {
                        throw AccountException.invalid("reportNote", String.format("The note holds a control "
                                + "character (U+%04X) that cannot be printed: take it out.", c));
                    });
            kept.codePoints().filter(Validation::reordering).findFirst().ifPresent(c -> {
                // Each line takes its direction from its own letters; a doctor must read a dose as it was typed.
                throw AccountException.invalid("reportNote", String.format("The note holds an invisible direction "
                        + "control (U+%04X, often copied along with right-to-left text) that would print what follows "
                        + "it in another order, a dose's digits too: take it out.", c));
            });
        }
        if (kept != null && kept.codePointCount(0, kept.length()) > Member.REPORT_NOTE_MAX) {
            throw AccountException.invalid("reportNote", "A note for the report is at most " + Member.REPORT_NOTE_MAX
                    + " characters; this one has " + kept.codePointCount(0, kept.length()) + ".");
        }
        members.reportNote(id, kept);
        if (!Objects.equals(before.reportNote(), kept)) {
            // Whether it was written, changed or removed; the note itself stays on the member's page.
            changed(by, id, HouseholdChanged.Change.REPORT_NOTE_CHANGED, "note for the doctor's report " + (kept == null
                    ? "removed" : before.reportNote() == null ? "written" : "changed"));
        }
        return get(by.householdId(), id);
    }

    private void changed(CurrentUser by, MemberId member, HouseholdChanged.Change change, String detail) {
        events.publishEvent(new HouseholdChanged(by.householdId(), by.userId(), member, change, detail));
    }

    /**
     * The name, cleaned, unless another member of the household has it (ignoring case, and the other differences
     * {@link Validation#sameness} ignores): pickers, grants, exports and
     * the audit log name members by their names, and two Sams would be told apart by nothing. Refused at the field
     * {@code name}.
     */
    public String freeName(HouseholdId household, MemberId self, String name) {
        String clean = Validation.name(name, "member's name");
        Optional<Member> other = called(household, clean).filter(m -> !m.id().equals(self));
        if (other.isPresent()) {
            // Said with the name as typed: the household's own spelling is not for whoever may not see that member.
            throw AccountException.invalid("name", "There is already a member called " + clean
                    + " in the household: choose another name.");
        }
        return clean;
    }

    /**
     * Adds a member named by the identity provider, a name the person cannot change on the way in: when another member
     * has it, the new one gets a number, "Sam (2)", which an administrator or the person can change afterwards.
     */
    @Transactional
    public Member addNamedByProvider(HouseholdId household, String name) {
        Set<String> taken = members.findAll(household).stream().map(m -> Validation.sameness(m.name()))
                .collect(Collectors.toSet());
        String free = Validation.numbered(Validation.name(name, "member's name"),
                candidate -> taken.contains(Validation.sameness(candidate)));
        return members.insert(household, free, clock.instant());
    }

    private Optional<Member> called(HouseholdId household, String name) {
        String same = Validation.sameness(name);
        return members.findAll(household).stream().filter(m -> Validation.sameness(m.name()).equals(same))
                .findFirst();
    }

    /** Removes the member and, through {@link MemberRemoved}, everything kept for them. */
    @Transactional
    public void remove(HouseholdId household, MemberId id) {
        get(household, id);
        events.publishEvent(new MemberRemoved(household, id));
        members.delete(id);
    }
}
