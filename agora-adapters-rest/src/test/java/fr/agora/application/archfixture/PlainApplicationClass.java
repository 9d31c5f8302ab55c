package fr.agora.application.archfixture;

/** Test fixture: a legal application-layer class. */
public class PlainApplicationClass {
}
