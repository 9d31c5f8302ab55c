package fr.agora.domain.referentiel;

/** One of the 16 compétences numériques of the CRCN (Pix), {@code 1.1} … {@code 5.2}. */
public record CrcnCompetency(String code, String label, Source source) {

    public CrcnCompetency {
        code = Checks.code(code, "[1-5]\\.[1-4]", "crcn.code");
        label = Checks.text(label, "crcn.label");
        Checks.required(source, "crcn.source");
    }
}
