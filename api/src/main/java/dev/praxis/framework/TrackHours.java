package dev.praxis.framework;

import java.util.List;

/**
 * Hours of a track. Everyone takes every module of their track, except practitioners, who take
 * the one deep track of their specialty, so their hours are those of one module.
 */
public final class TrackHours {
    private TrackHours() {
    }

    public static double total(List<Double> moduleHours) {
        return moduleHours.stream().mapToDouble(Double::doubleValue).sum();
    }

    public static double perParticipant(Audience audience, List<Double> moduleHours) {
        if (audience == Audience.PRACTITIONER) {
            return moduleHours.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
        return total(moduleHours);
    }
}
