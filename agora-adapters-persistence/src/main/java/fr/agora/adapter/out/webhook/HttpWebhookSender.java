package fr.agora.adapter.out.webhook;

import fr.agora.application.port.out.webhook.SendWebhookPort;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.webhook.WebhookEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends deliveries with the JDK HTTP client: the target's host is resolved and checked by the {@link PublicAddressGuard}
 * right before each attempt, redirects are never followed (a 3xx is a failed attempt, so a public URL cannot bounce to an
 * internal one), the response body is discarded, and every attempt is bounded by a timeout. The remaining gap — a name
 * whose DNS answer changes between the check and the connection (rebinding) — is closed only by pinning the address,
 * which the JDK 17 client cannot do while keeping TLS host verification; docs/webhooks.md says so.
 */
public class HttpWebhookSender implements SendWebhookPort {

    private final HttpClient client;
    private final PublicAddressGuard guard;
    private final boolean allowHttp;
    private final Duration timeout;

    public HttpWebhookSender(boolean allowInsecureTargets, Duration timeout) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        this.guard = new PublicAddressGuard(allowInsecureTargets);
        this.allowHttp = allowInsecureTargets;
        this.timeout = timeout;
    }

    @Override
    public void checkTarget(String url) {
        URI uri = WebhookEndpoint.checkUrl(url, allowHttp);
        guard.resolvePublic(uri.getHost());
    }

    @Override
    public SendResult send(URI url, Map<String, String> headers, String body) {
        try {
            checkTarget(url.toString());
        } catch (InvalidInputException e) {
            return new SendResult(null, "target refused: " + e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "AGOrA-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new SendResult(response.statusCode(), null);
        } catch (IOException e) {
            return new SendResult(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult(null, "interrupted");
        }
    }
}
