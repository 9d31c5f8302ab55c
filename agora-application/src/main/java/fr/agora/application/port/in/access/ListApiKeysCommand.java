package fr.agora.application.port.in.access;

import fr.agora.application.port.in.shared.Caller;
import java.util.Objects;

/** One page of the caller's school's API keys (school admin). */
public record ListApiKeysCommand(Caller caller, int page, int size) {
    public ListApiKeysCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
