package fr.agora.adapter.in.rest.workingtime;

import fr.agora.adapter.in.rest.workingtime.WorkingTimeDtos.WorkingTimeCheckRequest;
import fr.agora.adapter.in.rest.workingtime.WorkingTimeDtos.WorkingTimeCheckResponse;
import fr.agora.application.port.in.workingtime.CheckWorkingTimeUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Working-time planning checks and leave requests (docs/personnel.md §1). */
@RestController
@Tag(name = "Working time", description = "Planning checked against the Code du travail limits; leave requests")
public class WorkingTimeController {

    private final CheckWorkingTimeUseCase check;
    private final WorkingTimeRestMapper mapper;

    public WorkingTimeController(CheckWorkingTimeUseCase check, WorkingTimeRestMapper mapper) {
        this.check = check;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/working-time/check")
    @Operation(operationId = "checkWorkingTime", summary = "Check a planning and its leave requests",
            description = "10 h a day, 48 h a week, 44 h on average over 12 weeks, 11 h daily rest, 35 h weekly rest, 20 min "
                    + "after 6 h; under 18: 8 h, 35 h, 12 h, two days, 30 min after 4 h 30, no night work, no public "
                    + "holidays; part-time 24 h minimum and heures complémentaires (+10 % / +25 %); 1 May. Leave requests "
                    + "in jours ouvrables against the balance and the minimum staffing. Every violation names the rule, "
                    + "its article, the person and the day.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(name = "week", summary = "A 10 h 30 day and a leave request",
                            value = "{\"workers\":[{\"id\":\"A\",\"birthDate\":\"1990-04-12\",\"contractWeeklyHours\":35,\"leaveBalanceDays\":25},"
                                    + "{\"id\":\"B\",\"birthDate\":\"1988-01-20\",\"contractWeeklyHours\":24,\"hourlyRate\":13.00}],"
                                    + "\"shifts\":[{\"workerId\":\"A\",\"start\":\"2026-03-02T08:00:00\",\"end\":\"2026-03-02T19:30:00\",\"breakMinutes\":60},"
                                    + "{\"workerId\":\"B\",\"start\":\"2026-03-02T09:00:00\",\"end\":\"2026-03-02T16:30:00\",\"breakMinutes\":30}],"
                                    + "\"leaveRequests\":[{\"id\":\"R1\",\"workerId\":\"A\",\"from\":\"2026-03-09\",\"to\":\"2026-03-14\"}],"
                                    + "\"minimumStaffing\":1}"))))
    @ApiResponse(responseCode = "200", description = "Violations, heures complémentaires and leave decisions")
    @ApiResponse(responseCode = "400", description = "Invalid input; the problem names the field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public WorkingTimeCheckResponse checkWorkingTime(@Valid @RequestBody WorkingTimeCheckRequest r) {
        return mapper.toResponse(check.check(mapper.toCommand(r)));
    }
}
