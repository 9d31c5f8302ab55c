package fr.agora.domain.indicators;

/**
 * Why someone was absent. The absenteeism rate counts the absences the organisation did not plan (sickness, work and
 * commuting accidents, occupational disease, family events, unjustified absences) and leaves out the planned ones
 * (paid leave, training, maternity/paternity), as the payroll courses do (bart-magazine.com, muhaz.org GRH
 * fiches; bilan social R2323-17 lists them apart). Every kind reduces the hours actually worked.
 */
public enum AbsenceKind {
    SICKNESS(true), WORK_ACCIDENT(true), COMMUTING_ACCIDENT(true), OCCUPATIONAL_DISEASE(true), FAMILY_EVENT(true),
    UNJUSTIFIED(true), PAID_LEAVE(false), TRAINING(false), MATERNITY_PATERNITY(false);

    private final boolean absenteeism;

    AbsenceKind(boolean absenteeism) {
        this.absenteeism = absenteeism;
    }

    public boolean countsAsAbsenteeism() {
        return absenteeism;
    }
}
