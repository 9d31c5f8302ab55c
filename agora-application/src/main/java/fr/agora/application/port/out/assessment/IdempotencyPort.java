package fr.agora.application.port.out.assessment;

import fr.agora.domain.shared.Uai;
import java.util.List;
import java.util.Optional;

/**
 * Remembers, per school and client-supplied key, the fingerprint of a bulk request and the ids it produced.
 * {@link #remember} is called in the same transaction as the write it describes.
 */
public interface IdempotencyPort {

    record Entry(String key, String fingerprint, List<String> resultIds) {
        public Entry {
            resultIds = List.copyOf(resultIds);
        }
    }

    Optional<Entry> find(Uai uai, String key);

    void remember(Uai uai, Entry entry);
}
