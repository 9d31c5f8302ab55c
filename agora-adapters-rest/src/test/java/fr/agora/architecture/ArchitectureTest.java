package fr.agora.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Applies every rule of {@link ArchitectureRules} to the production classes of all four modules. */
@AnalyzeClasses(packages = "fr.agora", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_on_jdk_only = ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY;
    @ArchTest
    static final ArchRule application_is_plain_java = ArchitectureRules.APPLICATION_IS_PLAIN_JAVA;
    @ArchTest
    static final ArchRule no_framework_in_the_core = ArchitectureRules.NO_FRAMEWORK_IN_THE_CORE;
    @ArchTest
    static final ArchRule hexagon = ArchitectureRules.HEXAGON;
    @ArchTest
    static final ArchRule rest_does_not_use_persistence = ArchitectureRules.REST_DOES_NOT_USE_PERSISTENCE;
    @ArchTest
    static final ArchRule persistence_does_not_use_rest = ArchitectureRules.PERSISTENCE_DOES_NOT_USE_REST;
    @ArchTest
    static final ArchRule in_ports_ignore_out_ports = ArchitectureRules.IN_PORTS_IGNORE_OUT_PORTS;
    @ArchTest
    static final ArchRule out_ports_ignore_in_ports = ArchitectureRules.OUT_PORTS_IGNORE_IN_PORTS;
    @ArchTest
    static final ArchRule rest_talks_to_ports_not_services = ArchitectureRules.REST_TALKS_TO_PORTS_NOT_SERVICES;
    @ArchTest
    static final ArchRule persistence_implements_out_ports_only = ArchitectureRules.PERSISTENCE_IMPLEMENTS_OUT_PORTS_ONLY;
    @ArchTest
    static final ArchRule inbound_adapters_do_not_implement_out_ports = ArchitectureRules.INBOUND_ADAPTERS_DO_NOT_IMPLEMENT_OUT_PORTS;
    @ArchTest
    static final ArchRule use_cases_are_named = ArchitectureRules.USE_CASES_ARE_NAMED;
    @ArchTest
    static final ArchRule out_ports_are_named = ArchitectureRules.OUT_PORTS_ARE_NAMED;
    @ArchTest
    static final ArchRule services_are_named = ArchitectureRules.SERVICES_ARE_NAMED;
    @ArchTest
    static final ArchRule services_are_final = ArchitectureRules.SERVICES_ARE_FINAL;
    @ArchTest
    static final ArchRule configurations_do_not_proxy = ArchitectureRules.CONFIGURATIONS_DO_NOT_PROXY;
    @ArchTest
    static final ArchRule controllers_are_named_and_placed = ArchitectureRules.CONTROLLERS_ARE_NAMED_AND_PLACED;
    @ArchTest
    static final ArchRule no_cycles_between_domain_concepts = ArchitectureRules.NO_CYCLES_BETWEEN_DOMAIN_CONCEPTS;
}
