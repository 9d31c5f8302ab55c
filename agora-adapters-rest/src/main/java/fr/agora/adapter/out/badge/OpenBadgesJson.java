package fr.agora.adapter.out.badge;

import fr.agora.domain.badge.BadgeCredential;
import fr.agora.domain.badge.StatusListCredential;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON-LD shape of the credentials, as Open Badges 3.0 (1EdTech, §B "Data models") and VC Data Model 2.0 name
 * it: contexts first, then types, then properties. Maps the JSON library serialises; nothing is written by hand.
 */
final class OpenBadgesJson {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private OpenBadgesJson() {
    }

    static Map<String, Object> credential(BadgeCredential c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        m.put("id", c.id());
        m.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        m.put("issuer", object("id", c.issuer().id(), "type", List.of("Profile"), "name", c.issuer().name()));
        m.put("validFrom", DateTimeFormatter.ISO_INSTANT.format(c.validFrom()));
        m.put("name", c.achievement().name());
        m.put("credentialSubject", object("id", c.subjectId(), "type", List.of("AchievementSubject"),
                "achievement", achievement(c.achievement())));
        m.put("credentialStatus", object("id", c.status().listCredential() + "#" + c.status().index(),
                "type", "BitstringStatusListEntry", "statusPurpose", "revocation",
                "statusListIndex", String.valueOf(c.status().index()), "statusListCredential", c.status().listCredential()));
        return m;
    }

    static Map<String, Object> statusList(StatusListCredential c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", List.of(VC_CONTEXT));
        m.put("id", c.id());
        m.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        m.put("issuer", c.issuerId());
        m.put("validFrom", DateTimeFormatter.ISO_INSTANT.format(c.validFrom()));
        m.put("credentialSubject", object("id", c.id() + "#list", "type", "BitstringStatusList",
                "statusPurpose", "revocation", "encodedList", c.encodedList()));
        return m;
    }

    private static Map<String, Object> achievement(BadgeCredential.Achievement a) {
        BadgeCredential.Alignment al = a.alignment();
        Map<String, Object> alignment = object("type", List.of("Alignment"), "targetName", al.targetName(),
                "targetUrl", al.targetUrl(), "targetCode", al.targetCode(), "targetFramework", al.targetFramework());
        alignment.put("targetType", "CFItem");
        return object("id", a.id(), "type", List.of("Achievement"), "name", a.name(), "description", a.description(),
                "criteria", Map.of("narrative", a.criteria()), "alignment", List.of(alignment));
    }

    /** An ordered object from key/value pairs. */
    private static Map<String, Object> object(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
