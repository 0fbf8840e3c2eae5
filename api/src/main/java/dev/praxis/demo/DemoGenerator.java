package dev.praxis.demo;

import dev.praxis.cohort.Cohort;
import dev.praxis.cohort.CohortRepository;
import dev.praxis.framework.Audience;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.framework.PhaseKind;
import dev.praxis.framework.Specialty;
import dev.praxis.people.PersonRepository;
import dev.praxis.people.PersonRepository.CompletionUpsert;
import dev.praxis.people.PersonRepository.PersonUpsert;
import dev.praxis.program.Module;
import dev.praxis.program.Program;
import dev.praxis.program.ProgramRepository;
import dev.praxis.program.ProgramStatus;
import dev.praxis.program.Track;
import dev.praxis.roadmap.Phase;
import dev.praxis.roadmap.PhaseRepository;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Collection;

import static java.util.Objects.requireNonNull;

/**
 * Generates a believable organization: a CEO, executives, business leaders, practitioners with
 * specialties and professionals (managers and their teams) across departments, and one program
 * made from the framework, five months in. Same seed, size and as-of date give the same data.
 *
 * <p>The story: the FOUNDATION cohorts are done, the PRACTITIONER deep tracks are under way, the
 * people managers were trained for the first BROAD_WORKFORCE wave (two of them did not finish),
 * and the professional waves start soon. Some modules carry a business context, others are
 * still generic; change management gets 20% of the budget.
 */
