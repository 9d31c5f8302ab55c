package fr.agora.adapter.in.rest.establishment;

import fr.agora.adapter.in.rest.http.PageQuery;
import fr.agora.adapter.in.rest.establishment.EstablishmentDtos.CreatedEstablishmentResponse;
import fr.agora.adapter.in.rest.establishment.EstablishmentDtos.EstablishmentResponse;
import fr.agora.adapter.in.rest.establishment.EstablishmentDtos.NewEstablishmentRequest;
import fr.agora.adapter.in.rest.school.SchoolDtos.PageResponse;
import fr.agora.application.port.in.establishment.ChangeEstablishmentStatusCommand;
import fr.agora.application.port.in.establishment.ChangeEstablishmentStatusUseCase;
import fr.agora.application.port.in.establishment.CreateEstablishmentCommand;
import fr.agora.application.port.in.establishment.CreateEstablishmentUseCase;
import fr.agora.application.port.in.establishment.GetEstablishmentCommand;
import fr.agora.application.port.in.establishment.GetEstablishmentUseCase;
import fr.agora.application.port.in.establishment.ListEstablishmentsCommand;
import fr.agora.application.port.in.establishment.ListEstablishmentsUseCase;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.Principal;
import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.Uai;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Schools onboarded at run time by the platform operator (bearer: its secret): create a school with its first admin
 * key, list the schools, read one (also its own school admin), disable and enable one. The operator reaches nothing
 * else: the authentication filter refuses it on every school endpoint.
 */
@RestController
@RequestMapping("/api/v1/establishments")
@Tag(name = "Establishments", description = "Schools onboarded at run time (platform operator; a school admin reads its own school)")
public class EstablishmentController {

    private final CreateEstablishmentUseCase create;
    private final ListEstablishmentsUseCase list;
    private final GetEstablishmentUseCase get;
    private final ChangeEstablishmentStatusUseCase status;
    private final EstablishmentRestMapper mapper;

    public EstablishmentController(CreateEstablishmentUseCase create, ListEstablishmentsUseCase list, GetEstablishmentUseCase get,
                                   ChangeEstablishmentStatusUseCase status, EstablishmentRestMapper mapper) {
        this.create = create;
        this.list = list;
        this.get = get;
        this.status = status;
        this.mapper = mapper;
    }

    @PostMapping
    @Operation(operationId = "createEstablishment", summary = "Create a school and its first SCHOOL_ADMIN key (platform operator)",
            description = "The UAI must carry its check letter. The admin key's token is in the answer only (`Cache-Control: no-store`); "
                    + "the school is usable at once: its admin issues the other keys with `POST /api/v1/establishments/{uai}/api-keys`.")
    @ApiResponse(responseCode = "201", description = "The school and its first admin key; `Location` is the school")
    @ApiResponse(responseCode = "409", description = "A school with this UAI is already registered (`/problems/establishment-exists`); nothing changed")
    public ResponseEntity<CreatedEstablishmentResponse> createEstablishment(@Parameter(hidden = true) Principal principal,
                                                                            @Valid @RequestBody NewEstablishmentRequest r) {
        CreateEstablishmentUseCase.CreatedEstablishment created = create.create(new CreateEstablishmentCommand(principal, Uai.of(r.uai()), r.name()));
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/establishments/{uai}")
                        .buildAndExpand(created.establishment().uai().value()).toUri())
                .cacheControl(CacheControl.noStore()).body(mapper.toResponse(created));
    }

    @GetMapping
    @Operation(operationId = "listEstablishments", summary = "List the schools, by UAI (platform operator; paginated)")
    public PageResponse<EstablishmentResponse> listEstablishments(@Parameter(hidden = true) Principal principal, PageQuery paging) {
        Page<RegisteredEstablishment> p = list.list(new ListEstablishmentsCommand(principal, paging.page(), paging.size()));
        return new PageResponse<>(p.items().stream().map(mapper::toResponse).toList(), p.page(), p.size(), p.total());
    }

    @GetMapping("/{uai}")
    @Operation(operationId = "getEstablishment", summary = "One school (platform operator, or that school's admin)")
    public EstablishmentResponse getEstablishment(@PathVariable String uai, @Parameter(hidden = true) Principal principal) {
        return mapper.toResponse(get.get(new GetEstablishmentCommand(principal, Uai.of(uai))));
    }

    @PostMapping("/{uai}/disable")
    @Operation(operationId = "disableEstablishment", summary = "Disable a school (platform operator): its keys and tokens are refused at once",
            description = "Every API key and access token of the school is then answered 403 `/problems/establishment-disabled`, on every "
                    + "instance, from the next request on. The data are kept. Idempotent: the first disabling date is kept.")
    @ApiResponse(responseCode = "200", description = "The school, disabled")
    public EstablishmentResponse disableEstablishment(@PathVariable String uai, @Parameter(hidden = true) Principal principal) {
        return mapper.toResponse(status.change(new ChangeEstablishmentStatusCommand(principal, Uai.of(uai), false)));
    }

    @PostMapping("/{uai}/enable")
    @Operation(operationId = "enableEstablishment", summary = "Enable a disabled school again (platform operator); idempotent")
    @ApiResponse(responseCode = "200", description = "The school, enabled")
    public EstablishmentResponse enableEstablishment(@PathVariable String uai, @Parameter(hidden = true) Principal principal) {
        return mapper.toResponse(status.change(new ChangeEstablishmentStatusCommand(principal, Uai.of(uai), true)));
    }
}
