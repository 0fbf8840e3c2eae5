package dev.praxis.program;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A program's budget and the figures derived from it; every figure is null until a budget is set.
 *
 * @param participants people enrolled in any of the program's cohorts
 * @param programId    the program the budget belongs to
 */
public record Budget(Money total, Money changeManagement, long participants, long programId) {
    /** The smallest share of the budget that should go to change management and adoption. */
    public static final BigDecimal MIN_CHANGE_MANAGEMENT_SHARE = new BigDecimal("0.30");
    /** Average cost per employee of programs that produce no measurable behaviour change (USD). */
    public static final Money COST_WITHOUT_BEHAVIOR_CHANGE_REFERENCE = new Money(new BigDecimal("1400.00"), "USD");

    public record Money(BigDecimal amount, String currency) {
    }

    public static Budget unset(long participants, long programId) {
        return new Budget(null, null, participants, programId);
    }

    /** true when change management gets less than 30% of the total; null without a budget. */
    public Boolean changeManagementBelowMinimum() {
        if (total == null || total.amount().signum() == 0) {
            return null;
        }
        return changeManagement.amount().compareTo(total.amount().multiply(MIN_CHANGE_MANAGEMENT_SHARE)) < 0;
    }

    public double minimumChangeManagementShare() {
        return MIN_CHANGE_MANAGEMENT_SHARE.doubleValue();
    }

    public Money costWithoutBehaviorChangeReference() {
        return COST_WITHOUT_BEHAVIOR_CHANGE_REFERENCE;
    }

    /** What the given number of participants cost at the cost per participant; null without a budget or participants. */
    public Money costOf(long people) {
        Money perParticipant = costPerParticipant();
        if (perParticipant == null) {
            return null;
        }
        return new Money(total.amount().multiply(BigDecimal.valueOf(people))
                .divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_EVEN), total.currency());
    }

    public Double changeManagementShare() {
        if (total == null || total.amount().signum() == 0) {
            return null;
        }
        return changeManagement.amount().divide(total.amount(), 6, RoundingMode.HALF_EVEN).doubleValue();
    }

    public Money costPerParticipant() {
        if (total == null || participants == 0) {
            return null;
        }
        return new Money(total.amount().divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_EVEN), total.currency());
    }
}
