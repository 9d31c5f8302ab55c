package fr.agora.application.port.in.casev1p1;

import fr.agora.domain.interop.casev1p1.CasePackage;
import fr.agora.domain.interop.casev1p1.UnknownCaseObjectException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The published référentiel versions (and the CRCN) as 1EdTech CASE 1.1 frameworks: the read side of the CASE REST
 * binding. Every answer carries the {@link Exported#contentVersion() version} of the content it was made from, so
 * that an adapter can derive an entity tag without serialising anything. Every look-up by identifier throws
 * {@link UnknownCaseObjectException} (404) when nothing of that kind has the identifier.
 */
public interface ExportCaseUseCase {

    /** Every framework published here (one per référentiel version, plus the CRCN once). */
    Exported<List<CasePackage.Document>> documents();

    /** One framework's document. */
    Exported<CasePackage.Document> document(UUID documentId);

    /** The package of one framework, by its document's identifier. */
    Exported<CasePackage> casePackage(UUID documentId);

    /** One item of any framework. */
    Exported<CasePackage.Item> item(UUID itemId);

    /** One item and every association it is the origin or the destination of (CFItemAssociations). */
    Exported<ItemAssociations> itemAssociations(UUID itemId);

    /** One association. */
    Exported<CasePackage.Association> association(UUID associationId);

    /** One rubric (a compétence's critères d'évaluation). */
    Exported<CasePackage.Rubric> rubric(UUID rubricId);

    /** One item type of a framework's definitions. */
    Exported<CasePackage.ItemType> itemType(UUID itemTypeId);

    /** A value and the version of the content it comes from (changes whenever the value may). */
    record Exported<T>(T value, String contentVersion) {
        public Exported {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(contentVersion, "contentVersion");
        }
    }

    /** An item with the associations that touch it, in package order. */
    record ItemAssociations(CasePackage.Item item, List<CasePackage.Association> associations) {
        public ItemAssociations {
            Objects.requireNonNull(item, "item");
            associations = List.copyOf(associations);
        }
    }
}
