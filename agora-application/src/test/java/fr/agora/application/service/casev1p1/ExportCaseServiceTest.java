package fr.agora.application.service.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.referentiel.FindReferentielUseCase;
import fr.agora.application.port.in.referentiel.ReferentielVersion;
import fr.agora.domain.interop.casev1p1.CaseExport;
import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.interop.casev1p1.CasePackage;
import fr.agora.domain.interop.casev1p1.UnknownCaseObjectException;
import fr.agora.domain.referentiel.Referentiel;
import fr.agora.domain.referentiel.Referentiels;
import fr.agora.domain.referentiel.UnknownReferentielException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportCaseServiceTest {

    static final Referentiel AGORA = Referentiels.agora2020();

    /** Published versions in memory; counts the reads. */
    static final class Catalogue implements FindReferentielUseCase {
        final Map<String, Referentiel> published = new LinkedHashMap<>();
        int versionReads;

        @Override
        public List<ReferentielVersion> versions() {
            versionReads++;
            return published.values().stream()
                    .map(r -> new ReferentielVersion(r.id(), r.version(), r.diplomaTitle(), r.checksum(), Instant.EPOCH))
                    .toList();
        }

        @Override
        public Referentiel referentiel(String id) {
            Referentiel r = published.get(id);
            if (r == null) {
                throw new UnknownReferentielException(id);
            }
            return r;
        }
    }

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Catalogue catalogue = new Catalogue();
    final HandClock clock = new HandClock();
    final List<String> exported = new ArrayList<>();
    final ExportCaseService service = new ExportCaseService(catalogue, r -> {
        exported.add(r.id());
        return CaseExporter.export(r);
    }, clock, Duration.ofSeconds(10));

    @Test
    void lists_the_referentiel_and_the_crcn_and_exports_each_version_once() {
        catalogue.published.put(AGORA.id(), AGORA);
        var docs = service.documents();
        assertThat(docs.value()).extracting(CasePackage.Document::title)
                .containsExactly(AGORA.diplomaTitle(), "Cadre de référence des compétences numériques (CRCN)");
        assertThat(docs.contentVersion()).isEqualTo("agora-case/1:" + AGORA.checksum());

        UUID documentId = docs.value().get(0).identifier();
        CasePackage p = service.casePackage(documentId).value();
        assertThat(p.items()).hasSize(49);
        UUID itemId = p.items().get(10).identifier();
        assertThat(service.item(itemId).value()).isEqualTo(p.items().get(10));
        assertThat(service.item(itemId).contentVersion()).isEqualTo(docs.contentVersion());
        service.documents();
        assertThat(exported).containsExactly("agora-2020");
        assertThat(catalogue.versionReads).isEqualTo(1);
    }

    @Test
    void an_unknown_identifier_is_a_404_and_rereads_the_versions_at_most_once_per_interval() {
        catalogue.published.put(AGORA.id(), AGORA);
        service.documents();
        UUID unknown = UUID.fromString("00000000-0000-5000-8000-000000000000");
        assertThatThrownBy(() -> service.item(unknown)).isInstanceOf(UnknownCaseObjectException.class)
                .hasMessageContaining("CFItem '" + unknown + "' not found");
        assertThatThrownBy(() -> service.casePackage(unknown)).isInstanceOf(UnknownCaseObjectException.class);
        assertThat(catalogue.versionReads).isEqualTo(1); // within the interval: no re-read

        clock.now = clock.now.plusSeconds(11);
        assertThatThrownBy(() -> service.item(unknown)).isInstanceOf(UnknownCaseObjectException.class);
        assertThatThrownBy(() -> service.item(unknown)).isInstanceOf(UnknownCaseObjectException.class);
        assertThat(catalogue.versionReads).isEqualTo(2);
        assertThat(exported).containsExactly("agora-2020"); // the version's export is kept, not recomputed
    }

    @Test
    void a_version_published_later_is_found_on_the_first_miss_after_the_interval() {
        service.documents(); // nothing published yet
        assertThat(service.documents().value()).isEmpty();
        assertThat(catalogue.versionReads).isEqualTo(1);
        catalogue.published.put(AGORA.id(), AGORA);
        clock.now = clock.now.plusSeconds(10);
        assertThat(service.documents().value()).hasSize(2); // an empty list is looked at again, not kept
        assertThat(catalogue.versionReads).isEqualTo(2);
        catalogue.published.clear();
        catalogue.published.put(AGORA.id(), AGORA);
        UUID competency = CaseExport.class.cast(CaseExporter.export(AGORA)).items().keySet().iterator().next();
        clock.now = clock.now.plusSeconds(10);
        assertThat(service.item(competency).value().humanCodingScheme()).isEqualTo("1");
        assertThat(service.documents().value()).hasSize(2);
    }

    @Test
    void finds_every_kind_of_object_by_identifier() {
        catalogue.published.put(AGORA.id(), AGORA);
        CaseExport e = CaseExporter.export(AGORA);
        CasePackage ref = e.packages().get(0);
        CasePackage crcn = e.packages().get(1);
        assertThat(service.document(crcn.document().identifier()).value()).isEqualTo(crcn.document());
        var a = ref.associations().get(5);
        assertThat(service.association(a.identifier()).value()).isEqualTo(a);
        var r = ref.rubrics().get(3);
        assertThat(service.rubric(r.identifier()).value()).isEqualTo(r);
        var t = crcn.definitions().itemTypes().get(0);
        assertThat(service.itemType(t.identifier()).value()).isEqualTo(t);
        assertThatThrownBy(() -> service.rubric(a.identifier())).isInstanceOf(UnknownCaseObjectException.class)
                .hasMessageContaining("CFRubric");

        // CRCN 5.2: its isChildOf in the CRCN package, and the isRelatedTo of the 9 activités that mobilise it
        CasePackage.Item crcn52 = crcn.items().get(15);
        var touching = service.itemAssociations(crcn52.identifier()).value();
        assertThat(touching.item()).isEqualTo(crcn52);
        assertThat(touching.associations()).extracting(CasePackage.Association::associationType)
                .containsOnly("isChildOf", "isRelatedTo").hasSize(1 + 9);
        // a compétence: only its own isChildOf
        CasePackage.Item competency = ref.items().stream().filter(i -> "2.2.4".equals(i.humanCodingScheme()))
                .findFirst().orElseThrow();
        assertThat(service.itemAssociations(competency.identifier()).value().associations()).singleElement()
                .satisfies(x -> assertThat(x.originNodeUri().identifier()).isEqualTo(competency.identifier()));
    }
}
