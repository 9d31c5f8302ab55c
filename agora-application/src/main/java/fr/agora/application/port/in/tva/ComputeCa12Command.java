package fr.agora.application.port.in.tva;

import fr.agora.domain.shared.Money;
import fr.agora.domain.tva.Amounts;

/** {@code year} (the year of the instalments) defaults to the current year. */
public record ComputeCa12Command(Integer year, Money previousYearVat, Money currentYearVat) {
    public ComputeCa12Command {
        Amounts.required(previousYearVat, "previousYearVat");
        Amounts.required(currentYearVat, "currentYearVat");
    }
}
