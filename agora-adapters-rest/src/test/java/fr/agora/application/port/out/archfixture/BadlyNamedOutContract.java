package fr.agora.application.port.out.archfixture;

/** Deliberate violation (test fixture): an out-port not named …Port. */
public interface BadlyNamedOutContract {
    void store();
}
