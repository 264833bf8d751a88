package dev.pulseboard.emulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.protocol.WithingsException;

/** The partner apps known to the emulator: from {@code pulseboard.emulator.clients} and {@code POST _admin/clients}. */
@Component
public class ClientRegistry {

    private final EmulatorProperties properties;
    private final Map<String, EmulatorProperties.Client> clients = new ConcurrentHashMap<>();

    ClientRegistry(EmulatorProperties properties) {
        this.properties = properties;
        reset();
    }

    public void register(EmulatorProperties.Client client) {
        if (client.clientId() == null || client.clientId().isBlank()
                || client.clientSecret() == null || client.clientSecret().isBlank()) {
            throw new IllegalArgumentException("clientId and clientSecret are required");
        }
        clients.put(client.clientId(), client);
    }

    /** Forgets clients added through the admin API; keeps the configured ones. */
    public void reset() {
        clients.clear();
        properties.clients().forEach(this::register);
    }

    public Optional<EmulatorProperties.Client> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }

    List<String> clientIds() {
        return List.copyOf(clients.keySet());
    }

    /** Every registered client, by client id. */
    public List<EmulatorProperties.Client> all() {
        return clients.values().stream().sorted(Comparator.comparing(EmulatorProperties.Client::clientId))
                .toList();
    }

    public boolean allowsRedirect(String clientId, String redirectUri) {
        return find(clientId).map(c -> c.redirectUris().contains(redirectUri)).orElse(false);
    }

    /** The client, if the secret matches; otherwise the status Withings gives for bad client credentials. */
    EmulatorProperties.Client authenticate(String clientId, String clientSecret) {
        EmulatorProperties.Client client = find(clientId)
                .orElseThrow(() -> WithingsException.invalidParams("invalid client_id or client_secret"));
        if (clientSecret == null || !MessageDigest.isEqual(client.clientSecret().getBytes(StandardCharsets.UTF_8),
                clientSecret.getBytes(StandardCharsets.UTF_8))) {
            throw WithingsException.invalidParams("invalid client_id or client_secret");
        }
        return client;
    }
}
