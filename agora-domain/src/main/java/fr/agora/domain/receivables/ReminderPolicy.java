package fr.agora.domain.receivables;

import fr.agora.domain.shared.InvalidInputException;

/**
 * Days past due from which each reminder stage applies (configurable). Defaults (house practice, not law):
 * relance amiable 1 at 1 day, relance 2 at 15 days, mise en demeure at 30 days, contentieux at 60 days.
 */
public record ReminderPolicy(int firstReminderDays, int secondReminderDays, int formalNoticeDays, int litigationDays) {
    public ReminderPolicy {
        if (firstReminderDays < 1 || secondReminderDays <= firstReminderDays || formalNoticeDays <= secondReminderDays
                || litigationDays <= formalNoticeDays) {
            throw new InvalidInputException("policy", "thresholds must be increasing and at least 1 day");
        }
    }

    public static ReminderPolicy defaults() {
        return new ReminderPolicy(1, 15, 30, 60);
    }

    public ReminderStage stageFor(long daysOverdue) {
        if (daysOverdue >= litigationDays) {
            return ReminderStage.CONTENTIEUX;
        }
        if (daysOverdue >= formalNoticeDays) {
            return ReminderStage.MISE_EN_DEMEURE;
        }
        if (daysOverdue >= secondReminderDays) {
            return ReminderStage.RELANCE_AMIABLE_2;
        }
        if (daysOverdue >= firstReminderDays) {
            return ReminderStage.RELANCE_AMIABLE_1;
        }
        return ReminderStage.NONE;
    }
}
