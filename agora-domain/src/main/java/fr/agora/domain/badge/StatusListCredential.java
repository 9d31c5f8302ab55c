package fr.agora.domain.badge;

import java.time.Instant;

/** The school's {@code BitstringStatusListCredential} (purpose revocation), signed like the badges it covers. */
public record StatusListCredential(String id, String issuerId, Instant validFrom, String encodedList) {
}
