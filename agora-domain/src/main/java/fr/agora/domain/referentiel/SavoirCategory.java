package fr.agora.domain.referentiel;

/** The four families of savoirs associés of the référentiel. */
public enum SavoirCategory {
    GESTION("Savoirs de gestion"),
    JURIDIQUES_ET_ECONOMIQUES("Savoirs juridiques et économiques"),
    COMMUNICATION_ET_NUMERIQUE("Savoirs liés à la communication et au numérique"),
    REDACTIONNEL("Savoir rédactionnel");

    private final String label;

    SavoirCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
