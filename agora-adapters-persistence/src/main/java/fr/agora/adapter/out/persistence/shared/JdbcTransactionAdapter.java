package fr.agora.adapter.out.persistence.shared;

import fr.agora.application.port.out.shared.TransactionPort;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link TransactionPort} on Spring's transaction manager: the work commits as a whole or rolls back. */
public class JdbcTransactionAdapter implements TransactionPort {

    private final TransactionTemplate template;

    public JdbcTransactionAdapter(PlatformTransactionManager manager) {
        this.template = new TransactionTemplate(manager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
