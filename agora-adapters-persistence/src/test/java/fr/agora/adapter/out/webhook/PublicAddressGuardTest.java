package fr.agora.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The SSRF guard on address literals (no DNS needed) and the sender refusing such targets before any connection. */
class PublicAddressGuardTest {

    final PublicAddressGuard strict = new PublicAddressGuard(false);

    @Test
    void loopback_private_link_local_and_other_special_ranges_are_refused() {
        for (String host : new String[] {"127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "198.18.0.1", "192.0.2.1", "[::1]", "::", "fe80::1", "fc00::1", "fd12:3456::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2001:db8::1", "localhost"}) {
            assertThatThrownBy(() -> strict.resolvePublic(host)).as(host).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("url");
        }
    }

    @Test
    void public_addresses_pass() throws Exception {
        for (String host : new String[] {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111"}) {
            assertThat(PublicAddressGuard.isPublic(InetAddress.getByName(host))).as(host).isTrue();
        }
        assertThat(strict.resolvePublic("1.1.1.1")).hasSize(1);
    }

    @Test
    void the_sender_refuses_a_private_target_without_connecting_and_tests_may_relax_it() {
        HttpWebhookSender production = new HttpWebhookSender(false, java.time.Duration.ofSeconds(1));
        assertThatThrownBy(() -> production.checkTarget("https://127.0.0.1/hook")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> production.checkTarget("http://8.8.8.8/hook")).isInstanceOf(InvalidInputException.class);
        var r = production.send(java.net.URI.create("https://10.0.0.1/hook"), java.util.Map.of(), "{}");
        assertThat(r.delivered()).isFalse();
        assertThat(r.statusCode()).isNull();
        assertThat(r.error()).startsWith("target refused");
        new HttpWebhookSender(true, java.time.Duration.ofSeconds(1)).checkTarget("http://127.0.0.1:1/hook");
    }
}
