package fr.agora.domain.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivablesAgeingTest {

    static final LocalDate AT = LocalDate.of(2026, 6, 30);

    static OpenItem item(String id, String customer, int daysOverdue, String amount) {
        return new OpenItem(id, customer, AT.minusDays(daysOverdue), Money.of(amount));
    }

    @Test
    void buckets_at_their_boundaries() {
        AgeingReport r = new ReceivablesAgeing().age(AT, List.of(
                item("D0", "A", 0, "1.00"), item("D1", "A", 1, "2.00"), item("D30", "A", 30, "4.00"),
                item("D31", "B", 31, "8.00"), item("D60", "B", 60, "16.00"), item("D61", "C", 61, "32.00"),
                item("D90", "C", 90, "64.00"), item("D91", "D", 91, "128.00"), item("F", "E", -10, "256.00")),
                ReminderPolicy.defaults());
        assertThat(r.items()).extracting(AgeingReport.AgedItem::bucket).containsExactly(
                AgeingBucket.NOT_DUE, AgeingBucket.DAYS_1_30, AgeingBucket.DAYS_1_30,
                AgeingBucket.DAYS_31_60, AgeingBucket.DAYS_31_60, AgeingBucket.DAYS_61_90,
                AgeingBucket.DAYS_61_90, AgeingBucket.OVER_90, AgeingBucket.NOT_DUE);
        assertThat(r.totals().get(AgeingBucket.NOT_DUE)).isEqualTo(Money.of("257.00"));
        assertThat(r.totals().get(AgeingBucket.DAYS_1_30)).isEqualTo(Money.of("6.00"));
        assertThat(r.totals().get(AgeingBucket.DAYS_31_60)).isEqualTo(Money.of("24.00"));
        assertThat(r.totals().get(AgeingBucket.DAYS_61_90)).isEqualTo(Money.of("96.00"));
        assertThat(r.totals().get(AgeingBucket.OVER_90)).isEqualTo(Money.of("128.00"));
        assertThat(r.total()).isEqualTo(Money.of("511.00"));
        assertThat(r.customers()).extracting(AgeingReport.CustomerAgeing::stage).containsExactly(
                ReminderStage.MISE_EN_DEMEURE, // A: 30 days
                ReminderStage.CONTENTIEUX,     // B: 60 days
                ReminderStage.CONTENTIEUX,     // C: 90 days
                ReminderStage.CONTENTIEUX,     // D: 91 days
                ReminderStage.NONE);           // E: not due
    }

    @Test
    void policy_is_configurable() {
        ReminderPolicy p = new ReminderPolicy(10, 20, 45, 90);
        assertThat(p.stageFor(9)).isEqualTo(ReminderStage.NONE);
        assertThat(p.stageFor(10)).isEqualTo(ReminderStage.RELANCE_AMIABLE_1);
        assertThat(p.stageFor(20)).isEqualTo(ReminderStage.RELANCE_AMIABLE_2);
        assertThat(p.stageFor(45)).isEqualTo(ReminderStage.MISE_EN_DEMEURE);
        assertThat(p.stageFor(90)).isEqualTo(ReminderStage.CONTENTIEUX);
        assertThat(ReminderPolicy.defaults().stageFor(14)).isEqualTo(ReminderStage.RELANCE_AMIABLE_1);
    }
}
