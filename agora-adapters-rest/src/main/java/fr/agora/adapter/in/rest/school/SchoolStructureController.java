package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.access.AccessDtos;
import fr.agora.adapter.in.rest.http.CsvFiles;
import fr.agora.adapter.in.rest.http.ETags;
import fr.agora.adapter.in.rest.school.csv.SiecleCsvReader;
import fr.agora.adapter.in.rest.school.SchoolDtos.CohortResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.NewCohortRequest;
import fr.agora.adapter.in.rest.school.SchoolDtos.NewStudentRequest;
import fr.agora.adapter.in.rest.school.SchoolDtos.ImportStudentsResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.PageResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.PlacementRequest;
import fr.agora.adapter.in.rest.school.SchoolDtos.PlacementResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.ReplacePeriodsRequest;
import fr.agora.adapter.in.rest.school.SchoolDtos.StudentResponse;
import fr.agora.adapter.in.rest.school.SchoolDtos.StudentChangesRequest;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.school.ImportStudentsUseCase;
import fr.agora.application.port.in.school.ManageCohortsUseCase;
import fr.agora.application.port.in.school.ManagePlacementsUseCase;
import fr.agora.application.port.in.school.ManageStudentsUseCase;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.Versioned;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
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

/**
 * A school's structure: cohorts and their PFMP periods, students (one by one or a SIECLE file) and placements. Every path starts with the school's UAI; the caller comes from the API key, and a key of
 * another school is answered 404.
 */
@RestController
@RequestMapping("/api/v1/establishments/{uai}")
@Tag(name = "Schools", description = "Cohorts, PFMP periods, students, SIECLE import, placements, API keys (bearer API key required)")
public class SchoolStructureController {

    private final ManageCohortsUseCase cohorts;
    private final ManageStudentsUseCase students;
    private final ImportStudentsUseCase importStudents;
    private final ManagePlacementsUseCase placements;

    public SchoolStructureController(ManageCohortsUseCase cohorts, ManageStudentsUseCase students, ImportStudentsUseCase importStudents,
                                     ManagePlacementsUseCase placements) {
        this.cohorts = cohorts;
        this.students = students;
        this.importStudents = importStudents;
        this.placements = placements;
    }

    @PostMapping("/cohorts")
    @ApiResponse(responseCode = "201", description = "Created; `Location` is the cohort")
    @Operation(operationId = "createCohort", summary = "Create a cohort pinned to a published référentiel version",
            description = "School admin or ENT. Periods P1 … P6 (dates, 1–8 weeks) are optional and can be replaced later.")
    public ResponseEntity<CohortResponse> createCohort(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                       @Valid @RequestBody NewCohortRequest r) {
        Cohort c = cohorts.createCohort(new ManageCohortsUseCase.CreateCommand(caller, r.name(), r.referentielId(), r.referentielVersion(),
                r.examSessionYear(), r.periods() == null ? List.of() : r.periods().stream().map(SchoolRestMapper::period).toList()));
        return ResponseEntity.created(URI.create("/api/v1/establishments/" + caller.uai() + "/cohorts/" + c.id().value()))
                .body(SchoolRestMapper.cohort(c));
    }

