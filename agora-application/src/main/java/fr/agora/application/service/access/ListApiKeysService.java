package fr.agora.application.service.access;

import fr.agora.application.port.in.access.ApiKeySummary;
import fr.agora.application.port.in.access.ListApiKeysCommand;
import fr.agora.application.port.in.access.ListApiKeysUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.out.access.ApiKeyPort.StoredApiKey;
import fr.agora.application.port.out.access.ListApiKeysPort;
import fr.agora.application.service.shared.Roles;

/** A school admin's list of its school's keys; the stored hash never leaves this class. */
public final class ListApiKeysService implements ListApiKeysUseCase {

    private final ListApiKeysPort keys;

    public ListApiKeysService(ListApiKeysPort keys) {
        this.keys = keys;
    }

    @Override
    public Page<ApiKeySummary> list(ListApiKeysCommand c) {
        Roles.require(c.caller(), Caller.Role.SCHOOL_ADMIN);
        Page.check(c.page(), c.size());
        return new Page<>(keys.listApiKeys(c.caller().uai(), c.page() * c.size(), c.size()).stream().map(ListApiKeysService::summary).toList(),
                c.page(), c.size(), keys.countApiKeys(c.caller().uai()));
    }

    private static ApiKeySummary summary(StoredApiKey k) {
        return new ApiKeySummary(k.keyId(), Caller.Role.valueOf(k.role()), k.subject(), k.label(), k.createdAt(), k.revoked());
    }
}
