package fr.agora.application.port.in.pfmp;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.domain.pfmp.PfmpAttestation;

/** The attestation de PFMP of a student (every role that may see the student; a tutor only their students). */
public interface GetPfmpAttestationUseCase {
    PfmpAttestation attestation(Caller caller, String studentId);
}
