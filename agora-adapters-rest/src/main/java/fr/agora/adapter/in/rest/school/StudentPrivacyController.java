package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.assessment.AssessmentRestMapper;
import fr.agora.adapter.in.rest.school.SchoolDtos.StudentExportResponse;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.school.StudentPrivacyUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** RGPD: a student's data as JSON, and erasure (school admin only). */
@RestController
@RequestMapping("/api/v1/establishments/{uai}/students/{studentId}")
@Tag(name = "RGPD", description = "Export and erase a student's data (school admin; bearer API key required)")
public class StudentPrivacyController {

    private final StudentPrivacyUseCase privacy;

    public StudentPrivacyController(StudentPrivacyUseCase privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/export")
    @Operation(operationId = "exportStudentData", summary = "Everything held on one student: identity, placements, every evaluation (superseded ones included)",
            description = "School admin only: every other role, tutors included, is 403.")
    public StudentExportResponse export(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller) {
        StudentPrivacyUseCase.StudentExport e = privacy.export(caller, studentId);
        return new StudentExportResponse(SchoolRestMapper.student(e.student()),
                e.placements().stream().map(SchoolRestMapper::placement).toList(),
                e.evaluations().stream().map(AssessmentRestMapper::evaluation).toList());
    }

    @DeleteMapping
    @Operation(operationId = "eraseStudent", summary = "Erase a student and everything attached; an audit record keeps no personal data")
    public ResponseEntity<Void> erase(@PathVariable String uai, @PathVariable String studentId, @Parameter(hidden = true) Caller caller) {
        privacy.erase(caller, studentId);
        return ResponseEntity.noContent().build();
    }
}
