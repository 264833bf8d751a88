package dev.pulseboard.account.household;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.pulseboard.account.AccountException;
import dev.pulseboard.account.Accounts;
import dev.pulseboard.core.PrivateFiles;
import dev.pulseboard.core.Sha256;

/**
 * Who may set Pulseboard up. Until the first administrator exists, the first-run page and {@code POST /api/v1/setup}
 * make whoever uses them first the administrator: on a laptop that is the newcomer who just started it, but a server
 * reachable from the internet would be anyone's who found it first. So a set-up asked from another machine than the
 * server's (the client's address after the proxy's forwarded headers is not a loopback one) must give a setup code:
 * each instance makes one at its start while nobody has set it up and writes it to {@value #FILE} in its data
 * directory, readable by the server's account alone (never to the log); the database keeps their hashes, so any
 * instance takes any instance's code. The codes and the file go once the household is set up.
 */
@Component
public class SetupCodes {

    public static final String FILE = "setup-code.txt";
    /** The form field and JSON property of the code. */
    public static final String FIELD = "setupCode";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Logger log = LoggerFactory.getLogger(SetupCodes.class);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path file;
    private final SecureRandom random = new SecureRandom();

    SetupCodes(Accounts accounts, JdbcClient jdbc, Clock clock,
            @Value("${pulseboard.data-dir:./data}") String dataDir) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.file = Path.of(dataDir).resolve(FILE);
    }

    /**
     * At each start while nobody has set it up: a new code, in the file and (hashed) in the database. The code of this
     * data directory's earlier start, still in the file, is taken out of the database: a copy of an old file (a
     * backup of the directory, say) sets nothing up.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void issue() throws IOException {
        if (accounts.isSetUp()) {
            Files.deleteIfExists(file);
            return;
        }
        if (Files.isRegularFile(file)) {
            String earlier = normalized(Files.readString(file));
            jdbc.sql("delete from setup_code where code_hash = ?").param(Sha256.hex(earlier)).update();
        }
        String code = newCode();
        jdbc.sql("insert into setup_code (code_hash, created_at) values (?, ?)")
                .params(Sha256.hex(code), Timestamp.from(clock.instant())).update();
        PrivateFiles.directory(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file);
        PrivateFiles.ownerOnly(file);
        Files.writeString(file, code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8) + "\n",
                StandardCharsets.UTF_8);
        log.info("Not set up yet. Setting it up from this machine (localhost) needs nothing more; from any other, "
                + "the first-run page asks for the setup code in {} (readable by this server's account alone).",
                file.toAbsolutePath());
    }

    /** Whether a set-up from this client address must give a code: from any but a loopback address. */
    public boolean required(String clientAddress) {
        try {
            return clientAddress == null || !InetAddress.getByName(clientAddress).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return true;
        }
    }

    /** Refuses a set-up from this address without a code any instance made ({@link AccountException} FORBIDDEN). */
    public void check(String clientAddress, String code) {
        if (!required(clientAddress)) {
            return;
        }
        String given = normalized(code);
        boolean known = !given.isEmpty() && !jdbc.sql("select code_hash from setup_code where code_hash = ?")
                .param(Sha256.hex(given)).query(String.class).list().isEmpty();
        if (!known) {
            throw new AccountException(AccountException.Reason.FORBIDDEN, given.isEmpty()
                    ? "Setting Pulseboard up from another machine than the server needs the setup code: it is in "
                            + "the file " + FILE + " of the server's data directory."
                    : "That is not the setup code: it is in the file " + FILE + " of the server's data directory.",
                    FIELD);
        }
    }

    /** The household is set up: no code is needed or taken any more. */
    public void used() {
        jdbc.sql("delete from setup_code").update();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file.toAbsolutePath(), e.getMessage());
        }
    }

    /** A code as typed or read: upper case, without spaces or dashes; "" for none. */
    private static String normalized(String code) {
        return code == null ? "" : code.toUpperCase().replaceAll("[\\s-]", "");
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
