package dev.praxis.roadmap;

import dev.praxis.framework.Audience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Decides a phase's gate from its facts: each condition with its reasons and evidence. Plain Java, no database. */
public final class GateEvaluator {
    private static final int MAX_LISTED = 20;

    private GateEvaluator() {
    }

    public static Gate evaluate(GateFacts facts) {
        List<GateCondition> conditions = GateConditionKind.of(facts.phase()).stream()
                .map(kind -> switch (kind) {
                    case INFRASTRUCTURE_READY -> infrastructureReady(facts);
                    case TOOLS_DEPLOYED -> toolsDeployed(facts);
                    case MANAGERS_TRAINED -> managersTrained(facts);
                    case POLICY_COMMUNICATED -> policyCommunicated(facts);
                    case SUCCESS_STORY -> successStory(facts);
                })
                .toList();
        GateStatus status = conditions.stream().allMatch(GateCondition::satisfied) ? GateStatus.OPEN : GateStatus.BLOCKED;
        return new Gate(status, conditions, facts.override());
    }

    /** The practitioners' practice systems are live on or before each cohort's start. */
    static GateCondition infrastructureReady(GateFacts facts) {
        List<GateFacts.Tool> systems = facts.tools().stream().filter(t -> t.audiences().contains(Audience.PRACTITIONER))
                .sorted(Comparator.comparing(GateFacts.Tool::deployedOn)).toList();
        List<String> reasons = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        if (facts.cohorts().isEmpty()) {
            reasons.add("there is no cohort or planned start date to check the practice systems against");
        }
        for (GateFacts.StartingCohort cohort : facts.cohorts()) {
            Optional<GateFacts.Tool> ready = systems.stream().filter(t -> !t.deployedOn().isAfter(cohort.startsOn())).findFirst();
            if (ready.isPresent()) {
                evidence.add(new Evidence("'" + ready.get().name() + "' is live on " + ready.get().deployedOn() + ", on or before "
                        + describe(cohort), null, ready.get().deployedOn(), null));
            } else if (systems.isEmpty()) {
                reasons.add("no practice system for practitioners is deployed for " + describe(cohort));
            } else {
                GateFacts.Tool next = systems.getFirst();
                reasons.add("'" + next.name() + "' goes live on " + next.deployedOn() + ", after " + describe(cohort));
            }
        }
        return new GateCondition(GateConditionKind.INFRASTRUCTURE_READY, reasons.isEmpty(), reasons, evidence);
    }

    /** At least one AI tool that professionals can reach is deployed by today. */
    static GateCondition toolsDeployed(GateFacts facts) {
        List<GateFacts.Tool> reachable = facts.tools().stream().filter(t -> t.audiences().contains(Audience.PROFESSIONAL)).toList();
        List<GateFacts.Tool> live = reachable.stream().filter(t -> !t.deployedOn().isAfter(facts.today())).toList();
        if (!live.isEmpty()) {
            return new GateCondition(GateConditionKind.TOOLS_DEPLOYED, true, List.of(), live.stream()
                    .map(t -> new Evidence("'" + t.name() + "' is deployed for professionals since " + t.deployedOn(), null,
                            t.deployedOn(), null)).toList());
        }
        String reason = reachable.isEmpty()
                ? "no AI tool is deployed that the PROFESSIONAL audience can reach"
                : "'" + reachable.getFirst().name() + "' is planned for " + reachable.getFirst().deployedOn()
                        + " but professionals cannot reach it yet";
        return new GateCondition(GateConditionKind.TOOLS_DEPLOYED, false, List.of(reason), List.of());
    }

    /** Every manager of the planned participants finished a training 28 to 42 days before their cohort starts. */
    static GateCondition managersTrained(GateFacts facts) {
        List<ManagerReadiness.ManagerCheck> checks = ManagerReadiness.check(facts.participants());
        List<ManagerReadiness.ManagerCheck> failing = checks.stream()
                .filter(c -> c.verdict() != ManagerReadiness.Verdict.IN_WINDOW).toList();
        List<String> reasons = new ArrayList<>();
        failing.stream().limit(MAX_LISTED).forEach(c -> reasons.add(c.sentence()));
        if (failing.size() > MAX_LISTED) {
            reasons.add("and " + (failing.size() - MAX_LISTED) + " more managers");
        }
        long managers = checks.stream().map(ManagerReadiness.ManagerCheck::managerId).distinct().count();
        long ready = checks.stream().filter(c -> c.verdict() == ManagerReadiness.Verdict.IN_WINDOW)
                .map(ManagerReadiness.ManagerCheck::managerId).distinct().count();
        List<Evidence> evidence = new ArrayList<>();
        if (checks.isEmpty()) {
            reasons.add("no planned participant has a manager on record, so manager training cannot be checked");
        } else {
            evidence.add(Evidence.of(ready + " of " + managers + " managers of " + ManagerReadiness.teamMembers(checks)
                    + " planned participants finished training " + ManagerReadiness.MIN_DAYS + "-" + ManagerReadiness.MAX_DAYS
                    + " days before their team's cohort"));
        }
        return new GateCondition(GateConditionKind.MANAGERS_TRAINED, reasons.isEmpty(), reasons, evidence);
    }

    /** Someone recorded the AI use policy's link, date and audience. */
    static GateCondition policyCommunicated(GateFacts facts) {
        Optional<GateFacts.Attestation> latest = facts.attestations().stream()
                .filter(a -> a.kind() == GateConditionKind.POLICY_COMMUNICATED)
                .max(Comparator.comparing(GateFacts.Attestation::attestedOn));
        if (latest.isEmpty()) {
            return new GateCondition(GateConditionKind.POLICY_COMMUNICATED, false,
                    List.of("nobody has attested that the AI use policy was communicated (record its link, date and audience)"),
                    List.of());
        }
        GateFacts.Attestation a = latest.get();
        String description = "AI use policy communicated on " + a.attestedOn()
                + (a.audience() == null ? "" : " to " + a.audience()) + (a.note() == null ? "" : ": " + a.note());
        return new GateCondition(GateConditionKind.POLICY_COMMUNICATED, true, List.of(),
                List.of(new Evidence(description, a.evidenceUrl(), a.attestedOn(), a.attestedBy())));
    }

    /** At least one internal success story is recorded. */
    static GateCondition successStory(GateFacts facts) {
        if (facts.successStories() == 0) {
            return new GateCondition(GateConditionKind.SUCCESS_STORY, false,
                    List.of("no internal success story is recorded yet"), List.of());
        }
        return new GateCondition(GateConditionKind.SUCCESS_STORY, true, List.of(), List.of(new Evidence(
                facts.successStories() + (facts.successStories() == 1 ? " success story" : " success stories")
                        + " recorded, the latest on " + facts.latestSuccessStoryOn(), null, facts.latestSuccessStoryOn(), null)));
    }

    private static String describe(GateFacts.StartingCohort cohort) {
        return cohort.planned()
                ? "the phase's planned start on " + cohort.startsOn()
                : "cohort '" + cohort.name() + "' starting on " + cohort.startsOn();
    }
}
