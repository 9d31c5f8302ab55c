package fr.agora.application.port.in.lettrage;

import fr.agora.domain.lettrage.LettrageLine;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Money;
import java.util.List;

public record LetterAccountCommand(String account, List<LettrageLine> lines, Money tolerance, String nextLetter) {
    public LetterAccountCommand {
        if (account == null || account.isBlank()) {
            throw new InvalidInputException("account", "is required");
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
        tolerance = tolerance == null ? Money.ZERO : tolerance;
        nextLetter = nextLetter == null ? "A" : nextLetter;
    }
}
