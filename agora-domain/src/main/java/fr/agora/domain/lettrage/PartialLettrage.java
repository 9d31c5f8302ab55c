package fr.agora.domain.lettrage;

import fr.agora.domain.shared.Money;
import java.util.List;

/** Lines that go together but do not balance: {@code remaining} (debit − credit) stays open. No letter is given. */
public record PartialLettrage(List<String> lineIds, Money remaining) {
    public PartialLettrage {
        lineIds = List.copyOf(lineIds);
    }
}
