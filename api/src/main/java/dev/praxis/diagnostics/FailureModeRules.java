package dev.praxis.diagnostics;

import dev.praxis.framework.Audience;
import dev.praxis.framework.FrameworkProfiles;
import dev.praxis.roadmap.CapabilityActivityKind;
import dev.praxis.roadmap.ManagerReadiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The six failure-mode rules side by side. Each reads {@link ProgramFacts} and answers a
 * {@link Diagnosis}: DETECTED with evidence that names counts and examples, CLEAR, or
 * INSUFFICIENT_DATA when the data to judge it is not there.
 */
public final class FailureModeRules {
    /** The smallest change-management share of the budget, as a percentage. */
    public static final BigDecimal MIN_CHANGE_MANAGEMENT_PERCENT = BigDecimal.valueOf(30);
    public static final int MIN_TARGET_BEHAVIORS = 3;
    public static final int MAX_TARGET_BEHAVIORS = 5;
    /** The behaviour check that decides whether training transferred, in days after a cohort ends. */
    public static final int CHECK_DAY = 90;
    /** "The last quarter": activity on or after this many months before today counts. */
    public static final int ACTIVITY_WINDOW_MONTHS = 3;
    /** Audiences that practise on AI tools during training (leaders' tracks are about judgement, not tools). */
    static final Set<Audience> TOOL_AUDIENCES = EnumSet.of(Audience.PROFESSIONAL, Audience.PRACTITIONER);
    private static final int EXAMPLES = 5;

    private FailureModeRules() {
    }

    public static List<Diagnosis> all(ProgramFacts facts) {
        return List.of(genericContent(facts), noPracticeSystem(facts), noManagerReinforcement(facts),
                measuringInputs(facts), oneTimeEvent(facts), changeManagementUnderfunded(facts));
    }

