package io.claimstream.query.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Tells every replica that stored data changed, for whatever each keeps of the read model (see
 * {@link AnswerCache}). Every writer calls it in the transaction that changes what reads answer:
 * a PostgreSQL {@code NOTIFY} goes out if, and when, the transaction commits, and this replica
 * moves its {@link ReadGeneration} on right after the commit, so its own next read already sees
 * the change (the notice comes back a moment later).
 */
@ApplicationScoped
public class ReadModelChanges {

    /** Changes other than a stored document (which has its own channel, claimstream_stored). */
    public static final String CHANNEL = "claimstream_changed";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final ReadGeneration generation;

    public ReadModelChanges(EntityManager em, TransactionSynchronizationRegistry transactions,
                            ReadGeneration generation) {
        this.em = em;
        this.transactions = transactions;
        this.generation = generation;
    }

    /** Announces a change; call inside the transaction that makes it. {@code what} is for logs and debugging. */
    public void announce(String what) {
        em.createNativeQuery("SELECT pg_notify('" + CHANNEL + "', :what)").setParameter("what", what).getSingleResult();
        advanceAfterCommit();
    }

    /** Moves this replica's generation on once the current transaction has committed. */
    public void advanceAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    generation.advance();
                }
            }
        });
    }
}
