package fr.agora.application.service.archfixture;

/** Deliberate violation (test fixture): a public service-layer class not named …Service. */
public class Helper {
}
