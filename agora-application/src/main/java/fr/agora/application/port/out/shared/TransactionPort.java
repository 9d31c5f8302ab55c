package fr.agora.application.port.out.shared;

import java.util.function.Supplier;

/** Runs work all-or-nothing (the persistence adapter maps it to a database transaction). */
public interface TransactionPort {
    <T> T inTransaction(Supplier<T> work);
}
