package dev.praxis.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the managers of a cohort's participants finished a training 28 to 42 days (4 to 6 weeks)
 * before the cohort starts, so they can reinforce what their team learns.
 *
 * <p>People who manage other planned participants are the reinforcement layer themselves (the
 * "people managers" cohort that runs ahead of the team waves), so they are not judged as team
 * members. Participants without a manager are left out.
 */
public final class ManagerReadiness {
    public static final int MIN_DAYS = 28;
    public static final int MAX_DAYS = 42;

    private ManagerReadiness() {
    }

    /** A planned participant, their manager and the days the manager finished a training. */
    public record TeamMember(long personId, String name, Long managerId, String managerName,
                             List<LocalDate> managerFinishedOn, String cohortName, LocalDate cohortStartsOn) {
        public TeamMember {
            managerFinishedOn = List.copyOf(managerFinishedOn);
        }
    }

    public enum Verdict { IN_WINDOW, NOT_TRAINED, TOO_EARLY, TOO_LATE }

    /** One manager judged against one cohort start, with the team members it concerns. */
    public record ManagerCheck(long managerId, String managerName, String cohortName, LocalDate cohortStartsOn,
                               Verdict verdict, LocalDate finishedOn, Long daysBefore, int teamMembers) {

        public String sentence() {
            String team = teamMembers + (teamMembers == 1 ? " team member" : " team members");
            return switch (verdict) {
                case IN_WINDOW -> managerName + " finished training " + daysBefore + " days before '" + cohortName + "' starts on "
                        + cohortStartsOn + " (" + team + ")";
                case NOT_TRAINED -> managerName + " has not finished a training; " + team + " start in '" + cohortName + "' on "
                        + cohortStartsOn;
                case TOO_EARLY -> managerName + " was trained too early: finished on " + finishedOn + ", " + daysBefore
                        + " days before '" + cohortName + "' starts on " + cohortStartsOn + " (" + MIN_DAYS + "-" + MAX_DAYS
                        + " days are needed; " + team + ")";
                case TOO_LATE -> managerName + " was trained too late: finished on " + finishedOn + ", "
                        + (daysBefore < 0 ? (-daysBefore) + " days after" : daysBefore + " days before") + " '" + cohortName
                        + "' starts on " + cohortStartsOn + " (" + MIN_DAYS + "-" + MAX_DAYS + " days are needed; " + team + ")";
            };
        }
    }

    /** Judges every (manager, cohort start) pair among the team members, in a stable order. */
    public static List<ManagerCheck> check(List<TeamMember> members) {
        Set<Long> reinforcers = new HashSet<>();
        Set<Long> planned = new HashSet<>();
        members.forEach(member -> planned.add(member.personId()));
        members.stream().map(TeamMember::managerId).filter(id -> id != null && planned.contains(id)).forEach(reinforcers::add);
        record Key(long managerId, String cohortName, LocalDate startsOn) {
        }
        Map<Key, List<TeamMember>> groups = new LinkedHashMap<>();
        members.stream()
                .filter(member -> member.managerId() != null && !reinforcers.contains(member.personId()))
                .sorted(Comparator.comparing(TeamMember::cohortStartsOn).thenComparing(TeamMember::cohortName)
                        .thenComparing(TeamMember::managerName).thenComparing(TeamMember::managerId))
                .forEach(member -> groups.computeIfAbsent(new Key(member.managerId(), member.cohortName(), member.cohortStartsOn()),
                        key -> new ArrayList<>()).add(member));
        List<ManagerCheck> checks = new ArrayList<>();
        groups.forEach((key, team) -> checks.add(judge(key.managerId(), team.getFirst().managerName(), key.cohortName(),
                key.startsOn(), team.getFirst().managerFinishedOn(), team.size())));
        return checks;
    }

    /** How many team members the checks cover (reinforcers and people without a manager are not counted). */
    public static int teamMembers(List<ManagerCheck> checks) {
        return checks.stream().mapToInt(ManagerCheck::teamMembers).sum();
    }

    static ManagerCheck judge(long managerId, String managerName, String cohortName, LocalDate startsOn,
                              List<LocalDate> finishedOn, int teamMembers) {
        Optional<LocalDate> inWindow = finishedOn.stream().filter(day -> inWindow(days(day, startsOn))).max(Comparator.naturalOrder());
        if (inWindow.isPresent()) {
            return new ManagerCheck(managerId, managerName, cohortName, startsOn, Verdict.IN_WINDOW, inWindow.get(),
                    days(inWindow.get(), startsOn), teamMembers);
        }
        Optional<LocalDate> early = finishedOn.stream().filter(day -> days(day, startsOn) > MAX_DAYS).max(Comparator.naturalOrder());
        if (early.isPresent()) {
            return new ManagerCheck(managerId, managerName, cohortName, startsOn, Verdict.TOO_EARLY, early.get(),
                    days(early.get(), startsOn), teamMembers);
        }
        Optional<LocalDate> late = finishedOn.stream().min(Comparator.naturalOrder());
        if (late.isPresent()) {
            return new ManagerCheck(managerId, managerName, cohortName, startsOn, Verdict.TOO_LATE, late.get(),
                    days(late.get(), startsOn), teamMembers);
        }
        return new ManagerCheck(managerId, managerName, cohortName, startsOn, Verdict.NOT_TRAINED, null, null, teamMembers);
    }

    private static long days(LocalDate finishedOn, LocalDate startsOn) {
        return ChronoUnit.DAYS.between(finishedOn, startsOn);
    }

    private static boolean inWindow(long days) {
        return days >= MIN_DAYS && days <= MAX_DAYS;
    }
}
