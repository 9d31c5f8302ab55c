package fr.agora.application.port.in.access;

import fr.agora.application.port.in.shared.Page;

/** A school admin lists its school's API keys, newest first: never a secret nor its hash. */
public interface ListApiKeysUseCase {

    Page<ApiKeySummary> list(ListApiKeysCommand command);
}
