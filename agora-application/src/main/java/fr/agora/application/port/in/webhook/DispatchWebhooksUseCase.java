package fr.agora.application.port.in.webhook;

/** Sends every delivery that is due, in order per endpoint and student; run by a scheduler. */
public interface DispatchWebhooksUseCase {

    /** Returns how many attempts were made. */
    int dispatchDue();
}
