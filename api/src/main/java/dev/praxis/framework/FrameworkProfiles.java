package dev.praxis.framework;

import java.util.List;
import java.util.Map;

/**
 * The descriptive half of the reference model: who each audience is, what each gate condition,
 * measurement level and failure mode means, what each kind of provider is good for, and the
 * figures a program is compared with. Written in our own words; the numbers are the model's.
 */
public final class FrameworkProfiles {
    private FrameworkProfiles() {
    }

    public record AudienceProfile(Audience audience, String who, String learns, String expectedOutcome) {
    }

    public record KirkpatrickLevelProfile(String level, String instruments, String figures) {
    }

    public record FailureModeProfile(String failureMode, String failure, String signal, String fix) {
    }

    public record ProviderCategoryProfile(String category, List<String> examples, String goodFor, String watchOutFor) {
    }

    public record BenchmarkFigure(String key, double value, String unit, String description) {
    }

    public static final List<AudienceProfile> AUDIENCES = List.of(
            new AudienceProfile(Audience.EXECUTIVE, "C-suite and senior vice presidents",
                    "How AI builds or erodes competitive advantage, how to judge AI investment cases, which questions to put to vendors, which failure modes to expect, and how a board governs AI risk.",
                    "Sounder AI investment decisions and informed governance."),
            new AudienceProfile(Audience.BUSINESS_LEADER, "Vice presidents and directors",
                    "Finding and scoping AI use cases in their own domain, working with technical teams, measuring the return of AI work, and leading the change it brings.",
                    "Qualified use cases, realistic sponsorship, and AI adopted in their own workflow."),
            new AudienceProfile(Audience.PROFESSIONAL, "Managers and individual contributors",
                    "Using AI tools on the tasks of their role, prompting for business work, checking AI output critically, knowing when not to trust it, and reporting AI-assisted work honestly.",
                    "About 25% higher individual productivity, critical use, and use cases drawn from their own work."),
            new AudienceProfile(Audience.PRACTITIONER, "Data and engineering staff",
                    "Technical depth in their specialty through one 40-hour deep track: MLOps, LLM engineering, AI data engineering, or AI governance and model risk.",
                    "Better AI systems, faster time to production, and governed models."));

    public static final Map<String, List<GateConditionProfile>> GATE_CONDITIONS = Map.of(
            "FOUNDATION", List.of(),
            "PRACTITIONER", List.of(
                    new GateConditionProfile("INFRASTRUCTURE_READY", "AUTOMATIC",
                            "The systems practitioners practise on are live on or before the cohort starts.")),
            "BROAD_WORKFORCE", List.of(
                    new GateConditionProfile("TOOLS_DEPLOYED", "AUTOMATIC",
                            "The AI tools are deployed and professionals can reach them."),
                    new GateConditionProfile("MANAGERS_TRAINED", "AUTOMATIC",
                            "Every participant's manager finished training 28 to 42 days (4 to 6 weeks) before the team's cohort starts."),
                    new GateConditionProfile("POLICY_COMMUNICATED", "ATTESTED",
                            "The AI use policy is clear and has been communicated; someone records the link, date and audience."),
                    new GateConditionProfile("SUCCESS_STORY", "AUTOMATIC",
                            "At least one internal success story exists to point to.")),
            "CONTINUOUS", List.of());

    public static final List<KirkpatrickLevelProfile> MEASUREMENT_LEVELS = List.of(
            new KirkpatrickLevelProfile("REACTION", "A short survey after each module",
                    "Relevance to the current role (1-5), confidence to apply it now (1-5), NPS (0-10), and what was missing."),
            new KirkpatrickLevelProfile("LEARNING", "Assessments",
                    "Pre and post scores on the target knowledge, graded practical exercises, peer teaching and simulated scenarios."),
            new KirkpatrickLevelProfile("BEHAVIOR", "Checks 30, 60 and 90 days after a cohort ends",
                    "AI tool use from system logs, manager and peer observations, and self-reported application with a concrete example."),
            new KirkpatrickLevelProfile("RESULTS", "KPIs of the trained roles and teams, baseline against now",
                    "Productivity, AI project velocity, error rate of AI-assisted work, and the rate at which leaders identify use cases."));

