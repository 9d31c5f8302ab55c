package fr.agora.domain.invoice;

import fr.agora.domain.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A seller or buyer as an e-invoice (EN 16931) names it: name (BT-27/44), SIREN as legal registration (BT-30/47,
 * scheme 0002), intra-EU VAT number (BT-31/48), postal address with its ISO 3166 country code (BT-40/55, required).
 * {@code field} prefixes the errors ({@code seller.countryCode}).
 */
public record EInvoiceParty(String name, String siren, String vatNumber, String street, String postcode, String city,
                            String countryCode) {

    private static final Pattern SIREN = Pattern.compile("^[0-9]{9}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    public EInvoiceParty {
        if (name == null || name.isBlank()) throw new InvalidInputException("name", "name is required");
        if (siren != null && !siren.isBlank() && !SIREN.matcher(siren.replace(" ", "")).matches()) {
            throw new InvalidInputException("siren", "siren must be 9 digits");
        }
        siren = siren == null || siren.isBlank() ? null : siren.replace(" ", "");
        vatNumber = vatNumber == null || vatNumber.isBlank() ? null : vatNumber.replace(" ", "").toUpperCase(Locale.ROOT);
        countryCode = countryCode == null ? null : countryCode.trim().toUpperCase(Locale.ROOT);
        if (countryCode == null || !COUNTRY.matcher(countryCode).matches()) {
            throw new InvalidInputException("countryCode", "countryCode must be an ISO 3166-1 alpha-2 code, e.g. FR");
        }
    }
}
