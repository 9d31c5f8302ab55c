package fr.agora.archfixture;

import org.springframework.context.annotation.Configuration;

/** Test fixture (outside the application's component scan): wiring that keeps Spring's CGLIB proxy (configurations say {@code proxyBeanMethods = false}). */
@Configuration
public class ProxyingConfiguration {
}
