package fr.agora.adapter.in.rest.badge;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.agora.domain.badge.StatusList;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A verifier written the way a third party would, knowing only the standards and the credential: Nimbus for the JOSE
 * side, plain HTTP for the issuer's public resources. It trusts nothing the server says about itself beyond what it
 * fetches: the key set must sit under the issuer's own path, the key must sign the badge and the status list alike.
 */
final class OpenBadgeVerifier {

    /** What the verification found; {@code failure} is null when the badge is valid. */
    record Result(String failure, JWTClaimsSet claims) {
        boolean valid() {
            return failure == null;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    Result verify(String compactJwt) throws Exception {
        SignedJWT jwt = SignedJWT.parse(compactJwt);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) return new Result("alg is not RS256", claims);
        List<String> types = claims.getStringListClaim("type");
        if (types == null || !types.contains("OpenBadgeCredential")) return new Result("not an OpenBadgeCredential", claims);
        List<String> contexts = claims.getStringListClaim("@context");
        if (contexts == null || !contexts.get(0).equals("https://www.w3.org/ns/credentials/v2")
                || !contexts.contains("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")) {
            return new Result("unexpected @context " + contexts, claims);
        }
        String issuerId = (String) claims.getJSONObjectClaim("issuer").get("id");
        if (!issuerId.equals(claims.getIssuer())) return new Result("iss differs from issuer.id", claims);
        if (!checkSignature(jwt, issuerId)) return new Result("bad signature", claims);

        Map<String, Object> status = claims.getJSONObjectClaim("credentialStatus");
        String listUrl = (String) status.get("statusListCredential");
        if (!listUrl.startsWith(issuerId.substring(0, issuerId.lastIndexOf('/') + 1))) {
            return new Result("status list outside the issuer's space", claims);
        }
        SignedJWT list = SignedJWT.parse(get(listUrl));
        if (!checkSignature(list, issuerId)) return new Result("status list signature", claims);
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) list.getJWTClaimsSet().getClaim("credentialSubject");
        StatusList bits = StatusList.decode((String) subject.get("encodedList"));
        if (bits.isSet(Integer.parseInt((String) status.get("statusListIndex")))) return new Result("revoked", claims);
        return new Result(null, claims);
    }

    /** The key named by the header, from the JWK Set the header points at, which must be the issuer's. */
    private boolean checkSignature(SignedJWT jwt, String issuerId) throws Exception {
        URI jku = jwt.getHeader().getJWKURL();
        String issuerSpace = issuerId.substring(0, issuerId.lastIndexOf('/') + 1);
        if (jku == null || !jku.toString().startsWith(issuerSpace)) return false;
        JWKSet set = JWKSet.parse(get(jku.toString()));
        JWK key = set.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa));
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + url + " → " + r.statusCode());
        return r.body();
    }
}
