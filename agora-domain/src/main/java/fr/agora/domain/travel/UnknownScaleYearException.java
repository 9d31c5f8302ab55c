package fr.agora.domain.travel;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Map;

/** No dated table covers the year or date asked for. */
public class UnknownScaleYearException extends InvalidInputException {

    public UnknownScaleYearException(String field, Object value, String covered) {
        super("no-scale-for-date", field, "no scale covers " + value + " (covered: " + covered + ")",
                Map.of("value", String.valueOf(value), "covered", covered));
    }
}
