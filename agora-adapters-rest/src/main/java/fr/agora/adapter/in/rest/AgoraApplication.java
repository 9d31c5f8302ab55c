package fr.agora.adapter.in.rest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the AGOrA server. Component scanning covers the REST adapter only; each feature's
 * {@code …Configuration} class instantiates its plain-Java use cases with {@code @Bean} methods, and the
 * persistence adapter (runtime dependency) plugs its out-port implementations in by auto-configuration.
 */
@SpringBootApplication
public class AgoraApplication {

    public static void main(String[] args) {
        SpringApplication.run(AgoraApplication.class, args);
    }
}