    /** GENERIC_CONTENT: modules without a business context, naming those that deliver a vendor catalog item unchanged. */
    public static Diagnosis genericContent(ProgramFacts facts) {
        FailureMode mode = FailureMode.GENERIC_CONTENT;
        if (facts.modules().isEmpty()) {
            return insufficient(mode, "The program has no modules yet.");
        }
        List<ProgramFacts.ModuleFact> generic = facts.modules().stream().filter(ProgramFacts.ModuleFact::generic).toList();
        int total = facts.modules().size();
        if (generic.isEmpty()) {
            return clear(mode, "All " + total + " modules carry a business context.");
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(generic.size() + " of " + total + " modules have no business context.");
        Map<String, List<String>> byTrack = new LinkedHashMap<>();
        generic.forEach(m -> byTrack.computeIfAbsent(m.trackName(), t -> new ArrayList<>()).add(m.title()));
        byTrack.forEach((track, titles) -> evidence.add(track + ": " + examples(titles.stream().map(t -> "'" + t + "'").toList())
                + " (" + titles.size() + ")."));
        // A vendor catalog item delivered without any context of our own is the generic course bought in bulk.
        Map<String, List<String>> unchangedBySource = new LinkedHashMap<>();
        generic.stream().filter(m -> m.catalogSource() != null)
                .forEach(m -> unchangedBySource.computeIfAbsent(m.catalogSource(), k -> new ArrayList<>()).add(m.title()));
        unchangedBySource.forEach((source, titles) -> evidence.add(titles.size() + (titles.size() == 1 ? " delivers a " : " deliver a ") + source
                + " catalog item unchanged: " + examples(titles.stream().map(t -> "'" + t + "'").toList()) + "."));
        double share = (double) generic.size() / total;
        Severity severity = share >= 0.5 ? Severity.HIGH : share >= 0.25 ? Severity.MEDIUM : Severity.LOW;
        return detected(mode, severity, evidence, generic.size());
    }

    /** NO_PRACTICE_SYSTEM: tool-using cohorts whose audience had no deployed AI tool at cohort start. */
    public static Diagnosis noPracticeSystem(ProgramFacts facts) {
        FailureMode mode = FailureMode.NO_PRACTICE_SYSTEM;
        List<ProgramFacts.CohortFact> judged = facts.cohorts().stream().filter(c -> TOOL_AUDIENCES.contains(c.audience())).toList();
        if (judged.isEmpty()) {
            return insufficient(mode, "No professional or practitioner cohort is planned yet.");
        }
        List<ProgramFacts.CohortFact> without = judged.stream().filter(c -> facts.tools().stream()
                .noneMatch(t -> t.audiences().contains(c.audience()) && !t.deployedOn().isAfter(c.startsOn()))).toList();
        if (without.isEmpty()) {
            return clear(mode, "All " + judged.size() + " professional and practitioner cohorts had an AI tool deployed for their audience at their start.");
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(without.size() + " of " + judged.size()
                + " professional and practitioner cohorts start without an AI tool deployed for their audience.");
        evidence.add("For example " + examples(without.stream()
                .map(c -> "'" + c.name() + "' (" + c.audience() + ", starts " + c.startsOn() + ")").toList()) + ".");
        Severity severity = without.size() * 2 >= judged.size() ? Severity.HIGH : Severity.MEDIUM;
        return detected(mode, severity, evidence, without.size());
    }

    /** NO_MANAGER_REINFORCEMENT: team members whose manager did not finish training 28-42 days before their cohort. */
    public static Diagnosis noManagerReinforcement(ProgramFacts facts) {
        FailureMode mode = FailureMode.NO_MANAGER_REINFORCEMENT;
        List<ManagerReadiness.ManagerCheck> checks = ManagerReadiness.check(facts.teamMembers());
        if (checks.isEmpty()) {
            return insufficient(mode, "No professional cohort has participants with a manager on record.");
        }
        List<ManagerReadiness.ManagerCheck> failing = checks.stream()
                .filter(c -> c.verdict() != ManagerReadiness.Verdict.IN_WINDOW).toList();
        int members = ManagerReadiness.teamMembers(checks);
        if (failing.isEmpty()) {
            return clear(mode, "The managers of all " + members + " team members finished training "
                    + ManagerReadiness.MIN_DAYS + "-" + ManagerReadiness.MAX_DAYS + " days before their cohort.");
        }
        int affected = ManagerReadiness.teamMembers(failing);
        Map<ManagerReadiness.Verdict, Long> managersByVerdict = failing.stream()
                .collect(Collectors.groupingBy(ManagerReadiness.ManagerCheck::verdict, () -> new EnumMap<>(ManagerReadiness.Verdict.class),
                        Collectors.mapping(ManagerReadiness.ManagerCheck::managerId, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        List<String> evidence = new ArrayList<>();
        evidence.add(affected + " of " + members + " team members have a manager who did not finish training "
                + ManagerReadiness.MIN_DAYS + "-" + ManagerReadiness.MAX_DAYS + " days before their cohort ("
                + managersByVerdict.entrySet().stream().map(e -> e.getValue() + " " + verdictWords(e.getKey()))
                .collect(Collectors.joining(", ")) + ").");
        failing.stream().limit(EXAMPLES).forEach(c -> evidence.add(c.sentence() + "."));
        Severity severity = affected * 4 >= members ? Severity.HIGH : Severity.MEDIUM;
        return detected(mode, severity, evidence, affected);
    }

    /** MEASURING_INPUTS: not 3-5 target behaviours, or completions recorded without any 90-day check data. */
    public static Diagnosis measuringInputs(ProgramFacts facts) {
        FailureMode mode = FailureMode.MEASURING_INPUTS;
        BehaviorEvidence behavior = facts.behavior();
        List<String> evidence = new ArrayList<>();
        Integer targets = behavior.targetBehaviors();
        boolean countOff = targets != null && (targets < MIN_TARGET_BEHAVIORS || targets > MAX_TARGET_BEHAVIORS);
        if (countOff) {
            evidence.add("The program defines " + targets + " target behaviours; " + MIN_TARGET_BEHAVIORS + " to "
                    + MAX_TARGET_BEHAVIORS + " are needed to steer continuation decisions.");
        }
        Integer respondents = behavior.ninetyDayRespondents();
        // A 90-day check is due once a cohort ended at least 90 days ago; before that its absence says nothing.
        List<ProgramFacts.CohortFact> due = facts.cohorts().stream()
                .filter(c -> c.endsOn() != null && !c.endsOn().plusDays(CHECK_DAY).isAfter(facts.today())).toList();
        boolean noChecks = respondents != null && respondents == 0 && facts.completions() > 0 && !due.isEmpty();
        if (noChecks) {
            evidence.add(facts.completions() + " module completions are recorded but no participant has answered a 90-day behaviour check, although "
                    + due.size() + (due.size() == 1 ? " cohort" : " cohorts") + " ended at least " + CHECK_DAY + " days ago (for example "
                    + examples(due.stream().map(c -> "'" + c.name() + "'").toList()) + ").");
        }
        if (countOff || noChecks) {
            return detected(mode, Severity.HIGH, evidence, (countOff ? 1 : 0) + (noChecks ? 1 : 0));
        }
        if (targets == null || respondents == null) {
            return insufficient(mode, targets == null
                    ? "Target behaviours and 90-day behaviour checks are not recorded, so what is measured cannot be judged."
                    : "90-day behaviour check data is not recorded, so what is measured cannot be judged.");
        }
        return clear(mode, "The program defines " + targets + " target behaviours and " + respondents
                + " participants answered the 90-day check" + (due.isEmpty() ? "; no cohort has reached its 90-day check yet." : "."));
    }

    /** ONE_TIME_EVENT: no continuous-capability activity in the last quarter. */
    public static Diagnosis oneTimeEvent(ProgramFacts facts) {
        FailureMode mode = FailureMode.ONE_TIME_EVENT;
        boolean anyEnded = facts.cohorts().stream().anyMatch(c -> c.endsOn() != null && c.endsOn().isBefore(facts.today()));
        LocalDate since = facts.today().minusMonths(ACTIVITY_WINDOW_MONTHS);
        List<ProgramFacts.ActivityFact> recent = facts.activities().stream()
                .filter(a -> !a.happenedOn().isBefore(since) && !a.happenedOn().isAfter(facts.today())).toList();
        if (!recent.isEmpty()) {
            Map<CapabilityActivityKind, Long> byKind = recent.stream().collect(Collectors.groupingBy(ProgramFacts.ActivityFact::kind,
                    () -> new EnumMap<>(CapabilityActivityKind.class), Collectors.counting()));
            return clear(mode, recent.size() + " capability activities since " + since + ": " + byKind.entrySet().stream()
                    .map(e -> e.getValue() + " " + words(e.getKey())).collect(Collectors.joining(", ")) + ".");
        }
        if (!anyEnded) {
            return insufficient(mode, "No cohort has ended yet, so there is no 'after the training' to judge.");
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("No community-of-practice session, showcase, use-case library update or curriculum refresh since " + since + ".");
        long ended = facts.cohorts().stream().filter(c -> c.endsOn() != null && c.endsOn().isBefore(facts.today())).count();
        evidence.add(ended + " cohorts have ended with nothing recorded to keep their learning alive"
                + (facts.activitiesEver() == 0 ? " (no capability activity was ever recorded)." : "."));
        return detected(mode, facts.activitiesEver() == 0 ? Severity.HIGH : Severity.MEDIUM, evidence, (int) ended);
    }

    /** CHANGE_MANAGEMENT_UNDERFUNDED: change management gets less than 30% of the budget. */
    public static Diagnosis changeManagementUnderfunded(ProgramFacts facts) {
        FailureMode mode = FailureMode.CHANGE_MANAGEMENT_UNDERFUNDED;
        BigDecimal total = facts.budgetTotal();
        if (total == null || total.signum() == 0 || facts.changeManagement() == null) {
            return insufficient(mode, "No budget is set for the program.");
        }
        BigDecimal percent = facts.changeManagement().multiply(BigDecimal.valueOf(100)).divide(total, 4, RoundingMode.HALF_EVEN);
        String share = percent.setScale(1, RoundingMode.DOWN).toPlainString() + "%";
        // Compared exactly, never through the rounded percentage (29.99999% is below the line).
        if (facts.changeManagement().multiply(BigDecimal.valueOf(100)).compareTo(total.multiply(MIN_CHANGE_MANAGEMENT_PERCENT)) >= 0) {
            return clear(mode, "Change management gets " + share + " of the budget.");
        }
        BigDecimal needed = total.multiply(MIN_CHANGE_MANAGEMENT_PERCENT).divide(BigDecimal.valueOf(100), 2, RoundingMode.UP);
        String currency = facts.currency() == null ? "" : facts.currency() + " ";
        List<String> evidence = List.of(
                "Change management gets " + currency + money(facts.changeManagement()) + " of " + currency + money(total)
                        + " (" + share + ").",
                "At least 30% (" + currency + money(needed) + ") is needed: " + currency
                        + money(needed.subtract(facts.changeManagement())) + " more.");
        Severity severity = percent.compareTo(BigDecimal.valueOf(15)) < 0 ? Severity.HIGH : Severity.MEDIUM;
        return detected(mode, severity, evidence, 1);
    }

    public static String fixOf(FailureMode mode) {
        return FrameworkProfiles.FAILURE_MODES.stream().filter(p -> p.failureMode().equals(mode.name()))
                .map(FrameworkProfiles.FailureModeProfile::fix).findFirst().orElseThrow();
    }

    private static Diagnosis detected(FailureMode mode, Severity severity, List<String> evidence, int affected) {
        return new Diagnosis(mode, DiagnosisStatus.DETECTED, severity, evidence, affected, fixOf(mode));
    }

    private static Diagnosis clear(FailureMode mode, String evidence) {
        return new Diagnosis(mode, DiagnosisStatus.CLEAR, Severity.NONE, List.of(evidence), 0, fixOf(mode));
    }

    private static Diagnosis insufficient(FailureMode mode, String evidence) {
        return new Diagnosis(mode, DiagnosisStatus.INSUFFICIENT_DATA, Severity.NONE, List.of(evidence), 0, fixOf(mode));
    }

    private static String examples(List<String> items) {
        String listed = String.join(", ", items.subList(0, Math.min(EXAMPLES, items.size())));
        return items.size() > EXAMPLES ? listed + " and " + (items.size() - EXAMPLES) + " more" : listed;
    }

    private static String verdictWords(ManagerReadiness.Verdict verdict) {
        return switch (verdict) {
            case NOT_TRAINED -> "managers not trained";
            case TOO_EARLY -> "trained too early";
            case TOO_LATE -> "trained too late";
            case IN_WINDOW -> "trained in time";
        };
    }

    private static String words(CapabilityActivityKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
