package dev.praxis.providers;

import dev.praxis.framework.Audience;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a kind of provider fits a track, from the known strengths and cautions of each
 * category. Plain Java over plain values.
 */
public final class ProviderFit {
    private ProviderFit() {
    }

    /**
     * @param genericModules         the track's modules without a business context
     * @param changeManagementBudget the program's change-management amount; null when no budget is set
     */
    public record TrackFacts(Audience audience, int modules, int genericModules, BigDecimal changeManagementBudget) {
    }

    public static List<FitWarning> warnings(ProviderCategory category, TrackFacts track) {
        List<FitWarning> warnings = new ArrayList<>();
        switch (category) {
            case PLATFORM -> {
                if (track.genericModules() > 0) {
                    warnings.add(new FitWarning("PLATFORM_GENERIC_CONTENT", track.genericModules() + " of " + track.modules()
                            + " modules of this track have no business context; platform catalogs are generic and hard to customise, so add the context before relying on them."));
                }
                if (track.audience() == Audience.PRACTITIONER) {
                    warnings.add(new FitWarning("PLATFORM_SHALLOW_FOR_PRACTITIONERS",
                            "Platforms are made for breadth and foundations; the 40-hour deep tracks need specialist or cloud-academy depth."));
                }
            }
            case SPECIALIST -> {
                if (track.audience() != Audience.PRACTITIONER) {
                    warnings.add(new FitWarning("SPECIALIST_OUTSIDE_DEEP_TRACKS",
                            "Specialists bring technical depth for practitioners; for " + track.audience()
                                    + " they offer no enterprise customisation."));
                }
                if (track.changeManagementBudget() == null || track.changeManagementBudget().signum() == 0) {
                    warnings.add(new FitWarning("SPECIALIST_WITHOUT_CHANGE_MANAGEMENT",
                            "Specialists bring no change management and the program budgets none; adoption will have no support."));
                }
            }
            case CONSULTING -> {
                if (track.audience() == Audience.PRACTITIONER) {
                    warnings.add(new FitWarning("CONSULTING_SHALLOW_TECHNICAL_DEPTH",
                            "Consulting academies are strong with executives but shallow on technical depth for practitioners."));
                }
                if (track.audience() == Audience.PROFESSIONAL) {
                    warnings.add(new FitWarning("CONSULTING_COST_AT_SCALE",
                            "Consulting academies are costly for the content; at workforce scale check it is not generic material rebranded."));
                }
            }
            case CLOUD_ACADEMY -> {
                if (track.audience() == Audience.EXECUTIVE || track.audience() == Audience.BUSINESS_LEADER) {
                    warnings.add(new FitWarning("CLOUD_ACADEMY_WEAK_FOR_LEADERS",
                            "Cloud academies are weak on executive and change-management content and lean towards their own platform."));
                }
            }
            case INDEPENDENT -> {
                if (track.audience() == Audience.PROFESSIONAL) {
                    warnings.add(new FitWarning("INDEPENDENT_LIMITED_SCALE",
                            "Independent experts customise best but scale least; check they can serve the whole workforce, and assess their quality up front."));
                }
            }
            case INTERNAL -> {
                // Judged by the same behaviour measures as anyone; no category caution.
            }
        }
        return warnings;
    }
}
