package fr.agora.application.service.support;

import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Placement;

/** The store contract on the fake the services' tests use. */
class InMemoryEvaluationStoreContractTest extends EvaluationStoreContract {

    private InMemoryEvaluationStore store;

    @Override
    protected Stores emptyStores() {
        store = new InMemoryEvaluationStore();
        return new Stores(store, store, store, store, store, store, store, store, store, store, store, store);
    }

    @Override
    protected void given(Establishment establishment, Cohort cohort, Placement placement) {
        if (establishment != null) store.add(establishment);
        if (cohort != null) store.add(cohort);
        if (placement != null) store.add(placement);
    }
}
