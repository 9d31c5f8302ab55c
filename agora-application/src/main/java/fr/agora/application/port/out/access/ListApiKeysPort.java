package fr.agora.application.port.out.access;

import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.domain.shared.Uai;
import java.util.List;

/** A school's API keys, newest first (then by key id), one page at a time. */
public interface ListApiKeysPort {

    List<StoredApiKey> listApiKeys(Uai uai, int offset, int limit);

    long countApiKeys(Uai uai);
}
