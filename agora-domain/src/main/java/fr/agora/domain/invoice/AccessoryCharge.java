package fr.agora.domain.invoice;

import fr.agora.domain.shared.Money;

/**
 * A charge billed with the goods or services (CGI art. 267 I-2°: "frais accessoires … d'emballage, de transport et
 * d'assurance"): part of the taxable base, it follows the principal operation, split pro rata of each rate's HT.
 */
public record AccessoryCharge(Kind kind, Money amount) {

    /** What the charge is for; all are credited to 7085 "Ports et frais accessoires facturés". */
    public enum Kind { SHIPPING, PACKAGING, INSURANCE, OTHER }
}