    @GetMapping("/cohorts")
    @Operation(operationId = "listCohorts", summary = "List the school's cohorts (paginated, by name)")
    public PageResponse<CohortResponse> listCohorts(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                    // bounded so that page × size (the row offset) cannot overflow
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<Cohort> p = cohorts.cohorts(caller, page, size);
        return new PageResponse<>(p.items().stream().map(SchoolRestMapper::cohort).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/cohorts/{cohortId}")
    @Operation(operationId = "getCohort", summary = "One cohort with its periods; its version is the ETag")
    public ResponseEntity<CohortResponse> cohort(@PathVariable String uai, @PathVariable String cohortId, @Parameter(hidden = true) Caller caller) {
        Versioned<Cohort> c = cohorts.cohort(caller, cohortId);
        return ResponseEntity.ok().eTag(ETags.strong(Long.toString(c.version()))).body(SchoolRestMapper.cohort(c.value()));
    }

    @PutMapping("/cohorts/{cohortId}/periods")
    @Operation(operationId = "replaceCohortPeriods", summary = "Replace a cohort's PFMP periods (P1 … P6)",
            description = "Send the ETag you read in `If-Match` to be protected against a concurrent change (stale → 409 `stale-version`).")
    public ResponseEntity<CohortResponse> replacePeriods(@PathVariable String uai, @PathVariable String cohortId, @Parameter(hidden = true) Caller caller,
                                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                         @Valid @RequestBody ReplacePeriodsRequest r) {
        Versioned<Cohort> c = cohorts.replacePeriods(caller, cohortId, r.periods().stream().map(SchoolRestMapper::period).toList(),
                ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.strong(Long.toString(c.version()))).body(SchoolRestMapper.cohort(c.value()));
    }

    @PostMapping(path = "/cohorts/{cohortId}/students/import", consumes = {"text/csv", "text/plain"})
    @Operation(operationId = "importSiecleStudents", summary = "Import students from a SIECLE-shaped CSV (INE;NOM;PRENOM;DIVISION)",
            description = "School admin or ENT. All or nothing: any error → 400 with `errors[]` (line, field, message) and nothing "
                    + "stored. Students are matched by INE, so importing the same file twice changes nothing.")
    public ImportStudentsResponse importStudents(@PathVariable String uai, @PathVariable String cohortId,
                                                 @Parameter(hidden = true) Caller caller, @RequestBody byte[] csv,
                                                 @RequestHeader(name = "Content-Type", required = false) String contentType) {
        SiecleCsvReader.Read file = SiecleCsvReader.read(CsvFiles.decode(csv, contentType));
        ImportStudentsUseCase.Result r = importStudents.importStudents(new ImportStudentsUseCase.Command(caller, cohortId, file.lines(),
                file.errors()));
        return new ImportStudentsResponse(r.created(), r.updated(), r.unchanged());
    }

    @PostMapping("/students")
    @ApiResponse(responseCode = "201", description = "Created; `Location` is the student")
    @Operation(operationId = "createStudent", summary = "Create a student (INE optional, validated: RNIE, BEA or apprentissage format)")
    public ResponseEntity<StudentResponse> createStudent(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                         @Valid @RequestBody NewStudentRequest r) {
        Student s = students.createStudent(new ManageStudentsUseCase.CreateCommand(caller, r.cohortId(), r.ine(), r.lastName(), r.firstName()));
        return ResponseEntity.created(URI.create("/api/v1/establishments/" + caller.uai() + "/students/" + s.id().value()))
                .body(SchoolRestMapper.student(s));
    }

    @GetMapping("/students")
    @Operation(operationId = "listStudents", summary = "List students (paginated, by name), optionally of one cohort; a tutor gets the students placed with them")
    public PageResponse<StudentResponse> listStudents(@PathVariable String uai, @Parameter(hidden = true) Caller caller,
                                                      @RequestParam(required = false) String cohortId,
                                                      // bounded so that page × size (the row offset) cannot overflow
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<Student> p = students.students(caller, cohortId, page, size);
        return new PageResponse<>(p.items().stream().map(SchoolRestMapper::student).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/students/{studentId}")
    @Operation(operationId = "getStudent", summary = "One student (a tutor sees only the students placed with them); its version is the ETag")
    @ApiResponse(responseCode = "200", description = "The student",
            headers = @Header(name = "ETag", description = "The student's row version, quoted; send it back in `If-Match` to edit"))
    public ResponseEntity<StudentResponse> student(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller) {
        Versioned<Student> s = students.versionedStudent(caller, studentId);
        return ResponseEntity.ok().eTag(ETags.strong(Long.toString(s.version()))).body(SchoolRestMapper.student(s.value()));
    }

    @PutMapping("/students/{studentId}")
    @Operation(operationId = "updateStudent", summary = "Edit a student: names, INE, cohort (school admin or ENT)",
            description = "The full editable representation. Send the ETag you read in `If-Match` to be protected against a "
                    + "concurrent change (stale → 409 `stale-version` with `currentVersion`, nothing changed); without it the "
                    + "last writer wins. A SIECLE import that changes the student also changes its version.")
    @ApiResponse(responseCode = "200", description = "The edited student",
            headers = @Header(name = "ETag", description = "The new row version, quoted"))
    @ApiResponse(responseCode = "400", description = "A field is invalid (`field` names it: lastName, firstName, ine, If-Match)")
    @ApiResponse(responseCode = "403", description = "The role may not edit students")
    @ApiResponse(responseCode = "404", description = "No such student (or cohort) in this school")
    @ApiResponse(responseCode = "409", description = "`stale-version` (the If-Match version is not the current one; "
            + "`currentVersion` says which is) or `duplicate-student` (another student has this INE); nothing changed")
    public ResponseEntity<StudentResponse> updateStudent(@PathVariable String uai, @PathVariable String studentId,
                                                         @Parameter(hidden = true) Caller caller,
                                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                         @Valid @RequestBody StudentChangesRequest r) {
        Versioned<Student> s = students.updateStudent(new ManageStudentsUseCase.UpdateCommand(caller, studentId, r.ine(), r.lastName(),
                r.firstName(), r.cohortId(), ETags.expectedVersion(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.strong(Long.toString(s.version()))).body(SchoolRestMapper.student(s.value()));
    }

    @PutMapping("/students/{studentId}/placements/{period}")
    @Operation(operationId = "setPlacement", summary = "Set a student's placement for one period (host organisation, kind, tutor)",
            description = "Send the ETag you read in `If-Match` to be protected against a concurrent change (stale → 409 `stale-version`).")
    public ResponseEntity<PlacementResponse> setPlacement(@PathVariable String uai, @PathVariable String studentId, @PathVariable String period,
                                                          @Parameter(hidden = true) Caller caller,
                                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                          @Valid @RequestBody PlacementRequest r) {
        Versioned<Placement> p = placements.setPlacement(new ManagePlacementsUseCase.Command(caller, studentId, period,
                r.organisation(), r.kind(), r.tutorName(), r.tutorEmail(), ETags.expectedVersion(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.strong(Long.toString(p.version()))).body(SchoolRestMapper.placement(p));
    }

    @GetMapping("/students/{studentId}/placements")
    @Operation(operationId = "listPlacements", summary = "A student's placements, P1 … P6, each with its version",
            description = "A tutor gets only their own placements (the periods whose placement names their e-mail).")
    public List<PlacementResponse> placements(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller) {
        return placements.placements(caller, studentId).stream().map(SchoolRestMapper::placement).toList();
    }

    @GetMapping("/students/{studentId}/placements/{period}")
    @Operation(operationId = "getPlacement", summary = "One placement; its version is the ETag",
            description = "For a tutor, a period whose placement names someone else is 404.")
    public ResponseEntity<PlacementResponse> placement(@PathVariable String uai, @PathVariable String studentId, @PathVariable String period,
                                                       @Parameter(hidden = true) Caller caller) {
        Versioned<Placement> p = placements.placement(caller, studentId, period);
        return ResponseEntity.ok().eTag(ETags.strong(Long.toString(p.version()))).body(SchoolRestMapper.placement(p));
    }
}
