package dev.pulseboard.emulator.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.pulseboard.emulator.EmulatorProperties;
import dev.pulseboard.emulator.oauth.ClientRegistry;
import dev.pulseboard.emulator.persona.PersonaStore;
import dev.pulseboard.emulator.persona.Personas;

/**
 * {@code GET {base}/}: a small HTML page that names the base URL, the personas with their user ids, the registered
 * clients and where the documentation is. Self-contained (no external assets).
 */
@Controller
class LandingController {

    private final PersonaStore personas;
    private final ClientRegistry clients;
    private final EmulatorProperties properties;

    LandingController(PersonaStore personas, ClientRegistry clients, EmulatorProperties properties) {
        this.personas = personas;
        this.clients = clients;
        this.properties = properties;
    }

    @GetMapping("/")
    String landing(HttpServletRequest http, Model model) {
        String origin = ServletUriComponentsBuilder.fromContextPath(http).replaceQuery(null).build().toUriString();
        model.addAttribute("baseUrl", origin + properties.basePath());
        model.addAttribute("base", properties.basePath());
        model.addAttribute("personas", Personas.ALL);
        model.addAttribute("generated", personas.generatedUsers().size());
        model.addAttribute("clients", clients.all());
        return "emulator/landing";
    }
}
