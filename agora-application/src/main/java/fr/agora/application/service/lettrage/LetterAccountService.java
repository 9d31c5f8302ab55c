package fr.agora.application.service.lettrage;

import fr.agora.application.port.in.lettrage.LetterAccountCommand;
import fr.agora.application.port.in.lettrage.LetterAccountUseCase;
import fr.agora.domain.lettrage.LettrageResult;
import fr.agora.domain.lettrage.Lettrer;

public final class LetterAccountService implements LetterAccountUseCase {
    private final Lettrer lettrer = new Lettrer();

    @Override
    public LettrageResult letter(LetterAccountCommand c) {
        return lettrer.letter(c.account(), c.lines(), c.tolerance(), c.nextLetter());
    }
}
