package fr.agora.domain.receivables;

/** Balance âgée buckets, by days past the due date at the ageing date. */
public enum AgeingBucket {
    NOT_DUE, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90;

    public static AgeingBucket of(long daysOverdue) {
        if (daysOverdue <= 0) {
            return NOT_DUE;
        }
        if (daysOverdue <= 30) {
            return DAYS_1_30;
        }
        if (daysOverdue <= 60) {
            return DAYS_31_60;
        }
        if (daysOverdue <= 90) {
            return DAYS_61_90;
        }
        return OVER_90;
    }
}
