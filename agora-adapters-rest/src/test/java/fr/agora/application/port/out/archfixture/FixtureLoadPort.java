package fr.agora.application.port.out.archfixture;

/** Test fixture: a well-formed out-port, for the violation of {@code RestImplementingOutPort}. */
public interface FixtureLoadPort {
    String load(String id);
}
