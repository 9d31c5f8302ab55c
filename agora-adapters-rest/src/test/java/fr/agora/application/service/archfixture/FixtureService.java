package fr.agora.application.service.archfixture;

/** Test fixture: a legal service, the target of the violations below. */
public final class FixtureService {
    public void run() {
    }
}
