package dev.praxis.measurement;

import dev.praxis.cohort.Cohort;
import dev.praxis.cohort.CohortRepository;
import dev.praxis.graphql.UserErrors;
import dev.praxis.people.Person;
import dev.praxis.people.PersonRepository;
import dev.praxis.program.Module;
import dev.praxis.program.ProgramRepository;
import dev.praxis.program.Track;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.praxis.db.Tables.ENROLLMENT;

/**
 * What a batch of answers refers to, looked up in a handful of queries for the whole batch: the
 * people, the cohorts, who is enrolled where, and the modules with their tracks. Then checks one
 * answer's references, adding user errors at the answer's path.
 */
final class Participation {
    private final Map<Long, Person> people;
    private final Map<Long, Cohort> cohorts;
    private final Set<List<Long>> enrollments = new HashSet<>();
    private final Map<Long, Module> modules;
    private final Map<Long, Track> tracks;

    private Participation(Map<Long, Person> people, Map<Long, Cohort> cohorts, Map<Long, Module> modules, Map<Long, Track> tracks) {
        this.people = people;
        this.cohorts = cohorts;
        this.modules = modules;
        this.tracks = tracks;
    }

    static Participation load(DSLContext dsl, long organizationId, Collection<Long> personIds, Collection<Long> cohortIds,
                              Collection<Long> moduleIds) {
        List<Long> persons = personIds.stream().filter(Objects::nonNull).distinct().toList();
        List<Long> cohortList = cohortIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Module> modules = new ProgramRepository().modulesById(dsl, organizationId,
                moduleIds.stream().filter(Objects::nonNull).distinct().toList());
        Participation participation = new Participation(
                new PersonRepository().byIds(dsl, organizationId, persons),
                new CohortRepository().byIds(dsl, organizationId, cohortList),
                modules,
                new ProgramRepository().tracksById(dsl, organizationId, modules.values().stream().map(Module::trackId).distinct().toList()));
        if (!persons.isEmpty() && !cohortList.isEmpty()) {
            dsl.select(ENROLLMENT.COHORT_ID, ENROLLMENT.PERSON_ID).from(ENROLLMENT)
                    .where(ENROLLMENT.ORGANIZATION_ID.eq(organizationId)
                            .and(ENROLLMENT.COHORT_ID.in(cohortList))
                            .and(ENROLLMENT.PERSON_ID.in(persons)))
                    .forEach(row -> participation.enrollments.add(List.of(row.value1(), row.value2())));
        }
        return participation;
    }

    /** The cohort, when the person exists, the cohort exists and the person is enrolled in it; else null with errors added. */
    Cohort enrolledCohort(UserErrors errors, List<String> at, Long personId, Long cohortId) {
        boolean ok = true;
        if (personId != null && !people.containsKey(personId)) {
            errors.add(append(at, "personId"), UserErrors.NOT_FOUND, "no such person");
            ok = false;
        }
        Cohort cohort = cohortId == null ? null : cohorts.get(cohortId);
        if (cohortId != null && cohort == null) {
            errors.add(append(at, "cohortId"), UserErrors.NOT_FOUND, "no such cohort");
            ok = false;
        }
        if (ok && personId != null && cohort != null && !enrollments.contains(List.of(cohortId, personId))) {
            errors.add(append(at, "personId"), UserErrors.INVALID, "is not enrolled in this cohort");
            ok = false;
        }
        return ok && personId != null ? cohort : null;
    }

    /** A module of the cohort's own track (surveys and assessments). */
    void checkModuleOfTrack(UserErrors errors, List<String> at, Long moduleId, Cohort cohort) {
        Module module = moduleId == null ? null : modules.get(moduleId);
        if (moduleId != null && module == null) {
            errors.add(append(at, "moduleId"), UserErrors.NOT_FOUND, "no such module");
        } else if (module != null && cohort != null && module.trackId() != cohort.trackId()) {
            errors.add(append(at, "moduleId"), UserErrors.INVALID, "is not a module of the cohort's track");
        }
    }

    /**
     * A module of the cohort's program (behaviour checks). A module of another track of the same
     * program is accepted: people apply what they learned wherever they learned it, and the
     * citation is credited to the module cited.
     */
    void checkModuleOfProgram(UserErrors errors, List<String> at, Long moduleId, Cohort cohort) {
        Module module = moduleId == null ? null : modules.get(moduleId);
        if (moduleId != null && module == null) {
            errors.add(append(at, "moduleId"), UserErrors.NOT_FOUND, "no such module");
        } else if (module != null && cohort != null && tracks.get(module.trackId()).programId() != cohort.programId()) {
            errors.add(append(at, "moduleId"), UserErrors.INVALID, "is not a module of the cohort's program");
        }
    }

    static MeasurementStore.Place place(Cohort cohort) {
        return new MeasurementStore.Place(cohort.programId(), cohort.trackId(), cohort.id());
    }

    static List<String> append(List<String> path, String field) {
        return java.util.stream.Stream.concat(path.stream(), java.util.stream.Stream.of(field)).toList();
    }
}
