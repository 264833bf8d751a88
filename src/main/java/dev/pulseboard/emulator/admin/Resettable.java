package dev.pulseboard.emulator.admin;

import org.springframework.stereotype.Component;

import dev.pulseboard.emulator.endpoint.PageCache;
import dev.pulseboard.emulator.notify.Notifier;
import dev.pulseboard.emulator.notify.Subscriptions;
import dev.pulseboard.emulator.oauth.ClientRegistry;
import dev.pulseboard.emulator.oauth.SignatureVerifier;
import dev.pulseboard.emulator.oauth.TokenStore;
import dev.pulseboard.emulator.persona.PersonaStore;
import dev.pulseboard.emulator.protocol.RequestGate;

/** Everything that {@code _admin/reset} puts back to its initial state. */
@Component
public class Resettable {

    private final PersonaStore store;
    private final ClientRegistry clients;
    private final TokenStore tokens;
    private final SignatureVerifier signatures;
    private final Subscriptions subscriptions;
    private final Notifier notifier;
    private final RequestGate gate;
    private final PageCache pages;

    Resettable(PersonaStore store, ClientRegistry clients, TokenStore tokens, SignatureVerifier signatures,
            Subscriptions subscriptions, Notifier notifier, RequestGate gate, PageCache pages) {
        this.pages = pages;
        this.store = store;
        this.clients = clients;
        this.tokens = tokens;
        this.signatures = signatures;
        this.subscriptions = subscriptions;
        this.notifier = notifier;
        this.gate = gate;
    }

    public void resetAll() {
        store.reset();
        clients.reset();
        tokens.reset();
        signatures.reset();
        subscriptions.reset();
        notifier.reset();
        gate.reset();
        pages.clear();
    }
}
