package fr.agora.application.port.in.casev1p1;

import fr.agora.domain.interop.casev1p1.CasePackage;
import fr.agora.domain.interop.casev1p1.UnknownCaseObjectException;
import java.util.List;
import java.util.UUID;

/**
 * The published référentiel versions (and the CRCN) as 1EdTech CASE 1.1 frameworks: the read side of the CASE REST
 * binding. Every answer carries the {@link Exported#contentVersion() version} of the content it was made from, so
 * that an adapter can derive an entity tag without serialising anything.
 */
public interface ExportCaseUseCase {

    /** Every framework published here (one per référentiel version, plus the CRCN once). */
    Exported<List<CasePackage.Document>> documents();

    /**
     * The package of one framework.
     *
     * @throws UnknownCaseObjectException (404) when no document has this identifier
     */
    Exported<CasePackage> casePackage(UUID documentId);

    /**
     * One item of any framework.
     *
     * @throws UnknownCaseObjectException (404) when no item has this identifier
     */
    Exported<CasePackage.Item> item(UUID itemId);

    /** A value and the version of the content it comes from (changes whenever the value may). */
    record Exported<T>(T value, String contentVersion) {
        public Exported {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(contentVersion, "contentVersion");
        }
    }
}
