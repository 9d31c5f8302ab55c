package fr.agora.adapter.out.persistence.badge;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.Profiles;

/**
 * Reads the key-encryption keys of the badge signing keys from configuration:
 * <pre>
 * agora.badges.key-encryption.current-key-id: k2026b           # encrypts new keys; stored keys move to it at start-up
 * agora.badges.key-encryption.keys.k2026b: &lt;base64 of 32 random bytes&gt;   # openssl rand -base64 32
 * agora.badges.key-encryption.keys.k2026a: &lt;the previous KEK, until the start-up re-encryption ran&gt;
 * </pre>
 * from the environment ({@code AGORA_BADGES_KEYENCRYPTION_CURRENTKEYID}, {@code AGORA_BADGES_KEYENCRYPTION_KEYS_K2026B})
 * or from files (Spring Boot's {@code spring.config.import=configtree:/run/secrets/}), like the other secrets; given on
 * the command line or as {@code -D} system properties — visible to every user through {@code ps} — they are refused.
 * In production (the {@code postgres} profile, or {@code agora.badges.key-encryption.required=true}) the server does
 * not start without a KEK; elsewhere the published development KEK is used and a warning says so at every start.
 */
final class BadgeKeyEncryptionSettings {

    static final String PREFIX = "agora.badges.key-encryption";
    private static final Logger LOG = LoggerFactory.getLogger(BadgeKeyEncryptionSettings.class);

    private BadgeKeyEncryptionSettings() {
    }

    static BadgeKeyEncryption from(ConfigurableEnvironment env) {
        refuseVisibleSources(env);
        Map<String, String> configured = Binder.get(env).bind(PREFIX + ".keys", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Map<String, byte[]> keks = new LinkedHashMap<>();
        configured.forEach((kid, base64) -> {
            try {
                keks.put(kid, Base64.getDecoder().decode(base64.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PREFIX + ".keys." + kid + " is not base64", e);
            }
        });
        if (keks.isEmpty()) {
            if (env.acceptsProfiles(Profiles.of("postgres")) || env.getProperty(PREFIX + ".required", Boolean.class, false)) {
                throw new IllegalStateException("Refusing to start: no " + PREFIX + ".keys configured, and the badge signing keys must not "
                        + "be stored under the published development key in production. Set " + PREFIX + ".current-key-id and "
                        + PREFIX + ".keys.<id> (base64 of 32 random bytes) in the environment or a mounted secret file (docs/badges.md).");
            }
            LOG.warn("**********************************************************************************************");
            LOG.warn("No {}.keys configured: the schools' badge signing keys are encrypted with the PUBLISHED", PREFIX);
            LOG.warn("development key '{}', which protects nothing. Configure a key-encryption key before real use", BadgeKeyEncryption.DEV_KEK_ID);
            LOG.warn("(docs/badges.md); keys stored meanwhile are re-encrypted with it at the next start.");
            LOG.warn("**********************************************************************************************");
            return BadgeKeyEncryption.developmentDefault();
        }
        String current = env.getProperty(PREFIX + ".current-key-id", "").trim();
        if (current.isEmpty()) {
            if (keks.size() > 1) {
                throw new IllegalStateException("Several " + PREFIX + ".keys " + keks.keySet() + ": name the one that encrypts with "
                        + PREFIX + ".current-key-id");
            }
            current = keks.keySet().iterator().next();
        }
        return new BadgeKeyEncryption(current, keks);
    }

    /** Secrets on the command line or in system properties are readable by every local user ({@code ps}). */
    private static void refuseVisibleSources(ConfigurableEnvironment env) {
        for (PropertySource<?> source : env.getPropertySources()) {
            if (!(source.getName().equals("commandLineArgs") || source.getName().equals("systemProperties"))) continue;
            if (source instanceof EnumerablePropertySource<?> names) {
                for (String name : names.getPropertyNames()) {
                    if (name.startsWith(PREFIX + ".keys")) {
                        throw new IllegalStateException("Refusing " + name + " from " + source.getName() + " (visible to every user through ps): "
                                + "give the key-encryption keys in the environment or in a mounted secret file");
                    }
                }
            }
        }
    }
}
