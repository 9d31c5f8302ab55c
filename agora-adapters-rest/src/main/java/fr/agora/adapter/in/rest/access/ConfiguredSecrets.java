package fr.agora.adapter.in.rest.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Reads a secret (or a secret's hash) from configuration the way every secret of the server is read: from a file
 * named by {@code <property>-file} (e.g. a mounted secret) or from the environment / a configuration file; given on
 * the command line or as a {@code -D} system property — both visible to every user through {@code ps} — it is refused
 * and the server does not start.
 */
final class ConfiguredSecrets {

    private ConfiguredSecrets() {
    }

    /** The value from its file or its property; null when neither is set. */
    static String read(ConfigurableEnvironment env, String property, String environmentVariable) {
        String fileProperty = property + "-file";
        for (String name : new String[] {property, fileProperty}) {
            for (PropertySource<?> source : env.getPropertySources()) {
                if (source.containsProperty(name)) {
                    String origin = source.getName();
                    if (origin.equals("commandLineArgs") || origin.equals("systemProperties")) {
                        throw new IllegalStateException("Refusing " + name + " from " + origin + " (visible to every user "
                                + "through ps): put it in a file named by " + fileProperty + " or in the environment variable "
                                + environmentVariable);
                    }
                    break;
                }
            }
        }
        String file = env.getProperty(fileProperty);
        if (file != null && !file.isBlank()) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + fileProperty + " " + file + ": " + e.getMessage(), e);
            }
        }
        String inline = env.getProperty(property);
        return inline == null || inline.isBlank() ? null : inline.strip();
    }
}
