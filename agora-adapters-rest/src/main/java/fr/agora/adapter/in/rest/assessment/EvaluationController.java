package fr.agora.adapter.in.rest.assessment;

import fr.agora.adapter.in.rest.http.PageQuery;
import fr.agora.adapter.in.rest.school.SchoolDtos.PageResponse;
import fr.agora.adapter.in.rest.assessment.csv.EvaluationCsvReader;
import fr.agora.adapter.in.rest.http.CsvFiles;
import fr.agora.adapter.in.rest.http.IdempotencyKeys;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.BulkEvaluationsRequest;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.CorrectionRequest;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.EvaluationRequest;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.EvaluationResponse;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.RecordResponse;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.ScaleRequest;
import fr.agora.adapter.in.rest.assessment.AssessmentDtos.ScaleResponse;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.assessment.ConfigureScaleUseCase;
import fr.agora.application.port.in.assessment.CorrectEvaluationUseCase;
import fr.agora.application.port.in.assessment.GetEvaluationHistoryUseCase;
import fr.agora.application.port.in.assessment.ImportEvaluationsCsvUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.domain.assessment.EvaluationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The school's scale, and evaluations: one, a batch, a CSV file, corrections, validation, history. */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "Evaluations", description = "Scale, recording (single, bulk, CSV), correction, validation, history (bearer API key required)")
public class EvaluationController {

    private final ConfigureScaleUseCase scale;
    private final RecordEvaluationsUseCase record;
    private final ImportEvaluationsCsvUseCase importCsv;
    private final CorrectEvaluationUseCase correct;
    private final GetEvaluationHistoryUseCase history;
    private final Validator validator;

    public EvaluationController(ConfigureScaleUseCase scale, RecordEvaluationsUseCase record, ImportEvaluationsCsvUseCase importCsv,
                                CorrectEvaluationUseCase correct, GetEvaluationHistoryUseCase history, Validator validator) {
        this.validator = validator;
        this.scale = scale;
        this.record = record;
        this.importCsv = importCsv;
        this.correct = correct;
        this.history = history;
    }

    @GetMapping("/scale")
    @Operation(operationId = "getEvaluationScale", summary = "The school's current scale (the LSL default as version 1 if never configured)")
    public ScaleResponse scale(@PathVariable String uai, @Parameter(hidden = true) Caller caller) {
        return AssessmentRestMapper.scale(scale.currentScale(caller));
    }

    @PutMapping("/scale")
    @ApiResponse(responseCode = "200", description = "The new version of the scale")
    @ApiResponse(responseCode = "409", description = "`stale-scale-version`: `expectedVersion` is not the current version; nothing changed")
    @Operation(operationId = "reviseEvaluationScale", summary = "Revise the scale (school admin): appends a new version",
            description = "Send the `expectedVersion` you edited; a stale version is 409. Past evaluations keep their version's meaning.")
    public ScaleResponse reviseScale(@PathVariable String uai, @Parameter(hidden = true) Caller caller, @Valid @RequestBody ScaleRequest r) {
        return AssessmentRestMapper.scale(scale.reviseScale(new ConfigureScaleUseCase.Command(caller, r.expectedVersion(),
                r.levels().stream().map(AssessmentRestMapper::level).toList(), r.threshold())));
    }

    static final String RECORD_ONE = "POST /api/v1/establishments/{uai}/evaluations";
    static final String RECORD_BULK = "POST /api/v1/establishments/{uai}/evaluations/bulk";
    static final String IMPORT_CSV = "POST /api/v1/establishments/{uai}/evaluations/import";
    private static final String KEY_RULES = " Same key (scoped to the caller's API key) + same request within 24 h → the first answer again, "
            + "status 200, `replayed: true` and `Idempotent-Replayed: true`, nothing stored again; same key + another request → 422 "
            + "`idempotency-key-reused`; the same key while its first request is still being processed → 409 `idempotency-key-in-use` "
            + "(retry it). Key: 1–100 printable ASCII characters, bare or as a quoted string (docs/idempotency.md).";