    public static final List<FailureModeProfile> FAILURE_MODES = List.of(
            new FailureModeProfile("GENERIC_CONTENT", "Generic courses bought in bulk, with no business context.",
                    "Modules without a business context; platform catalog items used unchanged.",
                    "Rebuild the modules around the decisions and tasks the roles actually face."),
            new FailureModeProfile("NO_PRACTICE_SYSTEM", "People trained on tools they cannot use yet.",
                    "Cohorts whose audience had no deployed AI tool when the cohort started.",
                    "Deploy the tools before the training, or together with it."),
            new FailureModeProfile("NO_MANAGER_REINFORCEMENT", "Teams trained before their managers.",
                    "Participants whose manager did not finish training 28 to 42 days before their cohort.",
                    "Train managers 4 to 6 weeks ahead and give them behaviours to reinforce."),
            new FailureModeProfile("MEASURING_INPUTS", "Completions reported instead of behaviour.",
                    "Fewer than 3 or more than 5 target behaviours, or completions without any 90-day check data.",
                    "Define 3 to 5 target behaviours, check them at 90 days, and tie continuation to them."),
            new FailureModeProfile("ONE_TIME_EVENT", "A single training event with nothing after it.",
                    "No community-of-practice activity, use-case library update or technical-track refresh in the last quarter.",
                    "Build the continuous parts: communities of practice, showcases, a living use-case library, refreshed tracks."),
            new FailureModeProfile("CHANGE_MANAGEMENT_UNDERFUNDED", "Technical training funded, adoption not.",
                    "Change management gets less than 30% of the budget.",
                    "Give at least 30% of the budget to change management and adoption."));

    public static final List<ProviderCategoryProfile> PROVIDER_CATEGORIES = List.of(
            new ProviderCategoryProfile("PLATFORM", List.of("Coursera", "Udemy", "LinkedIn Learning"),
                    "Breadth, low cost per seat, foundations; professionals once role-specific modules exist.",
                    "Generic content, gamified completion, little room to customise."),
            new ProviderCategoryProfile("SPECIALIST", List.of("DeepLearning.AI", "fast.ai", "DataCamp"),
                    "Technical depth for the practitioner deep tracks.",
                    "Made for individuals: no enterprise customisation and no change management."),
            new ProviderCategoryProfile("CONSULTING", List.of("Big Four academies"),
                    "Executive audiences, links to strategy, a known brand.",
                    "Expensive for what is taught, rebranded generic material, shallow technical depth."),
            new ProviderCategoryProfile("CLOUD_ACADEMY", List.of("AWS", "Google", "Microsoft Learn"),
                    "Deep, current platform content for practitioners working on that stack.",
                    "Bias towards the vendor's platform; weak on executive and change-management content."),
            new ProviderCategoryProfile("INDEPENDENT", List.of("Boutique firms", "Individual experts"),
                    "The most customisation around the organization's own tools.",
                    "Uneven quality, limited scale, hard to judge in advance."),
            new ProviderCategoryProfile("INTERNAL", List.of("The organization's own LMS"),
                    "The organization's own context.",
                    "Judge it by the same behaviour measures as any vendor."));

    public static final List<BenchmarkFigure> BENCHMARKS = List.of(
            new BenchmarkFigure("NO_CHANGE_AFTER_SIX_MONTHS", 0.78, "share",
                    "Share of training participants who report no change in how they approach problems six months later."),
            new BenchmarkFigure("ROLE_SPECIFIC_ROI_MULTIPLIER", 4, "multiplier",
                    "Return of role-specific AI training compared with generic AI literacy programs."),
            new BenchmarkFigure("COST_WITHOUT_BEHAVIOR_CHANGE_USD", 1400, "USD per employee",
                    "Average cost per employee of programs that produce no measurable behaviour change."),
            new BenchmarkFigure("MIN_CHANGE_MANAGEMENT_SHARE", 0.30, "share",
                    "Smallest share of the training budget that should go to change management and adoption."),
            new BenchmarkFigure("BEHAVIOR_CHECK_PASS_SHARE", 0.60, "share",
                    "Concrete share of 90-day answers at or above which a program transfers to behaviour."));
}
