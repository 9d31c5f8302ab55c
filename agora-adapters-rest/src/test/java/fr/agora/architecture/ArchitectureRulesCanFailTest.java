package fr.agora.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import fr.agora.archfixture.ProxyingConfiguration;
import fr.agora.adapter.in.rest.archfixture.RestImplementingOutPort;
import fr.agora.adapter.in.rest.archfixture.RestUsingPersistence;
import fr.agora.adapter.in.rest.archfixture.RestUsingServiceDirectly;
import fr.agora.adapter.out.persistence.archfixture.PersistenceUsingRest;
import fr.agora.application.archfixture.ApplicationUsingJakarta;
import fr.agora.application.archfixture.PlainApplicationClass;
import fr.agora.application.port.in.archfixture.BadlyNamedInPort;
import fr.agora.application.port.in.archfixture.InPortUsingOutPortUseCase;
import fr.agora.application.port.out.archfixture.BadlyNamedOutContract;
import fr.agora.application.port.out.archfixture.FixtureLoadPort;
import fr.agora.application.port.out.archfixture.OutPortUsingInPortPort;
import fr.agora.application.service.archfixture.FixtureService;
import fr.agora.application.service.archfixture.Helper;
import fr.agora.application.service.archfixture.OpenService;
import fr.agora.archfixture.MisplacedEndpoint;
import fr.agora.domain.archfixture.DomainUsingApplication;
import fr.agora.domain.archfixture.DomainUsingSpring;
import fr.agora.domain.archcyclea.CycleA;
import fr.agora.domain.archcycleb.CycleB;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule, run against deliberate violations kept in test sources: each must fail. This is what
 * proves the rules of {@link ArchitectureTest} guard something (an ArchUnit rule over a misspelt package passes).
 */
class ArchitectureRulesCanFailTest {

    private static JavaClasses importOf(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertFails(ArchRule rule, Class<?>... violators) {
        assertThatThrownBy(() -> rule.check(importOf(violators)))
                .as("rule '%s' must fail on %s", rule.getDescription(), java.util.Arrays.toString(violators))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void domain_using_spring_is_caught() {
        assertFails(ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY, DomainUsingSpring.class);
        assertFails(ArchitectureRules.NO_FRAMEWORK_IN_THE_CORE, DomainUsingSpring.class);
    }

    @Test
    void domain_reaching_into_the_application_is_caught() {
        assertFails(ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY, DomainUsingApplication.class);
        assertFails(ArchitectureRules.HEXAGON, DomainUsingApplication.class, PlainApplicationClass.class,
                RestUsingServiceDirectly.class, FixtureService.class, PersistenceUsingRest.class);
    }

    @Test
    void jakarta_in_the_application_is_caught() {
        assertFails(ArchitectureRules.APPLICATION_IS_PLAIN_JAVA, ApplicationUsingJakarta.class);
        assertFails(ArchitectureRules.NO_FRAMEWORK_IN_THE_CORE, ApplicationUsingJakarta.class);
    }

    @Test
    void adapters_depending_on_each_other_are_caught() {
        assertFails(ArchitectureRules.REST_DOES_NOT_USE_PERSISTENCE, RestUsingPersistence.class);
        assertFails(ArchitectureRules.PERSISTENCE_DOES_NOT_USE_REST, PersistenceUsingRest.class);
    }

    @Test
    void port_hygiene_violations_are_caught() {
        assertFails(ArchitectureRules.IN_PORTS_IGNORE_OUT_PORTS, InPortUsingOutPortUseCase.class);
        assertFails(ArchitectureRules.OUT_PORTS_IGNORE_IN_PORTS, OutPortUsingInPortPort.class);
        assertFails(ArchitectureRules.REST_TALKS_TO_PORTS_NOT_SERVICES, RestUsingServiceDirectly.class);
        assertFails(ArchitectureRules.PERSISTENCE_IMPLEMENTS_OUT_PORTS_ONLY, PersistenceUsingRest.class);
        assertFails(ArchitectureRules.INBOUND_ADAPTERS_DO_NOT_IMPLEMENT_OUT_PORTS, RestImplementingOutPort.class, FixtureLoadPort.class);
    }

    @Test
    void naming_violations_are_caught() {
        assertFails(ArchitectureRules.USE_CASES_ARE_NAMED, BadlyNamedInPort.class);
        assertFails(ArchitectureRules.OUT_PORTS_ARE_NAMED, BadlyNamedOutContract.class);
        assertFails(ArchitectureRules.SERVICES_ARE_NAMED, Helper.class);
        assertFails(ArchitectureRules.CONTROLLERS_ARE_NAMED_AND_PLACED, MisplacedEndpoint.class);
    }

    @Test
    void convention_violations_are_caught() {
        assertFails(ArchitectureRules.SERVICES_ARE_FINAL, OpenService.class);
        assertFails(ArchitectureRules.CONFIGURATIONS_DO_NOT_PROXY, ProxyingConfiguration.class);
    }

    @Test
    void conforming_services_and_configurations_pass() {
        ArchitectureRules.SERVICES_ARE_FINAL.check(importOf(FixtureService.class));
        ArchitectureRules.CONFIGURATIONS_DO_NOT_PROXY.check(importOf(ConformingConfiguration.class));
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class ConformingConfiguration {
    }

    @Test
    void cycles_are_caught() {
        assertFails(ArchitectureRules.NO_CYCLES_BETWEEN_DOMAIN_CONCEPTS, CycleA.class, CycleB.class);
    }
}
