package fr.agora.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

/**
 * The architecture, as rules. Kept apart from the test that applies them so that {@link ArchitectureRulesCanFailTest}
 * can run each rule against deliberate violations and prove that it is able to fail (a rule that names a package
 * nobody uses passes vacuously and guards nothing).
 */
final class ArchitectureRules {

    static final String DOMAIN = "fr.agora.domain..";
    static final String APPLICATION = "fr.agora.application..";
    static final String IN_PORTS = "fr.agora.application.port.in..";
    static final String OUT_PORTS = "fr.agora.application.port.out..";
    static final String SERVICES = "fr.agora.application.service..";
    static final String REST = "fr.agora.adapter.in.rest..";
    static final String INBOUND_ADAPTERS = "fr.agora.adapter.in..";
    static final String PERSISTENCE = "fr.agora.adapter.out.persistence..";
    /** Outbound format adapters living in the REST module, plugged in by auto-configuration like persistence. */
    static final String BADGE_SIGNER = "fr.agora.adapter.out.badge..";
    static final String EINVOICE = "fr.agora.adapter.out.einvoice..";

    private ArchitectureRules() {
    }

    /**
     * The domain is a plain jar: the JDK and itself, nothing else (not even the application layer). {@code javax.crypto}
     * is java.base too: the Standard Webhooks signature (HMAC-SHA256) is a domain rule.
     */
    static final ArchRule DOMAIN_DEPENDS_ON_JDK_ONLY = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "javax.crypto..")
            .as("the domain depends on the JDK only");

    /** Use cases are plain Java: the JDK (its {@code javax.crypto} too: java.base), the domain and themselves. */
    static final ArchRule APPLICATION_IS_PLAIN_JAVA = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "javax.crypto..")
            .as("the application layer depends on the JDK and the domain only");

    /** No framework type leaks inward, whatever the module graph allows. */
    static final ArchRule NO_FRAMEWORK_IN_THE_CORE = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.persistence..", "com.fasterxml..", "tools.jackson..",
                    "org.mapstruct..", "io.swagger..", "org.flywaydb..", "java.sql..", "javax.sql..")
            .as("no framework, persistence or JSON type in the domain or the application layer");

    /**
     * The hexagon as ArchUnit's onion: domain at the centre, then the ports (the contracts, in ArchUnit's "domain
     * service" ring: they may name domain types but no implementation), then the services implementing the in-ports,
     * and the adapters outside, talking to the core and never to each other.
     */
    static final ArchRule HEXAGON = onionArchitecture()
            .domainModels(DOMAIN)
            .domainServices("fr.agora.application.port..")
            .applicationServices(SERVICES)
            .adapter("rest", REST)
            .adapter("persistence", PERSISTENCE)
            .adapter("webhook-sender", "fr.agora.adapter.out.webhook..")
            .adapter("badge signer", BADGE_SIGNER)
            .adapter("e-invoice format", EINVOICE)
            .withOptionalLayers(false);

    static final ArchRule REST_DOES_NOT_USE_PERSISTENCE = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .as("the REST adapter never depends on the persistence adapter");

    static final ArchRule PERSISTENCE_DOES_NOT_USE_REST = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(REST)
            .as("the persistence adapter never depends on the REST adapter");

    /** In-ports and out-ports are independent contracts. */
    static final ArchRule IN_PORTS_IGNORE_OUT_PORTS = noClasses().that().resideInAPackage(IN_PORTS)
            .should().dependOnClassesThat().resideInAnyPackage(OUT_PORTS, SERVICES)
            .as("in-ports depend neither on out-ports nor on services");

    static final ArchRule OUT_PORTS_IGNORE_IN_PORTS = noClasses().that().resideInAPackage(OUT_PORTS)
            .should().dependOnClassesThat().resideInAnyPackage(IN_PORTS, SERVICES)
            .as("out-ports depend neither on in-ports nor on services");

    /** Controllers talk to use cases (in-ports); only the wiring ({@code @Configuration}) may name a service. */
    static final ArchRule REST_TALKS_TO_PORTS_NOT_SERVICES = noClasses().that().resideInAPackage(REST)
            .and().areNotAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .as("REST classes other than @Configuration wiring use in-ports, never services");

    static final ArchRule PERSISTENCE_IMPLEMENTS_OUT_PORTS_ONLY = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(IN_PORTS, SERVICES)
            .as("the persistence adapter implements out-ports and uses neither in-ports nor services");

    /**
     * Out-ports are implemented by the outbound adapters: an inbound adapter implementing one would make the core call
     * back up into the web layer (and from there down again through an in-port), the detour the framework port took.
     */
    static final ArchRule INBOUND_ADAPTERS_DO_NOT_IMPLEMENT_OUT_PORTS = noClasses().that().resideInAPackage(INBOUND_ADAPTERS)
            .should().implement(JavaClass.Predicates.resideInAPackage(OUT_PORTS))
            .as("nothing in the inbound adapters implements an out-port");

    /**
     * A sealed marker without operations (the {@code Principal} a use case may take: a caller or the platform operator)
     * is a type of the in-port's data, like a command record, not a port.
     */
    static final ArchRule USE_CASES_ARE_NAMED = classes().that().resideInAPackage(IN_PORTS).and().areInterfaces()
            .and(DescribedPredicate.describe("declare an operation or are not sealed",
                    (JavaClass c) -> !c.getMethods().isEmpty() || !c.reflect().isSealed()))
            .should().haveSimpleNameEndingWith("UseCase")
            .as("in-port interfaces are named …UseCase");

    static final ArchRule OUT_PORTS_ARE_NAMED = classes().that().resideInAPackage(OUT_PORTS).and().areInterfaces()
            .should().haveSimpleNameEndingWith("Port")
            .as("out-port interfaces are named …Port");

    /** A class implementing a use case is a service and says so; its collaborators (shared look-ups) need not. */
    static final ArchRule SERVICES_ARE_NAMED = classes().that().resideInAPackage(SERVICES)
            .and().areTopLevelClasses().and().areNotInterfaces()
            .and().implement(JavaClass.Predicates.resideInAPackage(IN_PORTS))
            .should().haveSimpleNameEndingWith("Service")
            .as("application classes implementing an in-port are named …Service");

    /** A use case is not extended: services are {@code final} (the conventions; a subclass would bypass its rules). */
    static final ArchRule SERVICES_ARE_FINAL = classes().that().resideInAPackage(SERVICES)
            .and().areTopLevelClasses().and().haveSimpleNameEndingWith("Service")
            .should().haveModifier(JavaModifier.FINAL)
            .as("services are final");

    /**
     * Wiring builds each service once and never calls its own {@code @Bean} methods, so no CGLIB proxy is needed:
     * every {@code @Configuration} says {@code proxyBeanMethods = false} explicitly.
     */
    static final ArchRule CONFIGURATIONS_DO_NOT_PROXY = classes().that().areAnnotatedWith(Configuration.class)
            .should().beAnnotatedWith(DescribedPredicate.describe("@Configuration(proxyBeanMethods = false)",
                    (JavaAnnotation<?> annotation) -> annotation.getRawType().isEquivalentTo(Configuration.class)
                            && Boolean.FALSE.equals(annotation.get("proxyBeanMethods").orElse(Boolean.TRUE))))
            .as("@Configuration classes say proxyBeanMethods = false");

    static final ArchRule CONTROLLERS_ARE_NAMED_AND_PLACED = classes().that().areAnnotatedWith(RestController.class)
            .should().haveSimpleNameEndingWith("Controller").andShould().resideInAPackage(REST)
            .as("@RestController classes are named …Controller and live in the REST adapter");

    static final ArchRule NO_CYCLES_BETWEEN_DOMAIN_CONCEPTS = slices().matching("fr.agora.domain.(*)..")
            .should().beFreeOfCycles()
            .as("domain concepts (packages under fr.agora.domain) are free of cycles");

}
