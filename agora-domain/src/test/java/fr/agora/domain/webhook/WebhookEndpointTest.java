package fr.agora.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    @Test
    void only_https_urls_without_credentials_or_fragment_are_accepted() {
        assertThat(WebhookEndpoint.checkUrl("https://ent.example.fr/hooks?x=1", false).getHost()).isEqualTo("ent.example.fr");
        for (String bad : new String[] {"http://ent.example.fr/", "ftp://ent.example.fr/", "https://user:pw@ent.example.fr/", "https://ent.example.fr/#x",
                "https:///nohost", "not a url", "", "https://" + "a".repeat(2000)}) {
            assertThatThrownBy(() -> WebhookEndpoint.checkUrl(bad, false)).as(bad).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("url");
        }
        assertThat(WebhookEndpoint.checkUrl("http://127.0.0.1:8080/hook", true).getPort()).isEqualTo(8080);
    }

    @Test
    void event_types_parse_by_wire_name_only() {
        assertThat(WebhookEventType.parse("events[0]", " student.at_risk ")).isEqualTo(WebhookEventType.STUDENT_AT_RISK);
        assertThatThrownBy(() -> WebhookEventType.parse("events[2]", "STUDENT_AT_RISK")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("events[2]");
    }
}
