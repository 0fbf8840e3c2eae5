package dev.praxis.diagnostics;

/**
 * What the measurement side knows about behaviour change in a program. A null figure means the
 * data is not recorded (or not recorded by this build): rules that need it answer INSUFFICIENT_DATA.
 *
 * @param targetBehaviors            how many target behaviours the program defined
 * @param ninetyDayRespondents       how many participants answered the 90-day check
 * @param withoutConcreteApplication participants whose 90-day answer named no concrete application (VAGUE or NONE)
 */
public record BehaviorEvidence(Integer targetBehaviors, Integer ninetyDayRespondents, Integer withoutConcreteApplication) {

    private static final BehaviorEvidence UNAVAILABLE = new BehaviorEvidence(null, null, null);

    public static BehaviorEvidence unavailable() {
        return UNAVAILABLE;
    }
}
