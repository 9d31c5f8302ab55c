package fr.agora.application.port.in.lettrage;

import fr.agora.domain.lettrage.LettrageResult;

/** Letters the open lines of a third-party account (411…, 401…). */
public interface LetterAccountUseCase {
    LettrageResult letter(LetterAccountCommand command);
}
