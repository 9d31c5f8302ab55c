package fr.agora.adapter.in.rest.establishment;

import fr.agora.adapter.in.rest.access.AccessDtos.IssuedKeyResponse;
import fr.agora.adapter.in.rest.establishment.EstablishmentDtos.CreatedEstablishmentResponse;
import fr.agora.adapter.in.rest.establishment.EstablishmentDtos.EstablishmentResponse;
import fr.agora.application.port.in.access.IssueApiKeyUseCase.IssuedKey;
import fr.agora.application.port.in.establishment.CreateEstablishmentUseCase.CreatedEstablishment;
import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.Uai;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain → DTO. MapStruct maps field to field; the UAI value object and the status are flattened by the default methods. */
@Mapper
public interface EstablishmentRestMapper {

    @Mapping(target = "status", expression = "java(status(e))")
    EstablishmentResponse toResponse(RegisteredEstablishment e);

    CreatedEstablishmentResponse toResponse(CreatedEstablishment created);

    IssuedKeyResponse toResponse(IssuedKey key);

    default String uai(Uai uai) {
        return uai == null ? null : uai.value();
    }

    default String status(RegisteredEstablishment e) {
        return e.disabled() ? "DISABLED" : "ENABLED";
    }
}
