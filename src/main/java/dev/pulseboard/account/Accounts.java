package dev.pulseboard.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.pulseboard.account.store.UserRepository;
import dev.pulseboard.account.store.UserSettingsRepository;
import dev.pulseboard.core.HouseholdId;

/** Pulseboard's own users: first-run setup and the lookups that sign-in needs. */
@Service
public class Accounts implements UserDetailsService {

    private final UserRepository users;
    private final UserSettingsRepository settings;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(UserRepository users, UserSettingsRepository settings, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Every household of the installation: what happened to the whole server is told in each one's audit log. */
    public List<HouseholdId> households() {
        return users.households();
    }

    public boolean isSetUp() {
        return users.count() > 0;
    }

    /** Creates the first administrator and their household; refused once any user exists. */
    @Transactional
    public CurrentUser setUp(String email, String password, String name) {
        if (isSetUp()) {
            // Whatever the request holds: once set up, the answer is the same (409), not a field's complaint.
            throw alreadySetUp();
        }
        String cleanEmail = Validation.email(email);
        String cleanName = Validation.name(name, "name");
        Validation.password(password);
        if (!users.lockForSetup()) {
            throw alreadySetUp();
        }
        HouseholdId household = users.insertHousehold(cleanName + "'s household", clock.instant());
        long id = users.insertUser(household, cleanEmail, passwordEncoder.encode(password), cleanName,
                CurrentUser.Role.ADMIN, null, clock.instant());
        return users.findById(id).orElseThrow();
    }

    private static AccountException alreadySetUp() {
        return new AccountException(AccountException.Reason.ALREADY_SET_UP,
                "Pulseboard is already set up; sign in instead.");
    }

    /** The user's units and time zone; the defaults until they save their own. */
    public UserSettings settings(long userId) {
        return settings.find(userId).orElse(UserSettings.DEFAULTS);
    }

    @Transactional
    public void updateSettings(long userId, UserSettings updated) {
        settings.save(userId, updated == null ? UserSettings.DEFAULTS : updated);
    }

    public Optional<CurrentUser> findUser(long userId) {
        return users.findById(userId);
    }

    /** When the user's password last changed; sessions signed in before then are over. */
    public Optional<Instant> passwordChangedAt(long userId) {
        return users.passwordChangedAt(userId);
    }

    @Override
    public CurrentUser loadUserByUsername(String email) {
        String canonical = email == null ? null : Validation.canonicalEmail(email);
        return users.findByEmail(canonical == null ? "" : canonical)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
