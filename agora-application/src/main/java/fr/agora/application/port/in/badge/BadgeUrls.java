package fr.agora.application.port.in.badge;

import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;

/** Where a school's public badge resources live: one place, so the credential and the endpoints agree. */
public final class BadgeUrls {

    public static final String PREFIX = "/api/v1/establishments/";

    private BadgeUrls() {
    }

    public static String issuer(String base, Uai uai) {
        return base + PREFIX + uai.value() + "/badges/issuer";
    }

    public static String keySet(String base, Uai uai) {
        return base + PREFIX + uai.value() + "/badges/jwks.json";
    }

    public static String statusList(String base, Uai uai) {
        return base + PREFIX + uai.value() + "/badges/status-list";
    }

    static void requireBase(String base) {
        if (base == null || !(base.startsWith("https://") || base.startsWith("http://")) || base.endsWith("/")
                || base.length() > 200) {
            throw new InvalidInputException("issuerBaseUrl", "issuerBaseUrl must be an http(s) URL without a trailing slash");
        }
    }
}
