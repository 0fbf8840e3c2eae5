package dev.praxis.graphql;

import dev.praxis.events.DomainEvent;
import dev.praxis.events.DomainEvents;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscription source stream without a server: demand, coalescing, completion, cancellation. */
class EventStreamTest {
    private final DomainEvents bus = new DomainEvents();
    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    /** Emits the run id of every event (and "start" first); the stream ends at run 99. */
    private EventStream<String> stream() {
        return new EventStream<>(bus, event -> event instanceof DomainEvent.SyncRunChanged,
                event -> {
                    reads.incrementAndGet();
                    if (event == null) {
                        return new EventStream.Emission<>(List.of("start"), false);
                    }
                    long run = ((DomainEvent.SyncRunChanged) event).runId();
                    return new EventStream.Emission<>(List.of("run " + run), run == 99);
                },
                renewals::incrementAndGet, Runnable::run);
    }

    @Test
    void emitsOnlyWhatWasRequestedAndCoalescesEqualEventsWaitingMeanwhile() {
        Recorder recorder = new Recorder();
        stream().subscribe(recorder);
        assertThat(bus.listenerCount()).isEqualTo(1);
        assertThat(recorder.items).isEmpty();

        recorder.subscription.request(1);
        assertThat(recorder.items).containsExactly("start");
        bus.publish(new DomainEvent.SyncRunChanged(1, 7));
        bus.publish(new DomainEvent.SyncRunChanged(1, 7));
        bus.publish(new DomainEvent.SyncRunChanged(1, 8));
        bus.publish(new DomainEvent.GateFactsChanged(1, java.util.Set.of()));
        assertThat(recorder.items).as("no demand, nothing read").containsExactly("start");
        assertThat(reads).hasValue(1);

        recorder.subscription.request(5);
        assertThat(recorder.items).containsExactly("start", "run 7", "run 8");
        assertThat(reads).as("the two equal waiting events are read once").hasValue(3);
        assertThat(renewals.get()).as("fresh loaders before every read and every item").isEqualTo(6);
    }

    @Test
    void completesAfterTheLastEmissionAndStopsListening() {
        Recorder recorder = new Recorder();
        stream().subscribe(recorder);
        recorder.subscription.request(Long.MAX_VALUE);
        bus.publish(new DomainEvent.SyncRunChanged(1, 99));
        assertThat(recorder.items).containsExactly("start", "run 99");
        assertThat(recorder.completed).isTrue();
        assertThat(bus.listenerCount()).isZero();
    }

    @Test
    void cancelStopsListeningAndDeliversNothingMore() {
        Recorder recorder = new Recorder();
        stream().subscribe(recorder);
        recorder.subscription.request(10);
        recorder.subscription.cancel();
        assertThat(bus.listenerCount()).isZero();
        bus.publish(new DomainEvent.SyncRunChanged(1, 5));
        assertThat(recorder.items).containsExactly("start");
        assertThat(recorder.completed).isFalse();
    }

    @Test
    void aNonPositiveRequestFailsTheStream() {
        Recorder recorder = new Recorder();
        stream().subscribe(recorder);
        recorder.subscription.request(0);
        assertThat(recorder.failure).isInstanceOf(IllegalArgumentException.class);
        assertThat(bus.listenerCount()).isZero();
    }

    private static final class Recorder implements Subscriber<String> {
        final List<String> items = new ArrayList<>();
        Subscription subscription;
        boolean completed;
        Throwable failure;

        @Override
        public void onSubscribe(Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(String item) {
            items.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            failure = throwable;
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }
}
