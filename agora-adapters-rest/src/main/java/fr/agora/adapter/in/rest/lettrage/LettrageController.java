package fr.agora.adapter.in.rest.lettrage;

import fr.agora.adapter.in.rest.lettrage.LettrageDtos.LettrageRequest;
import fr.agora.adapter.in.rest.lettrage.LettrageDtos.LettrageResponse;
import fr.agora.application.port.in.lettrage.LetterAccountUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Lettrage")
public class LettrageController {

    /** A customer who paid 100.40 on an invoice of 100.00, tolerance 0.50: lettered with a 0.40 write-off to 758. */
    static final String REQUEST_EXAMPLE = """
            {"account":"411DUPONT","tolerance":0.50,"nextLetter":"A","lines":[
             {"id":"F1","date":"2026-04-01","label":"Facture FA1","reference":"FA1","debit":100.00},
             {"id":"P1","date":"2026-04-10","label":"Règlement FA1","reference":"FA1","credit":100.40}]}""";

    static final String RESPONSE_EXAMPLE = """
            {"account":"411DUPONT","groups":[{"letter":"A","lineIds":["F1","P1"],
              "writeOff":{"account":"758","amount":0.40,"debitAccount":"411DUPONT","creditAccount":"758"}}],
             "partial":[],"open":[],"nextLetter":"B"}""";

    private final LetterAccountUseCase useCase;
    private final LettrageRestMapper mapper;

    public LettrageController(LetterAccountUseCase useCase, LettrageRestMapper mapper) {
        this.useCase = useCase;
        this.mapper = mapper;
    }

    @PostMapping("/api/v1/lettrage")
    @Operation(operationId = "letterThirdPartyAccount", summary = "Lettrage of a third-party account",
            description = "Letters complete groups (sum zero, or within tolerance with a write-off of a positive "
                    + "amount: D 658 / C account for a debit left, D account / C 758 for a credit left), reports "
                    + "partial groups and open lines.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json",
                    examples = @ExampleObject(name = "overpayment-written-off", value = REQUEST_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Groups, partial lettrages and open lines", content = @Content(
            mediaType = "application/json",
            examples = @ExampleObject(name = "overpayment-written-off", value = RESPONSE_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid input (duplicate id, debit and credit on one line …)",
            content = @Content(mediaType = "application/problem+json"))
    public LettrageResponse letter(@Valid @RequestBody LettrageRequest r) {
        return mapper.toResponse(useCase.letter(mapper.toCommand(r)));
    }
}
