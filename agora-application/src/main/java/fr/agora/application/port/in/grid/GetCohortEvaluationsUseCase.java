package fr.agora.application.port.in.grid;

/** Every effective evaluation of a cohort, student by student (the spreadsheet export). Not for tutors. */
public interface GetCohortEvaluationsUseCase {
    CohortEvaluations cohortEvaluations(CohortEvaluationsCommand command);
}
