package fr.agora.adapter.in.rest.referentiel;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Response bodies of {@code /api/v1/referentiels}. Every item of the référentiel keeps its {@code source}: the seed
 * file and the section inside it that the text was transcribed from. Criteria are grouped by origin ({@code MATRICE}:
 * seeds 000/004, {@code PFMP_GRID}: seed 003), both groups always present.
 */
public final class ReferentielDtos {

    private ReferentielDtos() {
    }

    @Schema(description = "Where a fact comes from: a seed file and the section inside it")
    public record SourceDto(@Schema(example = "000_6dc112717475669f.txt") String file,
                            @Schema(example = "Bloc 2 › 2.2 › situation 2.2.4") String section) {
    }

    public record SourcedTextDto(String text, SourceDto source) {
    }

    // ---- versions

    public record VersionDto(@Schema(example = "agora-2020") String id, String version, String title,
                             @Schema(description = "Code formation diplôme", example = "40031101") String cfd,
                             @Schema(description = "Date of the arrêté creating the diploma") LocalDate arreteDate,
                             @Schema(description = "SHA-256 of the version's data; also the ETag of its resources") String checksum,
                             Instant publishedAt, int blocs, int activities, int competencies, int examUnits) {
    }


    // ---- the tree

    public record ReferentielDto(String id, String version, String diplomaTitle, String cfd, LocalDate arreteDate,
                                 String checksum, SourceDto source, List<SourcedTextDto> champActivite,
                                 List<BlocDto> blocs, List<CrcnDto> crcnCompetencies, List<EpreuveDto> epreuves,
                                 List<ExamUnitDto> examUnits, List<DiscrepancyDto> discrepancies) {
    }

    public record BlocDto(int number, String title, String summary, SourceDto summarySource, List<String> keywords,
                          SourceDto keywordsSource, List<SourcedTextDto> conditionsExercice,
                          List<SourcedTextDto> equipementsEtLogiciels, List<SourcedTextDto> mission,
                          List<SourcedTextDto> resultatsAttendus, List<SavoirDto> savoirs,
                          List<SourcedTextDto> basesPgi, List<ActivityDto> activities, SourceDto source) {
    }

    public record ActivityDto(String code, String title, List<SourcedTextDto> tasks,
                              List<SourcedTextDto> donneesEtInformations, List<String> crcnCodes,
                              List<SavoirDto> savoirs, List<SourcedTextDto> pgiModules,
                              List<SourcedTextDto> indicateursEvaluation, List<SituationDto> situations,
                              List<CompetencyDto> competencies, SourceDto source) {
    }

    public record SituationDto(String code, String title, List<String> competencyCodes, String attendu,
                               List<String> criteriaIds, List<VariationDto> complexityFactors,
                               List<VariationDto> aleas, SourceDto source) {
    }

    public record VariationDto(String id, String text, SourceDto source) {
    }

    public record CompetencyDto(@Schema(example = "2.2.4") String code, String label, int blocNumber,
                                String activityCode, List<String> situationCodes,
                                @Schema(description = "Criteria by origin: MATRICE (000, 004) and PFMP_GRID (003)")
                                Map<String, List<CriterionDto>> criteria,
                                List<SavoirDto> savoirs, List<SourcedTextDto> exemplesConcrets,
                                List<SourcedTextDto> pgiModules, SourceDto source) {
    }

    public record CriterionDto(@Schema(example = "2.2.4-M1") String id, String text,
                               @Schema(allowableValues = {"MATRICE", "PFMP_GRID"}) String origin, SourceDto source) {
    }

    public record SavoirDto(@Schema(allowableValues = {"GESTION", "JURIDIQUES_ET_ECONOMIQUES",
            "COMMUNICATION_ET_NUMERIQUE", "REDACTIONNEL"}) String category, String label,
                            String indicationsComplementaires, SourceDto indicationsSource, String competencyCode,
                            SourceDto source) {
    }

    public record CrcnDto(@Schema(example = "3.1") String code, String label, SourceDto source) {
    }

    public record EpreuveDto(@Schema(example = "E3") String code, String title, BigDecimal coefficient,
                             List<String> unitCodes, SourceDto source) {
    }

    public record ExamUnitDto(@Schema(example = "U2") String unitCode, @Schema(example = "E2") String epreuveCode,
                              String title, BigDecimal coefficient,
                              @Schema(description = "The bloc this unit certifies; absent for general units")
                              Integer certifiedBloc, List<ModeDto> modes, SourceDto source) {
    }

    @Schema(description = "How one category of candidates takes the unit")
    public record ModeDto(@Schema(allowableValues = {"SCOLAIRE_APPRENTI_HABILITE", "FORMATION_CONTINUE_HABILITEE",
            "AUTRES"}) String category, @Schema(example = "Ponctuel écrit") String mode,
                          @Schema(description = "As printed; empty for a CCF", example = "3 h 30") String duration) {
    }

    public record DiscrepancyDto(String id, String subject, String description, List<DiscrepancyVersionDto> versions) {
    }

    public record DiscrepancyVersionDto(String text, SourceDto source) {
    }

    // ---- competencies

    public record BlocRefDto(int number, String title) {
    }

    public record ActivityRefDto(String code, String title) {
    }

    public record CompetencyDetailResponse(String referentielId, String checksum, String code, String label,
                                           BlocRefDto bloc, ActivityRefDto activity, List<SituationDto> situations,
                                           Map<String, List<CriterionDto>> criteria, List<SavoirDto> savoirs,
                                           List<SourcedTextDto> exemplesConcrets, List<SourcedTextDto> pgiModules,
                                           List<CrcnDto> crcn, List<ExamUnitDto> examUnits,
                                           List<DiscrepancyDto> discrepancies, SourceDto source) {
    }

}