public final class DemoGenerator {
    static final String DOMAIN = "northwind.example";
    private static final List<String> DEPARTMENTS = List.of(
            "Finance", "Procurement", "Sales", "Marketing", "Operations", "Customer Service", "People", "Legal");
    private static final List<String> TECH_DEPARTMENTS = List.of("Engineering", "Data & Analytics");
    private static final List<String> FIRST_NAMES = List.of(
            "Ada", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Noah",
            "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Aiko", "Bruno",
            "Carmen", "Dmitri", "Esther", "Felix", "Gita", "Hannah", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nadia");
    private static final List<String> LAST_NAMES = List.of(
            "Okafor", "Schmidt", "Nakamura", "Silva", "Haddad", "Kowalski", "Fernandez", "Larsen", "Chen", "Dubois",
            "Mensah", "Rossi", "Novak", "Patel", "Andersson", "Moreau", "Tanaka", "Costa", "Ibrahim", "Murphy",
            "Weber", "Kim", "Popescu", "Oliveira", "Jensen", "Singh", "Yilmaz", "Walsh", "Horvat", "Ng");

    private final Random random;
    private final int size;
    private final LocalDate asOf;

    public DemoGenerator(long seed, int size, LocalDate asOf) {
        if (size < 50) {
            throw new IllegalArgumentException("a demo organization needs at least 50 people, asked for " + size);
        }
        this.random = new Random(seed);
        this.size = size;
        this.asOf = requireNonNull(asOf, "asOf is null");
    }

    /** One generated person and the email of their manager. */
    private record Generated(PersonUpsert person, String managerEmail, boolean isManager) {
    }

    public void generate(DSLContext dsl, long organizationId) {
        dsl.transaction(tx -> generateIn(tx.dsl(), organizationId));
    }

    private void generateIn(DSLContext dsl, long org) {
        LocalDateTime now = asOf.atStartOfDay();
        List<Generated> people = people();
        PersonRepository personRepository = new PersonRepository();
        for (int from = 0; from < people.size(); from += 5_000) {
            personRepository.upsert(dsl, org, people.subList(from, Math.min(people.size(), from + 5_000))
                    .stream().map(Generated::person).toList(), now);
        }
        Map<String, Long> ids = personRepository.idsByEmail(dsl, org, people.stream().map(g -> g.person().email()).toList());
        Map<Long, Long> managers = new HashMap<>();
        people.stream().filter(g -> g.managerEmail() != null)
                .forEach(g -> managers.put(ids.get(g.person().email()), ids.get(g.managerEmail())));
        personRepository.setManagers(dsl, org, managers);

        // The program starts on a Monday about five months before the as-of date.
        LocalDate start = asOf.minusMonths(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ProgramRepository programs = new ProgramRepository();
        Program program = programs.create(dsl, org, "AI Capability Program " + start.getYear(), start, true,
                FrameworkCatalog.load(dsl), now);
        programs.updateProgram(dsl, org, program.id(), new ProgramRepository.ProgramChanges(
                Optional.empty(), Optional.of(ProgramStatus.ACTIVE), Optional.empty()));
        programs.setBudget(dsl, org, program.id(), "USD", new BigDecimal("1200000.00"), new BigDecimal("240000.00"), now);
        Map<Audience, Track> tracks = new LinkedHashMap<>();
        programs.tracksByProgram(dsl, org, List.of(program.id())).get(program.id()).forEach(t -> tracks.put(t.audience(), t));
        Map<Long, List<Module>> modules = programs.modulesByTrack(dsl, org, tracks.values().stream().map(Track::id).toList());
        giveBusinessContext(dsl, org, programs, modules, tracks);
        Map<PhaseKind, Phase> phases = new LinkedHashMap<>();
        new PhaseRepository().phasesByProgram(dsl, org, List.of(program.id())).get(program.id()).forEach(p -> phases.put(p.kind(), p));

        CohortPlanner planner = new CohortPlanner(dsl, org, program, now, modules);
        Map<Audience, List<Generated>> byAudience = new LinkedHashMap<>();
        people.forEach(g -> byAudience.computeIfAbsent(g.person().audience(), a -> new ArrayList<>()).add(g));

        // FOUNDATION: executives in one cohort, business leaders in three waves; all ended.
        planner.cohort(tracks.get(Audience.EXECUTIVE), phases.get(PhaseKind.FOUNDATION), "Executive leadership",
                start, start.plusWeeks(4), emails(byAudience.get(Audience.EXECUTIVE)), 0.95, ids);
        List<List<Generated>> leaderWaves = split(byAudience.get(Audience.BUSINESS_LEADER), 3);
        for (int wave = 0; wave < leaderWaves.size(); wave++) {
            // Weekly waves of five weeks: the first two end early enough to have their 90-day check.
            LocalDate waveStart = start.plusWeeks(2 + wave);
            planner.cohort(tracks.get(Audience.BUSINESS_LEADER), phases.get(PhaseKind.FOUNDATION), "Business leaders, wave " + (wave + 1),
                    waveStart, waveStart.plusWeeks(5), emails(leaderWaves.get(wave)), 0.9 - 0.1 * wave, ids);
        }
        // PRACTITIONER: one cohort per specialty, two ended, two under way.
        List<Generated> practitioners = byAudience.get(Audience.PRACTITIONER);
        int index = 0;
        for (Specialty specialty : Specialty.values()) {
            LocalDate cohortStart = start.plusMonths(1).plusWeeks(3L * index);
            List<String> members = practitioners.stream().filter(g -> g.person().specialty() == specialty)
                    .map(g -> g.person().email()).toList();
            planner.cohort(tracks.get(Audience.PRACTITIONER), phases.get(PhaseKind.PRACTITIONER),
                    "Deep track " + (char) ('A' + index) + ": " + specialty.name().toLowerCase().replace('_', ' '),
                    cohortStart, cohortStart.plusWeeks(12), members, 0.85, ids);
            index++;
        }
        // BROAD_WORKFORCE: people managers first (ended five weeks before the first wave), then team waves.
        List<Generated> professionals = byAudience.get(Audience.PROFESSIONAL);
        LocalDate firstWave = asOf.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<String> managerEmails = professionals.stream().filter(Generated::isManager).map(g -> g.person().email()).toList();
        planner.managerCohort(tracks.get(Audience.PROFESSIONAL), phases.get(PhaseKind.BROAD_WORKFORCE), "People managers",
                firstWave.minusWeeks(9), firstWave.minusWeeks(5), managerEmails, ids);
        List<Generated> teams = professionals.stream().filter(g -> !g.isManager()).toList();
        Map<String, List<String>> teamsByDepartment = new LinkedHashMap<>();
        teams.forEach(g -> teamsByDepartment.computeIfAbsent(g.person().department(), d -> new ArrayList<>()).add(g.person().email()));
        int wave = 0;
        for (Map.Entry<String, List<String>> department : teamsByDepartment.entrySet()) {
            LocalDate waveStart = firstWave.plusWeeks(2L * (wave / 2));
            planner.cohort(tracks.get(Audience.PROFESSIONAL), phases.get(PhaseKind.BROAD_WORKFORCE),
                    department.getKey() + " teams", waveStart, waveStart.plusWeeks(4), department.getValue(), 0, ids);
            wave++;
        }
        planner.finish(personRepository, new CohortRepository(), ids.values());
        new DemoMeasurements(random, asOf).generate(dsl, org, program.id());
        new DemoRoadmapStory(asOf).tell(dsl, org, program.id());
    }

    /** Enrolls and records completions; everything is written in bulk at the end. */
    private final class CohortPlanner {
        private final DSLContext dsl;
        private final long org;
        private final Program program;
        private final LocalDateTime now;
        private final Map<Long, List<Module>> modules;
        private final CohortRepository cohorts = new CohortRepository();
        private final List<CompletionUpsert> completions = new ArrayList<>();

        CohortPlanner(DSLContext dsl, long org, Program program, LocalDateTime now, Map<Long, List<Module>> modules) {
            this.dsl = dsl;
            this.org = org;
            this.program = program;
            this.now = now;
            this.modules = modules;
        }

        void cohort(Track track, Phase phase, String name, LocalDate startsOn, LocalDate endsOn, List<String> emails,
                    double completionOdds, Map<String, Long> ids) {
            Cohort cohort = cohorts.create(dsl, org, program.id(), track.id(), phase.id(), name, startsOn, endsOn, now);
            List<Long> members = emails.stream().map(ids::get).toList();
            if (!members.isEmpty()) {
                cohorts.enroll(dsl, org, cohort.id(), members, now);
            }
            List<Module> trackModules = modules.get(track.id());
            long days = Math.max(1, ChronoUnit.DAYS.between(startsOn, endsOn));
            for (Long member : members) {
                for (int i = 0; i < trackModules.size(); i++) {
                    Module module = trackModules.get(i);
                    if (module.specialty() != null && !name.toLowerCase().contains(module.specialty().name().toLowerCase().replace('_', ' '))) {
                        continue; // practitioners take the deep track of their specialty only
                    }
                    LocalDate done = startsOn.plusDays(days * (i + 1) / (trackModules.size() + 1) + random.nextInt(5));
                    if (!done.isAfter(asOf) && random.nextDouble() < completionOdds) {
                        completions.add(new CompletionUpsert(member, module.id(), done.atTime(9 + random.nextInt(8), 0),
                                BigDecimal.valueOf(60 + random.nextInt(41))));
                    }
                }
            }
        }

        /** Every manager completes the track, except the first two, who stop halfway. */
        void managerCohort(Track track, Phase phase, String name, LocalDate startsOn, LocalDate endsOn, List<String> emails,
                           Map<String, Long> ids) {
            Cohort cohort = cohorts.create(dsl, org, program.id(), track.id(), phase.id(), name, startsOn, endsOn, now);
            List<Long> members = emails.stream().map(ids::get).toList();
            cohorts.enroll(dsl, org, cohort.id(), members, now);
            List<Module> trackModules = modules.get(track.id());
            for (int m = 0; m < members.size(); m++) {
                int finished = m < 2 ? trackModules.size() / 2 : trackModules.size();
                for (int i = 0; i < finished; i++) {
                    LocalDate done = startsOn.plusWeeks(i).plusDays(random.nextInt(4));
                    completions.add(new CompletionUpsert(members.get(m), trackModules.get(i).id(), done.atTime(10, 0),
                            BigDecimal.valueOf(70 + random.nextInt(31))));
                }
            }
        }

        void finish(PersonRepository people, CohortRepository cohortRepository, Collection<Long> personIds) {
            for (int from = 0; from < completions.size(); from += 5_000) {
                people.recordCompletions(dsl, org, completions.subList(from, Math.min(completions.size(), from + 5_000)), "demo", now);
            }
            cohortRepository.refreshProgress(dsl, org, personIds);
        }
    }

    private void giveBusinessContext(DSLContext dsl, long org, ProgramRepository programs, Map<Long, List<Module>> modules,
                                     Map<Audience, Track> tracks) {
        Map<Audience, List<String>> contexts = Map.of(
                Audience.EXECUTIVE, List.of("Northwind's margin pressure in wholesale distribution and the 2027 automation plan.",
                        "The three AI proposals on this year's investment committee agenda."),
                Audience.BUSINESS_LEADER, List.of("Each leader brings one candidate use case from their own department's backlog."),
                Audience.PROFESSIONAL, List.of("Month-end close, supplier invoice matching and customer email triage, with Northwind's own data.",
                        "Spotting wrong figures in AI-drafted supplier summaries and sales forecasts."));
        contexts.forEach((audience, texts) -> {
            List<Module> trackModules = modules.get(tracks.get(audience).id());
            for (int i = 0; i < texts.size() && i < trackModules.size(); i++) {
                programs.updateModule(dsl, org, trackModules.get(i).id(), new ProgramRepository.ModuleChanges(
                        Optional.empty(), Optional.empty(),
                        Optional.of(Optional.of(texts.get(i))), Optional.empty(), Optional.empty()));
            }
        });
    }

    /** The reporting tree: CEO, executives, business leaders, then practitioners and professional teams. */
    private List<Generated> people() {
        List<Generated> result = new ArrayList<>();
        int executives = Math.max(3, size / 100);
        int leaders = Math.max(6, size * 75 / 1000);
        int practitioners = Math.max(8, size * 12 / 100);
        int managers = Math.max(4, size * 8 / 100);
        int teamMembers = size - 1 - executives - leaders - practitioners - managers;

        Generated ceo = person("Chief Executive Officer", "Executive Office", Audience.EXECUTIVE, null, null, false);
        result.add(ceo);
        List<Generated> executiveList = new ArrayList<>();
        for (int i = 0; i < executives; i++) {
            String department = i < DEPARTMENTS.size() ? DEPARTMENTS.get(i) : pick(DEPARTMENTS);
            executiveList.add(person("SVP " + department, department, Audience.EXECUTIVE, null, ceo, false));
        }
        result.addAll(executiveList);
        List<Generated> leaderList = new ArrayList<>();
        for (int i = 0; i < leaders; i++) {
            Generated executive = executiveList.get(i % executiveList.size());
            String department = i % 5 == 4 ? TECH_DEPARTMENTS.get(i % 2) : executive.person().department();
            leaderList.add(person((i % 3 == 0 ? "VP " : "Director, ") + department, department, Audience.BUSINESS_LEADER,
                    null, executive, false));
        }
        result.addAll(leaderList);
        List<Generated> techLeaders = leaderList.stream().filter(l -> TECH_DEPARTMENTS.contains(l.person().department())).toList();
        Specialty[] specialties = Specialty.values();
        for (int i = 0; i < practitioners; i++) {
            Specialty specialty = specialties[random.nextInt(10) < 4 ? 1 : random.nextInt(specialties.length)];
            Generated leader = techLeaders.get(i % techLeaders.size());
            result.add(person(practitionerTitle(specialty), leader.person().department(), Audience.PRACTITIONER, specialty, leader, false));
        }
        List<Generated> businessLeaders = leaderList.stream().filter(l -> !TECH_DEPARTMENTS.contains(l.person().department())).toList();
        List<Generated> managerList = new ArrayList<>();
        for (int i = 0; i < managers; i++) {
            Generated leader = businessLeaders.get(i % businessLeaders.size());
            managerList.add(person(leader.person().department() + " Manager", leader.person().department(), Audience.PROFESSIONAL,
                    null, leader, true));
        }
        result.addAll(managerList);
        for (int i = 0; i < teamMembers; i++) {
            Generated manager = managerList.get(i % managerList.size());
            result.add(person(pick(List.of("Analyst", "Specialist", "Coordinator", "Associate", "Advisor")) + ", " + manager.person().department(),
                    manager.person().department(), Audience.PROFESSIONAL, null, manager, false));
        }
        return result;
    }

    private int sequence;

    private Generated person(String title, String department, Audience audience, Specialty specialty, Generated manager,
                             boolean isManager) {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        int number = ++sequence;
        String email = (first + "." + last + "." + number + "@" + DOMAIN).toLowerCase();
        PersonUpsert person = new PersonUpsert(email, first + " " + last, title, department, audience, specialty,
                "NW-" + String.format("%06d", number));
        return new Generated(person, manager == null ? null : manager.person().email(), isManager);
    }

    private static String practitionerTitle(Specialty specialty) {
        return switch (specialty) {
            case MLOPS -> "ML Platform Engineer";
            case LLM_ENGINEERING -> "Software Engineer, GenAI";
            case AI_DATA_ENGINEERING -> "Data Engineer";
            case AI_GOVERNANCE -> "Model Risk Analyst";
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> emails(List<Generated> people) {
        return people.stream().map(g -> g.person().email()).toList();
    }

    private static <T> List<List<T>> split(List<T> list, int parts) {
        List<List<T>> result = new ArrayList<>();
        int chunk = (list.size() + parts - 1) / parts;
        for (int from = 0; from < list.size(); from += chunk) {
            result.add(list.subList(from, Math.min(list.size(), from + chunk)));
        }
        return result;
    }
}
