package fr.agora.application.service.badge;

import fr.agora.application.port.in.badge.BadgeUrls;
import fr.agora.application.port.in.badge.GetBadgeIssuerUseCase;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.application.port.out.badge.SchoolKeyPort;
import fr.agora.application.port.out.badge.SignCredentialPort;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.badge.SchoolSigningKey;
import fr.agora.domain.badge.StatusList;
import fr.agora.domain.badge.StatusListCredential;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.shared.Uai;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** The public side of a school's badges: issuer profile, public key, signed status list. */
public final class GetBadgeIssuerService implements GetBadgeIssuerUseCase {

    private final LoadEstablishmentPort establishments;
    private final SchoolKeyPort keys;
    private final BadgeStorePort store;
    private final SignCredentialPort signer;
    private final Clock clock;

    public GetBadgeIssuerService(LoadEstablishmentPort establishments, SchoolKeyPort keys, BadgeStorePort store,
                                 SignCredentialPort signer, Clock clock) {
        this.establishments = establishments;
        this.keys = keys;
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public IssuerProfile profile(Uai uai, String base) {
        publicKey(uai); // a school that issued nothing has no issuer profile either
        String name = establishments.loadEstablishment(uai).map(Establishment::name).orElse("Établissement " + uai);
        return new IssuerProfile(BadgeUrls.issuer(base, uai), name);
    }

    @Override
    public SchoolSigningKey publicKey(Uai uai) {
        return keys.loadKey(uai).orElseThrow(() -> new NotFoundException("badge-issuer-not-found", "badge issuer", uai.value()));
    }

    @Override
    public String signedStatusList(Uai uai, String base) {
        SchoolSigningKey key = publicKey(uai);
        StatusList list = StatusList.withSet(store.revokedStatusIndexes(uai));
        StatusListCredential credential = new StatusListCredential(BadgeUrls.statusList(base, uai),
                BadgeUrls.issuer(base, uai), clock.instant().truncatedTo(ChronoUnit.SECONDS), list.encodedList());
        return signer.signStatusList(credential, key, BadgeUrls.keySet(base, uai));
    }
}
