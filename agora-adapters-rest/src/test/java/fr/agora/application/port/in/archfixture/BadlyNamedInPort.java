package fr.agora.application.port.in.archfixture;

/** Deliberate violation (test fixture): an in-port not named …UseCase. */
public interface BadlyNamedInPort {
    void run();
}
