package dev.praxis.events;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/** Something committed that a subscriber may want to see; it names what changed, the subscriber re-reads it. */
public sealed interface DomainEvent {

    /** The organization whose data changed: a subscriber of another organization never hears of it. */
    long organizationId();

    /** A sync run changed: queued, running, a page stored, finished or failed. */
    record SyncRunChanged(long organizationId, long runId) implements DomainEvent {
    }

    /**
     * Facts the gates of these programs are judged on changed; an empty set means every program of
     * the organization (people, managers and completions feed the gates of all of them).
     */
    record GateFactsChanged(long organizationId, Set<Long> programIds) implements DomainEvent {
        public GateFactsChanged {
            programIds = Set.copyOf(requireNonNull(programIds, "programIds is null"));
        }

        public static GateFactsChanged ofProgram(long organizationId, long programId) {
            return new GateFactsChanged(organizationId, Set.of(programId));
        }

        public static GateFactsChanged ofOrganization(long organizationId) {
            return new GateFactsChanged(organizationId, Set.of());
        }

        public boolean concerns(long programId) {
            return programIds.isEmpty() || programIds.contains(programId);
        }
    }
}
