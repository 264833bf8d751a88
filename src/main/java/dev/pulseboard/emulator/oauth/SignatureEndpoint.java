package dev.pulseboard.emulator.oauth;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import dev.pulseboard.emulator.protocol.Envelope;
import dev.pulseboard.emulator.protocol.WithingsEndpoint;
import dev.pulseboard.emulator.protocol.WithingsException;
import dev.pulseboard.emulator.protocol.WithingsRequest;

/** {@code /v2/signature action=getnonce}. */
@RestController
@WithingsEndpoint
class SignatureEndpoint {

    private final SignatureVerifier signatures;

    SignatureEndpoint(SignatureVerifier signatures) {
        this.signatures = signatures;
    }

    @RequestMapping(path = "/v2/signature", method = { RequestMethod.GET, RequestMethod.POST })
    Map<String, Object> signature(HttpServletRequest http) {
        WithingsRequest request = new WithingsRequest(http);
        if (!"getnonce".equals(request.action())) {
            throw WithingsException.unknownAction(request.action());
        }
        return Envelope.ok(Map.of("nonce", signatures.issueNonce(request)));
    }
}
