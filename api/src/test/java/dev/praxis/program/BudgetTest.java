package dev.praxis.program;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetTest {
    static Budget budget(String total, String changeManagement, long participants) {
        return new Budget(new Budget.Money(new BigDecimal(total), "EUR"), new Budget.Money(new BigDecimal(changeManagement), "EUR"),
                participants, 1);
    }

    @Test
    void changeManagementBelowThirtyPercentIsFlagged() {
        assertThat(budget("1000.00", "299.00", 10).changeManagementBelowMinimum()).isTrue();   // 29.9%
        assertThat(budget("1000.00", "300.00", 10).changeManagementBelowMinimum()).isFalse();  // 30%
        assertThat(Budget.unset(10, 1).changeManagementBelowMinimum()).isNull();
    }

    @Test
    void costOfPeopleUsesTheCostPerParticipantAndTheReferenceIsUsd1400() {
        assertThat(budget("1000.00", "300.00", 3).costOf(2).amount()).isEqualByComparingTo("666.67");
        assertThat(Budget.unset(3, 1).costOf(2)).isNull();
        assertThat(budget("1000.00", "300.00", 0).costOf(0)).isNull();
        assertThat(Budget.unset(0, 1).costWithoutBehaviorChangeReference()).isEqualTo(new Budget.Money(new BigDecimal("1400.00"), "USD"));
    }
}
