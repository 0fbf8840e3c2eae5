package dev.praxis.cohort;

import dev.praxis.framework.Audience;
import dev.praxis.framework.Specialty;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnrollmentProgressTest {
    private static final LocalDateTime MARCH_1 = LocalDateTime.of(2026, 3, 1, 9, 0);
    private static final LocalDateTime MARCH_9 = LocalDateTime.of(2026, 3, 9, 9, 0);
    private static final List<EnrollmentProgress.TrackModule> PROFESSIONAL = List.of(
            new EnrollmentProgress.TrackModule(1, null), new EnrollmentProgress.TrackModule(2, null));
    private static final List<EnrollmentProgress.TrackModule> DEEP_TRACKS = List.of(
            new EnrollmentProgress.TrackModule(11, Specialty.MLOPS), new EnrollmentProgress.TrackModule(12, Specialty.LLM_ENGINEERING));

    @Test
    void nothingCompletedIsEnrolled() {
        assertThat(EnrollmentProgress.of(Audience.PROFESSIONAL, PROFESSIONAL, null, Map.of()).status())
                .isEqualTo(EnrollmentStatus.ENROLLED);
    }

    @Test
    void everyModuleIsNeededAndTheLastOneDatesTheCompletion() {
        assertThat(EnrollmentProgress.of(Audience.PROFESSIONAL, PROFESSIONAL, null, Map.of(1L, MARCH_1)).status())
                .isEqualTo(EnrollmentStatus.IN_PROGRESS);
        EnrollmentProgress.Progress done = EnrollmentProgress.of(Audience.PROFESSIONAL, PROFESSIONAL, null, Map.of(1L, MARCH_9, 2L, MARCH_1));
        assertThat(done.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(done.completedAt()).isEqualTo(MARCH_9);
    }

    @Test
    void practitionersNeedTheDeepTrackOfTheirSpecialtyOnly() {
        assertThat(EnrollmentProgress.of(Audience.PRACTITIONER, DEEP_TRACKS, Specialty.MLOPS, Map.of(11L, MARCH_1)).status())
                .isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(EnrollmentProgress.of(Audience.PRACTITIONER, DEEP_TRACKS, Specialty.MLOPS, Map.of(12L, MARCH_1)).status())
                .as("another specialty's deep track does not complete theirs").isEqualTo(EnrollmentStatus.IN_PROGRESS);
    }

    @Test
    void practitionersWithoutASpecialtyCompleteWithAnyOneDeepTrack() {
        EnrollmentProgress.Progress progress = EnrollmentProgress.of(Audience.PRACTITIONER, DEEP_TRACKS, null, Map.of(12L, MARCH_9));
        assertThat(progress.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(progress.completedAt()).isEqualTo(MARCH_9);
    }
}
