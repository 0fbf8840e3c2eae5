package dev.praxis.cohort;

import dev.praxis.framework.Audience;
import dev.praxis.framework.Specialty;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The rule for how far a participant has come in their cohort's track. Everyone must complete
 * every module of their track, except practitioners: they take the deep track of their
 * specialty (any one deep track when their specialty is unknown or not offered).
 */
public final class EnrollmentProgress {
    private EnrollmentProgress() {
    }

    /** A module of the track: its id and, for deep tracks, its specialty. */
    public record TrackModule(long id, Specialty specialty) {
    }

    public record Progress(EnrollmentStatus status, LocalDateTime completedAt) {
    }

    /**
     * @param completedAt completion time by module id, for this participant's completed modules
     */
    public static Progress of(Audience audience, List<TrackModule> modules, Specialty specialty,
                              Map<Long, LocalDateTime> completedAt) {
        List<TrackModule> required = requiredModules(audience, modules, specialty);
        boolean anyDone = modules.stream().anyMatch(module -> completedAt.containsKey(module.id()));
        if (!anyDone) {
            return new Progress(EnrollmentStatus.ENROLLED, null);
        }
        if (audience == Audience.PRACTITIONER && required.size() == modules.size()) {
            // No deep track of their own: the first deep track they finish completes the track.
            LocalDateTime first = modules.stream().map(module -> completedAt.get(module.id()))
                    .filter(java.util.Objects::nonNull).min(LocalDateTime::compareTo).orElseThrow();
            return new Progress(EnrollmentStatus.COMPLETED, first);
        }
        if (!required.isEmpty() && required.stream().allMatch(module -> completedAt.containsKey(module.id()))) {
            LocalDateTime last = required.stream().map(module -> completedAt.get(module.id()))
                    .max(LocalDateTime::compareTo).orElseThrow();
            return new Progress(EnrollmentStatus.COMPLETED, last);
        }
        return new Progress(EnrollmentStatus.IN_PROGRESS, null);
    }

    static List<TrackModule> requiredModules(Audience audience, List<TrackModule> modules, Specialty specialty) {
        if (audience != Audience.PRACTITIONER) {
            return modules;
        }
        List<TrackModule> own = modules.stream().filter(module -> specialty != null && specialty == module.specialty()).toList();
        return own.isEmpty() ? modules : own;
    }
}
