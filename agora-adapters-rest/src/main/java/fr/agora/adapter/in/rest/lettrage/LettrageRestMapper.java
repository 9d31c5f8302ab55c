package fr.agora.adapter.in.rest.lettrage;

import fr.agora.adapter.in.rest.lettrage.LettrageDtos.LettrageLineDto;
import fr.agora.adapter.in.rest.lettrage.LettrageDtos.LettrageRequest;
import fr.agora.adapter.in.rest.lettrage.LettrageDtos.LettrageResponse;
import fr.agora.application.port.in.lettrage.LetterAccountCommand;
import fr.agora.domain.lettrage.LettrageLine;
import fr.agora.domain.lettrage.LettrageResult;
import fr.agora.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.Mapper;

/** DTO ↔ domain. The result is mapped by MapStruct; the request by hand (absent amounts stay absent). */
@Mapper
public interface LettrageRestMapper {

    LettrageResponse toResponse(LettrageResult r);

    default BigDecimal money(Money m) {
        return m == null ? null : m.amount();
    }

    default LetterAccountCommand toCommand(LettrageRequest r) {
        List<LettrageLine> lines = r.lines().stream().map(this::toLine).toList();
        return new LetterAccountCommand(r.account(), lines, r.tolerance() == null ? null : Money.of(r.tolerance()),
                r.nextLetter());
    }

    private LettrageLine toLine(LettrageLineDto l) {
        return new LettrageLine(l.id(), l.date(), l.label(), l.reference(),
                l.debit() == null ? null : Money.of(l.debit()), l.credit() == null ? null : Money.of(l.credit()));
    }
}