    @PostMapping("/evaluations")
    @ApiResponse(responseCode = "201", description = "Recorded; `Location` is the student's history (200 when replayed)")
    @ApiResponse(responseCode = "200", description = "Replayed: the first answer to this key (`replayed: true`)",
            headers = @Header(name = IdempotencyKeys.REPLAYED_HEADER, description = "`true` on a replayed answer", schema = @Schema(type = "boolean")))
    @ApiResponse(responseCode = "409", description = "`idempotency-key-in-use`: a request with this key is still being processed")
    @ApiResponse(responseCode = "422", description = "`idempotency-key-reused` (the key was used for another request), or a business rule "
            + "(e.g. `tutor-not-placed`)")
    @Operation(operationId = "recordEvaluation", summary = "Record one evaluation",
            description = "A tutor records TUTEUR evaluations under their own e-mail, only for students placed with them in that period; "
                    + "a teacher ENSEIGNANT or JURY. Codes are those of the cohort's référentiel version (unknown → 400 naming it). "
                    + "An optional `Idempotency-Key` makes a retry safe." + KEY_RULES)
    public ResponseEntity<RecordResponse> recordOne(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                    @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
                                                    @Valid @RequestBody EvaluationRequest r) {
        String k = key == null ? UUID.randomUUID().toString() : IdempotencyKeys.key(key);
        return recorded(caller, List.of(input(r)), inputs -> record.record(new RecordEvaluationsUseCase.Command(caller, k, inputs, RECORD_ONE)));
    }

    @PostMapping("/evaluations/bulk")
    @ApiResponse(responseCode = "201", description = "Recorded; `Location` is the first student's history (200 when replayed)")
    @ApiResponse(responseCode = "200", description = "Replayed: the first answer to this key (`replayed: true`)",
            headers = @Header(name = IdempotencyKeys.REPLAYED_HEADER, description = "`true` on a replayed answer", schema = @Schema(type = "boolean")))
    @ApiResponse(responseCode = "409", description = "`idempotency-key-in-use`: a request with this key is still being processed")
    @ApiResponse(responseCode = "422", description = "`idempotency-key-reused` (the key was used for another request), or a business rule")
    @Operation(operationId = "recordEvaluationsInBulk", summary = "Record a batch of evaluations, all or nothing, idempotent",
            description = "The `Idempotency-Key` header is required (missing → 400). Errors name `evaluations[i].field`." + KEY_RULES)
    public ResponseEntity<RecordResponse> recordBulk(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                     @RequestHeader(name = IdempotencyKeys.HEADER) String key,
                                                     @Valid @RequestBody BulkEvaluationsRequest r) {
        return recorded(caller, r.evaluations().stream().map(EvaluationController::input).toList(),
                inputs -> record.record(new RecordEvaluationsUseCase.Command(caller, IdempotencyKeys.key(key), inputs, RECORD_BULK)));
    }

    @PostMapping(path = "/evaluations/import", consumes = {"text/csv", "text/plain"})
    @ApiResponse(responseCode = "201", description = "Imported; `Location` is the first student's history (200 when replayed)")
    @ApiResponse(responseCode = "200", description = "Replayed: the first answer to this key (`replayed: true`)",
            headers = @Header(name = IdempotencyKeys.REPLAYED_HEADER, description = "`true` on a replayed answer", schema = @Schema(type = "boolean")))
    @ApiResponse(responseCode = "409", description = "`idempotency-key-in-use`: a request with this key is still being processed")
    @ApiResponse(responseCode = "422", description = "`idempotency-key-reused` (the key was used for another request), or a business rule")
    @Operation(operationId = "importEvaluationsCsv", summary = "Import evaluations from CSV, all or nothing, idempotent",
            description = "Header student_id;competency;criterion;period;date;level;evaluator_id;evaluator_role;complexity_factors;"
                    + "aleas;comment;evidence_link (lists separated by |). Every cell is bounded like the JSON field it stands for; "
                    + "errors are reported by line (`field`: `line 12: comment`). `Idempotency-Key` required." + KEY_RULES)
    public ResponseEntity<RecordResponse> importCsv(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                    @RequestHeader(name = IdempotencyKeys.HEADER) String key, @RequestBody byte[] csv,
                                                    @RequestHeader(name = "Content-Type", required = false) String contentType) {
        List<ImportEvaluationsCsvUseCase.Line> lines = EvaluationCsvReader.read(CsvFiles.decode(csv, contentType), validator);
        return recorded(caller, lines.stream().map(ImportEvaluationsCsvUseCase.Line::input).toList(),
                inputs -> importCsv.importCsv(new ImportEvaluationsCsvUseCase.Command(caller, IdempotencyKeys.key(key), lines, IMPORT_CSV)));
    }

