package fr.agora.application.port.out.webhook;

import java.net.URI;
import java.util.Map;

/**
 * POSTs one signed delivery. The adapter refuses targets whose resolved addresses are not public (unless configured
 * for tests) and never follows redirects; it never throws for a network error, it answers it.
 */
public interface SendWebhookPort {

    /** {@code statusCode} null when no HTTP answer came ({@code error} says why). */
    record SendResult(Integer statusCode, String error) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    SendResult send(URI url, Map<String, String> headers, String body);

    /** The shape and address check of a target at registration (400 naming {@code url} when refused). */
    void checkTarget(String url);
}
