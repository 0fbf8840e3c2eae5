package dev.praxis.graphql;

import dev.praxis.events.DomainEvent;
import dev.praxis.events.DomainEvents;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * The source stream of one subscription field: a Reactive Streams publisher fed by the event bus.
 * Events that pass the filter are queued (an event equal to one still waiting is dropped, since one
 * re-read covers both); when the subscriber has demand, the reader re-reads what changed with fresh
 * DataLoaders and the items it returns are emitted one by one. Reading and emitting run on the
 * executor, never on the publishing (mutation or sync) thread, one step at a time.
 *
 * <p>The reader is first called with {@code null} (the state at subscription time) and then with
 * each event; an emission marked last completes the stream after its items.
 */
public final class EventStream<T> implements Publisher<T> {

    /** What one read produced: items to emit (possibly none), and whether the stream ends after them. */
    public record Emission<T>(List<T> items, boolean last) {
        public Emission {
            items = List.copyOf(items);
        }

        public static <T> Emission<T> none() {
            return new Emission<>(List.of(), false);
        }
    }

    /** Re-reads after an event (or, with null, at the start); runs after the stream's loaders were renewed. */
    @FunctionalInterface
    public interface Reader<T> {
        Emission<T> read(DomainEvent event);
    }

    private final DomainEvents bus;
    private final Predicate<DomainEvent> filter;
    private final Reader<T> reader;
    private final Runnable renewLoaders;
    private final Executor executor;

    EventStream(DomainEvents bus, Predicate<DomainEvent> filter, Reader<T> reader, Runnable renewLoaders, Executor executor) {
        this.bus = requireNonNull(bus, "bus is null");
        this.filter = requireNonNull(filter, "filter is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.renewLoaders = requireNonNull(renewLoaders, "renewLoaders is null");
        this.executor = requireNonNull(executor, "executor is null");
    }

    @Override
    public void subscribe(Subscriber<? super T> subscriber) {
        requireNonNull(subscriber, "subscriber is null");
        Flow flow = new Flow(subscriber);
        // Listen before the first read, so that no change between the read and the listening is lost.
        flow.registration = bus.listen(event -> {
            if (filter.test(event)) {
                flow.offer(event);
            }
        });
        subscriber.onSubscribe(flow);
    }

    /** Marks "read the current state" in the queue of events. */
    private static final Object INITIAL = new Object();

    private final class Flow implements Subscription {
        private final Subscriber<? super T> subscriber;
        private final ArrayDeque<Object> events = new ArrayDeque<>();
        private final ArrayDeque<T> ready = new ArrayDeque<>();
        private volatile DomainEvents.Registration registration;
        private long demand;
        private boolean running;
        private boolean endAfterReady;
        private boolean done;

        Flow(Subscriber<? super T> subscriber) {
            this.subscriber = subscriber;
            events.add(INITIAL);
        }

        void offer(DomainEvent event) {
            synchronized (this) {
                if (done || events.contains(event)) {
                    return;
                }
                events.add(event);
            }
            schedule();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                fail(new IllegalArgumentException("request must be positive (rule 3.9), got " + n));
                return;
            }
            synchronized (this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            schedule();
        }

        @Override
        public void cancel() {
            end();
        }

        private void schedule() {
            synchronized (this) {
                boolean work = (ready.isEmpty() && endAfterReady) || (demand > 0 && (!ready.isEmpty() || !events.isEmpty()));
                if (running || done || !work) {
                    return;
                }
                running = true;
            }
            executor.execute(this::drain);
        }

        private void drain() {
            try {
                while (true) {
                    T item;
                    Object event = null;
                    synchronized (this) {
                        if (done) {
                            return;
                        }
                        if (ready.isEmpty() && endAfterReady) {
                            break;
                        }
                        if (demand == 0) {
                            running = false;
                            return;
                        }
                        item = ready.poll();
                        if (item == null) {
                            event = events.poll();
                            if (event == null) {
                                running = false;
                                return;
                            }
                        } else {
                            demand--;
                        }
                    }
                    if (item != null) {
                        // Each delivered item is resolved with DataLoaders of its own, as a fresh query would be.
                        renewLoaders.run();
                        subscriber.onNext(item);
                        continue;
                    }
                    renewLoaders.run();
                    Emission<T> emission = reader.read(event == INITIAL ? null : (DomainEvent) event);
                    synchronized (this) {
                        ready.addAll(emission.items());
                        endAfterReady = emission.last();
                    }
                }
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            if (end()) {
                subscriber.onComplete();
            }
        }

        private void fail(Throwable failure) {
            if (end()) {
                subscriber.onError(failure);
            }
        }

        /** Stops listening; true the first time only. */
        private boolean end() {
            synchronized (this) {
                if (done) {
                    return false;
                }
                done = true;
                running = false;
                events.clear();
                ready.clear();
            }
            DomainEvents.Registration current = registration;
            if (current != null) {
                current.close();
            }
            return true;
        }
    }
}