    @PostMapping("/students/{studentId}/evaluations/{evaluationId}/corrections")
    @ApiResponse(responseCode = "201", description = "The superseding record; `Location` is the student's history")
    @ApiResponse(responseCode = "409", description = "This record was already corrected (superseded): correct the latest one")
    @ApiResponse(responseCode = "422", description = "`not-own-evaluation`: a tutor corrects only their own evaluations")
    @Operation(operationId = "correctEvaluation", summary = "Correct an evaluation: a new record supersedes it (never erased); a second correction of the same record is 409",
            description = "A tutor corrects only their own evaluations (422 `not-own-evaluation`), and a record of a period that is not one "
                    + "of their placements is 404, as if it did not exist.")
    public ResponseEntity<EvaluationResponse> correct(@PathVariable String uai, @PathVariable String studentId, @PathVariable String evaluationId,
                                                      @Parameter(hidden = true) Caller caller, @Valid @RequestBody CorrectionRequest r) {
        return ResponseEntity.created(history(caller, studentId)).body(AssessmentRestMapper.evaluation(correct.correct(
                new CorrectEvaluationUseCase.Command(caller, studentId, evaluationId, r.level(), r.date(), r.comment()))));
    }

    @PostMapping("/students/{studentId}/evaluations/{evaluationId}/validation")
    @ApiResponse(responseCode = "201", description = "The validated copy; `Location` is the student's history")
    @Operation(operationId = "validateEvaluation", summary = "Validate an evaluation (teacher only): a superseding copy with validatedBy")
    public ResponseEntity<EvaluationResponse> validate(@PathVariable String uai, @PathVariable String studentId, @PathVariable String evaluationId,
                                                       @Parameter(hidden = true) Caller caller) {
        return ResponseEntity.created(history(caller, studentId)).body(AssessmentRestMapper.evaluation(correct.validate(
                new CorrectEvaluationUseCase.ValidateCommand(caller, studentId, evaluationId))));
    }

    @GetMapping("/students/{studentId}/evaluations")
    @Operation(operationId = "listEvaluationHistory", summary = "A student's full history (superseded records included), chronologically; optionally one competency",
            description = "One page at a time (paged in SQL). A tutor (TUTOR key or token) gets only the records of the periods of their own "
                    + "placements with the student, and a record's `comment` only when a tutor wrote it (a TUTEUR evaluation whose comment no "
                    + "teacher rewrote); teachers' and the jury's comments are left out (docs/access.md).")
    public PageResponse<EvaluationResponse> history(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller,
                                                    @RequestParam(required = false) String competency, PageQuery paging) {
        return PageResponse.of(history.history(caller, studentId, competency, paging.page(), paging.size()), AssessmentRestMapper::evaluation);
    }

    private static RecordEvaluationsUseCase.EvaluationInput input(EvaluationRequest r) {
        return new RecordEvaluationsUseCase.EvaluationInput(r.studentId(), r.competency(), r.criterion(), r.period(), r.date(), r.level(),
                r.evaluatorId(), r.evaluatorRole(), r.complexityFactors(), r.aleas(), r.comment(), r.evidenceLink());
    }

    /**
     * 201 with {@code Location}: the history of the (first) evaluated student, where the records can be read (an
     * evaluation has no address of its own); 200 for a replayed batch.
     */
    private static ResponseEntity<RecordResponse> recorded(Caller caller, List<RecordEvaluationsUseCase.EvaluationInput> inputs,
            java.util.function.Function<List<RecordEvaluationsUseCase.EvaluationInput>, RecordEvaluationsUseCase.Result> store) {
        RecordEvaluationsUseCase.Result r = store.apply(inputs);
        RecordResponse body = new RecordResponse(r.ids().stream().map(EvaluationId::value).toList(), r.replayed());
        if (r.replayed()) {
            return ResponseEntity.ok().header(IdempotencyKeys.REPLAYED_HEADER, "true").body(body);
        }
        if (inputs.isEmpty()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(history(caller, inputs.get(0).studentId())).body(body);
    }

    private static java.net.URI history(Caller caller, String studentId) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/api/v1/establishments/{uai}/students/{id}/evaluations")
                .buildAndExpand(caller.uai().value(), studentId).toUri();
    }
}
