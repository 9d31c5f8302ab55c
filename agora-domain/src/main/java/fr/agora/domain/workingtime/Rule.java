package fr.agora.domain.workingtime;

/** The rules a planning is checked against; each violation names one (the article is on the violation). */
public enum Rule {
    MAX_DAILY_HOURS,
    MAX_WEEKLY_HOURS,
    MAX_AVERAGE_WEEKLY_HOURS,
    DAILY_REST,
    WEEKLY_REST,
    BREAK,
    NIGHT_WORK_UNDER_18,
    PUBLIC_HOLIDAY_UNDER_18,
    /** 1 May is the one public holiday that must be off (jour férié chômé, L3133-4), except where work cannot stop. */
    MAY_DAY_WORKED,
    PART_TIME_MINIMUM,
    COMPLEMENTARY_HOURS_CEILING,
    PART_TIME_REACHES_LEGAL_DURATION,
    OVERLAPPING_SHIFTS,
    LEAVE_ENTITLEMENT,
    MINIMUM_STAFFING
}
