package fr.agora.adapter.in.rest.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.interop.casev1p1.CaseExport;
import fr.agora.domain.interop.casev1p1.CaseExporter;
import fr.agora.domain.interop.casev1p1.CasePackage;
import fr.agora.domain.referentiel.Referentiels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written mapper forgets nothing and leaves no relative uri. */
class CaseJsonMapperTest {

    static final CaseExport EXPORT = CaseExporter.export(Referentiels.agora2020());

    @Test
    void every_domain_component_has_its_json_counterpart() {
        Map<Class<?>, Class<?>> pairs = Map.of(
                CasePackage.Link.class, CaseJson.LinkURI.class,
                CasePackage.Document.class, CaseJson.CFDocument.class,
                CasePackage.Item.class, CaseJson.CFItem.class,
                CasePackage.Association.class, CaseJson.CFAssociation.class,
                CasePackage.ItemType.class, CaseJson.CFItemType.class,
                CasePackage.Rubric.class, CaseJson.CFRubric.class,
                CasePackage.RubricCriterion.class, CaseJson.CFRubricCriterion.class,
                CasePackage.RubricCriterionLevel.class, CaseJson.CFRubricCriterionLevel.class,
                CasePackage.class, CaseJson.CFPackage.class);
        pairs.forEach((domain, json) -> assertThat(json.getRecordComponents()).as(json.getSimpleName())
                .hasSameSizeAs(domain.getRecordComponents()));
    }

    @Test
    void every_uri_is_absolute_on_the_base_url() {
        CaseJsonMapper m = new CaseJsonMapper("https://agora.example/app/");
        JsonMapper json = JsonMapper.builder().build();
        List<String> uris = new ArrayList<>();
        for (CasePackage p : EXPORT.packages()) {
            collect(json.valueToTree(m.casePackage(p)), uris);
        }
        assertThat(uris).hasSizeGreaterThan(1000)
                .allSatisfy(u -> assertThat(u).startsWith("https://agora.example/app/ims/case/v1p1/"));
    }

    private static void collect(JsonNode n, List<String> uris) {
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if (e.getKey().equals("uri")) {
                    uris.add(e.getValue().asString());
                } else {
                    collect(e.getValue(), uris);
                }
            });
        } else if (n.isArray()) {
            n.forEach(c -> collect(c, uris));
        }
    }
}
