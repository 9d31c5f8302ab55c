package fr.agora.adapter.in.rest.school;

import fr.agora.adapter.in.rest.support.SchoolApiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Cohorts, periods, students, SIECLE import and placements over HTTP, with their validation errors. */
class SchoolStructureApiTest extends SchoolApiTestSupport {

    @Test
    void an_admin_creates_a_cohort_pinned_to_a_referentiel_version_with_its_periods() {
        School s = newSchool();
        String id = createCohort(s, "2nde AGOrA 1");

        JsonNode c = get(s.path("/cohorts/" + id), auth(s.teacher())).tree();
        assertThat(c.get("name").asString()).isEqualTo("2nde AGOrA 1");
        assertThat(c.get("referentielId").asString()).isEqualTo("agora-2020");
        assertThat(c.get("referentielVersion").asString()).isEqualTo("2020.1");
        assertThat(c.get("periods")).hasSize(6);
        assertThat(c.get("periods").get(0).get("code").asString()).isEqualTo("P1");
        assertThat(c.get("periods").get(0).get("start").asString()).isEqualTo("2024-01-08");

        ApiResponse periods = send("PUT", s.path("/cohorts/" + id + "/periods"),
                "{\"periods\":[{\"code\":\"P1\",\"start\":\"2024-01-08\",\"end\":\"2024-02-02\",\"weeks\":4}]}", "application/json", auth(s.admin()));
        assertThat(periods.status()).isEqualTo(200);
        assertThat(periods.tree().get("periods")).hasSize(1);

        JsonNode list = get(s.path("/cohorts?page=0&size=10"), auth(s.ent())).tree();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void a_cohort_on_an_unpublished_referentiel_version_or_with_bad_fields_is_400_naming_the_field() {
        School s = newSchool();
        ApiResponse r = post(s.path("/cohorts"), "{\"name\":\"X\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"1999.9\","
                + "\"examSessionYear\":2030}", auth(s.admin()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).isEqualTo("referentielVersion");

        ApiResponse badPeriod = post(s.path("/cohorts"), "{\"name\":\"X\",\"referentielId\":\"agora-2020\",\"referentielVersion\":\"2020.1\","
                + "\"examSessionYear\":2030,\"periods\":[{\"code\":\"P7\",\"start\":\"2024-01-08\",\"end\":\"2024-02-02\",\"weeks\":4}]}", auth(s.admin()));
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.tree().get("field").asString()).isEqualTo("periods[0].code");

        assertThat(get(s.path("/cohorts"), auth(s.admin())).tree().get("total").asLong()).isZero();
    }

    @Test
    void students_are_created_with_a_validated_ine_and_listed_by_page() {
        School s = newSchool();
        String cohort = createCohort(s, "1re AGOrA");
        createStudent(s, cohort, "123456789AB", "Martin", "Léa");
        createStudent(s, cohort, "1234567890C", "Bernard", "Hugo");
        String third = createStudent(s, cohort, null, "Petit", "Inès");

        ApiResponse bad = post(s.path("/students"), "{\"cohortId\":\"" + cohort + "\",\"ine\":\"12345\",\"lastName\":\"X\",\"firstName\":\"Y\"}",
                auth(s.admin()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.tree().get("field").asString()).isEqualTo("ine");

        ApiResponse dup = post(s.path("/students"), "{\"cohortId\":\"" + cohort + "\",\"ine\":\"123456789ab\",\"lastName\":\"X\",\"firstName\":\"Y\"}",
                auth(s.admin()));
        assertThat(dup.status()).isEqualTo(409);

        JsonNode page0 = get(s.path("/students?cohortId=" + cohort + "&page=0&size=2"), auth(s.teacher())).tree();
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(page0.get("size").asInt()).isEqualTo(2);
        assertThat(page0.get("items")).hasSize(2);
        assertThat(page0.get("items").get(0).get("lastName").asString()).isEqualTo("Bernard");
        assertThat(page0.get("items").get(1).get("lastName").asString()).isEqualTo("Martin");
        JsonNode page1 = get(s.path("/students?cohortId=" + cohort + "&page=1&size=2"), auth(s.teacher())).tree();
        assertThat(page1.get("items")).hasSize(1);
        assertThat(page1.get("items").get(0).get("id").asString()).isEqualTo(third);

        assertThat(get(s.path("/students?size=0"), auth(s.teacher())).tree().get("field").asString()).isEqualTo("size");
        assertThat(get(s.path("/students/" + third), auth(s.teacher())).tree().get("firstName").asString()).isEqualTo("Inès");
    }

    @Test
    void siecle_import_is_all_or_nothing_with_a_line_report_and_idempotent() {
        School s = newSchool();
        String cohort = createCohort(s, "Tle AGOrA");
        String good = "INE;NOM;PRENOM;DIVISION\n111111111AA;Durand;Paul;2NDE1\n2222222222B;Leroy;Sarah;2NDE1\n";
        String bad = "INE;NOM;PRENOM;DIVISION\n333333333CC;Roux;Tom;2NDE1\nXYZ;Faure;Zoé;2NDE1\n444444444DD;;Noé;2NDE1\n";

        ApiResponse rejected = send("POST", s.path("/cohorts/" + cohort + "/students/import"), bad, "text/csv", auth(s.admin()));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.tree().get("type").asString()).isEqualTo("/problems/invalid-csv");
        JsonNode errors = rejected.tree().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("ine");
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("field").asString()).isEqualTo("nom");
        assertThat(get(s.path("/students"), auth(s.admin())).tree().get("total").asLong()).isZero();

        JsonNode first = send("POST", s.path("/cohorts/" + cohort + "/students/import"), good, "text/csv", auth(s.ent())).tree();
        assertThat(first.get("created").asInt()).isEqualTo(2);
        JsonNode again = send("POST", s.path("/cohorts/" + cohort + "/students/import"), good, "text/csv", auth(s.ent())).tree();
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(get(s.path("/students"), auth(s.admin())).tree().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void placements_are_set_per_period_and_checked() {
        School s = newSchool();
        String cohort = createCohort(s, "2nde AGOrA 2");
        String st = createStudent(s, cohort, null, "Moreau", "Lina");
        place(s, st, "P1", "Tutor@Host.fr");

        JsonNode list = get(s.path("/students/" + st + "/placements"), auth(s.teacher())).tree().get("items");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("period").asString()).isEqualTo("P1");
        assertThat(list.get(0).get("kind").asString()).isEqualTo("MUTUELLE");
        assertThat(list.get(0).get("tutorEmail").asString()).isEqualTo("tutor@host.fr");

        ApiResponse badKind = send("PUT", s.path("/students/" + st + "/placements/P2"),
                "{\"organisation\":\"X\",\"kind\":\"BANQUE\",\"tutorName\":\"Y\",\"tutorEmail\":\"y@x.fr\"}", "application/json", auth(s.admin()));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.tree().get("field").asString()).isEqualTo("kind");
        ApiResponse badPeriod = send("PUT", s.path("/students/" + st + "/placements/P9"),
                "{\"organisation\":\"X\",\"kind\":\"ENTREPRISE\",\"tutorName\":\"Y\",\"tutorEmail\":\"y@x.fr\"}", "application/json", auth(s.admin()));
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.tree().get("field").asString()).isEqualTo("period");
        assertThat(get(s.path("/students/" + st + "/placements"), auth(s.teacher())).tree().get("items")).hasSize(1);
    }

    @Test
    void concurrent_edits_of_periods_and_placements_are_caught_with_etags() {
        School s = newSchool();
        String cohort = createCohort(s, "C");
        ApiResponse read = get(s.path("/cohorts/" + cohort), auth(s.admin()));
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        String periods = "{\"periods\":[{\"code\":\"P1\",\"start\":\"2024-01-08\",\"end\":\"2024-02-02\",\"weeks\":4}]}";
        ApiResponse first = send("PUT", s.path("/cohorts/" + cohort + "/periods"), periods, "application/json", auth(s.admin(), "If-Match", "\"0\""));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        ApiResponse second = send("PUT", s.path("/cohorts/" + cohort + "/periods"), "{\"periods\":[]}", "application/json",
                auth(s.ent(), "If-Match", "\"0\""));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.tree().get("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(second.tree().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(get(s.path("/cohorts/" + cohort), auth(s.admin())).tree().get("periods")).hasSize(1);
        assertThat(send("PUT", s.path("/cohorts/" + cohort + "/periods"), periods, "application/json", auth(s.admin(), "If-Match", "abc")).status())
                .isEqualTo(400);

        String st = createStudent(s, cohort, null, "Martin", "Léa");
        place(s, st, "P1", "tutor@host.fr");
        ApiResponse one = get(s.path("/students/" + st + "/placements/P1"), auth(s.teacher()));
        assertThat(one.header("ETag")).isEqualTo("\"0\"");
        assertThat(one.tree().get("version").asLong()).isZero();
        String body = "{\"organisation\":\"MACIF\",\"kind\":\"MUTUELLE\",\"tutorName\":\"T\",\"tutorEmail\":\"t@macif.fr\"}";
        assertThat(send("PUT", s.path("/students/" + st + "/placements/P1"), body, "application/json", auth(s.admin(), "If-Match", "\"0\""))
                .header("ETag")).isEqualTo("\"1\"");
        ApiResponse stale = send("PUT", s.path("/students/" + st + "/placements/P1"), body.replace("MACIF", "GMF"), "application/json",
                auth(s.teacher(), "If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(get(s.path("/students/" + st + "/placements"), auth(s.teacher())).tree().get("items").get(0).get("organisation").asString()).isEqualTo("MACIF");
        assertThat(get(s.path("/students/" + st + "/placements/P2"), auth(s.teacher())).status()).isEqualTo(404);
    }

    @Test
    void a_student_is_edited_with_its_etag_and_a_stale_one_changes_nothing() {
        School s = newSchool();
        String cohort = createCohort(s, "2nde AGOrA 3");
        String other = createCohort(s, "1re AGOrA 3");
        String st = createStudent(s, cohort, "123456789AB", "Martin", "Léa");
        ApiResponse read = get(s.path("/students/" + st), auth(s.teacher()));
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        String edit = "{\"lastName\":\"Martin-Roux\",\"firstName\":\"Léa\",\"ine\":\"123456789AB\",\"cohortId\":\"" + other + "\"}";
        ApiResponse first = send("PUT", s.path("/students/" + st), edit, "application/json", auth(s.admin(), "If-Match", "\"0\""));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(first.tree().get("lastName").asString()).isEqualTo("Martin-Roux");
        assertThat(first.tree().get("cohortId").asString()).isEqualTo(other);

        ApiResponse stale = send("PUT", s.path("/students/" + st), "{\"lastName\":\"Dupont\",\"firstName\":\"Léa\"}", "application/json",
                auth(s.ent(), "If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.tree().get("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(stale.tree().get("currentVersion").asLong()).isEqualTo(1);
        JsonNode unchanged = get(s.path("/students/" + st), auth(s.admin())).tree();
        assertThat(unchanged.get("lastName").asString()).isEqualTo("Martin-Roux");
        assertThat(unchanged.get("ine").asString()).isEqualTo("123456789AB");

        // without If-Match the last writer wins (as for periods and placements); cohortId left out keeps the cohort
        ApiResponse blind = send("PUT", s.path("/students/" + st), "{\"lastName\":\"Martin\",\"firstName\":\"Léa\",\"ine\":\"123456789AB\"}",
                "application/json", auth(s.ent()));
        assertThat(blind.status()).isEqualTo(200);
        assertThat(blind.header("ETag")).isEqualTo("\"2\"");
        assertThat(blind.tree().get("cohortId").asString()).isEqualTo(other);

        // a SIECLE re-import that renames the student makes the ETag read before it stale
        String etag = get(s.path("/students/" + st), auth(s.admin())).header("ETag");
        JsonNode imported = send("POST", s.path("/cohorts/" + other + "/students/import"), "INE;NOM;PRENOM;DIVISION\n123456789AB;Martin;Léa-Marie;1RE3\n",
                "text/csv", auth(s.ent())).tree();
        assertThat(imported.get("updated").asInt()).isEqualTo(1);
        assertThat(get(s.path("/students/" + st), auth(s.admin())).header("ETag")).isEqualTo("\"3\"");
        ApiResponse afterImport = send("PUT", s.path("/students/" + st), "{\"lastName\":\"X\",\"firstName\":\"Y\"}", "application/json",
                auth(s.admin(), "If-Match", etag));
        assertThat(afterImport.status()).isEqualTo(409);
        assertThat(afterImport.tree().get("currentVersion").asLong()).isEqualTo(3);
        assertThat(get(s.path("/students/" + st), auth(s.admin())).tree().get("firstName").asString()).isEqualTo("Léa-Marie");
    }

    @Test
    void a_student_edit_is_validated_reserved_to_admins_and_the_ent_and_scoped_to_the_school() {
        School s = newSchool();
        School other = newSchool();
        String cohort = createCohort(s, "Tle AGOrA 3");
        String st = createStudent(s, cohort, null, "Petit", "Hugo");
        place(s, st, "P1", "tutor@host.fr");
        String body = "{\"lastName\":\"Grand\",\"firstName\":\"Hugo\"}";

        ApiResponse badIne = send("PUT", s.path("/students/" + st), "{\"lastName\":\"Grand\",\"firstName\":\"Hugo\",\"ine\":\"12345\"}",
                "application/json", auth(s.admin()));
        assertThat(badIne.status()).isEqualTo(400);
        assertThat(badIne.tree().get("field").asString()).isEqualTo("ine");
        ApiResponse blank = send("PUT", s.path("/students/" + st), "{\"lastName\":\" \",\"firstName\":\"Hugo\"}", "application/json", auth(s.admin()));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.tree().get("field").asString()).isEqualTo("lastName");
        assertThat(send("PUT", s.path("/students/" + st), body, "application/json", auth(s.admin(), "If-Match", "abc")).status()).isEqualTo(400);

        assertThat(send("PUT", s.path("/students/" + st), body, "application/json", auth(s.teacher())).status()).isEqualTo(403);
        assertThat(send("PUT", s.path("/students/" + st), body, "application/json", auth(s.tutor())).status()).isEqualTo(403);
        // another school's student through that school's own path: not found, as an unknown id
        assertThat(send("PUT", other.path("/students/" + st), body, "application/json", auth(other.admin())).status()).isEqualTo(404);
        assertThat(send("PUT", s.path("/students/no-such-student"), body, "application/json", auth(s.admin())).status()).isEqualTo(404);

        ApiResponse after = get(s.path("/students/" + st), auth(s.admin()));
        assertThat(after.tree().get("lastName").asString()).isEqualTo("Petit");
        assertThat(after.header("ETag")).isEqualTo("\"0\"");
    }
}
