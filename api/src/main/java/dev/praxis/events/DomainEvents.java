package dev.praxis.events;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * A small in-process event bus. Areas publish after their transaction has committed, so a listener
 * that re-reads the database sees the change; listeners must return quickly (they only queue work).
 *
 * <p>Single replica only: each server process sees its own events. With several replicas behind a
 * load balancer, a subscriber connected to replica A does not hear of a mutation served by replica B
 * or of a sync run that B's engine runs. The scale-out path is to feed this bus from the database as
 * well: each replica polls a small append-only {@code domain_event} table (id, organization, kind,
 * subject) written in the same transaction as the change, every second or so from the last id it
 * has seen, or polls {@code sync_run.heartbeat_at} and the gate audit trail directly; a broker
 * (Redis pub/sub, NATS) would be the step after that. None of this is built.
 */
public final class DomainEvents {
    private static final System.Logger LOG = System.getLogger(DomainEvents.class.getName());

    private final CopyOnWriteArrayList<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Tells every listener; a failing listener is logged and does not stop the others (nor the publisher). */
    public void publish(DomainEvent event) {
        requireNonNull(event, "event is null");
        for (Consumer<DomainEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "an event listener failed on " + event, e);
            }
        }
    }

    /** Adds a listener until the returned handle is closed. */
    public Registration listen(Consumer<DomainEvent> listener) {
        requireNonNull(listener, "listener is null");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** Stops a listener; closing twice is harmless. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
