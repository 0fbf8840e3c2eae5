package dev.praxis.roadmap;

import java.util.List;

/**
 * Cohort.managerReadiness: how many of a cohort's participants have a manager who finished training
 * 28-42 days before the cohort starts, and each manager's verdict.
 */
public record CohortManagerReadiness(int teamMembers, int ready, List<ManagerReadiness.ManagerCheck> managers) {

    public static CohortManagerReadiness of(List<ManagerReadiness.ManagerCheck> checks) {
        int ready = checks.stream().filter(c -> c.verdict() == ManagerReadiness.Verdict.IN_WINDOW)
                .mapToInt(ManagerReadiness.ManagerCheck::teamMembers).sum();
        return new CohortManagerReadiness(ManagerReadiness.teamMembers(checks), ready, checks);
    }
}
