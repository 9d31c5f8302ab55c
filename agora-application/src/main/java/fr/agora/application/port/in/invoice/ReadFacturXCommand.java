package fr.agora.application.port.in.invoice;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Map;

/** A Factur-X PDF or a CII XML to read back, at most {@link #MAX_BYTES}. */
public record ReadFacturXCommand(byte[] content) {

    /** 5 MB: far above an invoice (a few hundred kB with its fonts), far below what would strain the server. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public ReadFacturXCommand {
        if (content == null || content.length == 0) throw new InvalidInputException("file", "the file is empty");
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("too-large", "file", "the file is larger than " + MAX_BYTES + " bytes",
                    Map.of("max", MAX_BYTES));
        }
    }
}
