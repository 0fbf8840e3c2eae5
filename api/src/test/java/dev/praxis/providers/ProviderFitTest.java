package dev.praxis.providers;

import dev.praxis.framework.Audience;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderFitTest {

    @Test
    void platformOnATrackWithGenericModules() {
        assertThat(ProviderFit.warnings(ProviderCategory.PLATFORM, new ProviderFit.TrackFacts(Audience.PROFESSIONAL, 4, 2, BigDecimal.TEN)))
                .extracting(FitWarning::code).containsExactly("PLATFORM_GENERIC_CONTENT");
        assertThat(ProviderFit.warnings(ProviderCategory.PLATFORM, new ProviderFit.TrackFacts(Audience.PROFESSIONAL, 4, 0, BigDecimal.TEN)))
                .isEmpty();
    }

    @Test
    void cloudAcademyOnTheExecutiveTrack() {
        assertThat(ProviderFit.warnings(ProviderCategory.CLOUD_ACADEMY, new ProviderFit.TrackFacts(Audience.EXECUTIVE, 4, 0, BigDecimal.TEN)))
                .extracting(FitWarning::code).containsExactly("CLOUD_ACADEMY_WEAK_FOR_LEADERS");
        assertThat(ProviderFit.warnings(ProviderCategory.CLOUD_ACADEMY, new ProviderFit.TrackFacts(Audience.PRACTITIONER, 4, 4, null)))
                .isEmpty();
    }

    @Test
    void specialistWithoutChangeManagementBudget() {
        assertThat(ProviderFit.warnings(ProviderCategory.SPECIALIST, new ProviderFit.TrackFacts(Audience.PRACTITIONER, 4, 0, BigDecimal.ZERO)))
                .extracting(FitWarning::code).containsExactly("SPECIALIST_WITHOUT_CHANGE_MANAGEMENT");
        assertThat(ProviderFit.warnings(ProviderCategory.SPECIALIST, new ProviderFit.TrackFacts(Audience.PRACTITIONER, 4, 0, null)))
                .extracting(FitWarning::code).containsExactly("SPECIALIST_WITHOUT_CHANGE_MANAGEMENT");
        assertThat(ProviderFit.warnings(ProviderCategory.SPECIALIST, new ProviderFit.TrackFacts(Audience.PRACTITIONER, 4, 0, BigDecimal.ONE)))
                .isEmpty();
    }

    @Test
    void consultingOnPractitionersAndInternalNeverWarns() {
        assertThat(ProviderFit.warnings(ProviderCategory.CONSULTING, new ProviderFit.TrackFacts(Audience.PRACTITIONER, 4, 0, BigDecimal.ONE)))
                .extracting(FitWarning::code).containsExactly("CONSULTING_SHALLOW_TECHNICAL_DEPTH");
        assertThat(ProviderFit.warnings(ProviderCategory.INTERNAL, new ProviderFit.TrackFacts(Audience.PROFESSIONAL, 4, 4, null))).isEmpty();
    }
}
