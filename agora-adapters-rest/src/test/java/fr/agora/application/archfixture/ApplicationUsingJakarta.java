package fr.agora.application.archfixture;

/** Deliberate violation (test fixture): a jakarta annotation in the application layer. */
public class ApplicationUsingJakarta {
    @jakarta.validation.constraints.NotNull
    String value;
}
