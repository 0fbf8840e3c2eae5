package dev.praxis.program;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A program's budget and the figures derived from it; every figure is null until a budget is set.
 *
 * @param participants people enrolled in any of the program's cohorts
 */
public record Budget(Money total, Money changeManagement, long participants) {

    public record Money(BigDecimal amount, String currency) {
    }

    public static Budget unset(long participants) {
        return new Budget(null, null, participants);
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
