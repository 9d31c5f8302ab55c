package fr.agora.adapter.in.rest.paie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.in.rest.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class PayslipApiTest extends ApiTestSupport {

    private static final String SMIC = """
            {"period":"2026-01","employee":{"category":"NON_CADRE","contract":"CDI","baseSalary":1823.07},
             "company":{"headcount":10,"accidentRate":1.00}}""";

    /** Same hand-computed case as PayslipCalculatorTest.non_cadre_at_the_smic_january_2026. */
    @Test
    void computes_the_smic_payslip() {
        var r = post("/api/v1/payslips/compute", SMIC);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.tree().get("gross").decimalValue()).isEqualByComparingTo("1823.07");
        assertThat(r.tree().get("netBeforeTax").decimalValue()).isEqualByComparingTo("1443.13");
        assertThat(r.tree().get("netTaxable").decimalValue()).isEqualByComparingTo("1495.08");
        assertThat(r.tree().get("parameters").get("smicHourly").decimalValue()).isEqualByComparingTo("12.02");
    }

    @Test
    void a_period_without_parameters_is_a_400_naming_period() {
        var r = post("/api/v1/payslips/compute", SMIC.replace("2026-01", "2019-01"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.tree().get("field").asString()).isEqualTo("period");
    }

    @Test
    void a_negative_salary_is_a_400_naming_the_field() {
        var r = post("/api/v1/payslips/compute", SMIC.replace("1823.07", "-5"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("employee.baseSalary");
    }

    @Test
    void hours_over_48_without_derogation_is_a_400() {
        var r = post("/api/v1/payslips/compute", SMIC.replace("}}", "},\"overtime\":[{\"weekStart\":\"2026-01-05\",\"hoursWorked\":50}]}"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("overtime[0].hoursWorked");
    }

    @Test
    void journal_balances() {
        var r = post("/api/v1/payslips/journal", "{\"payslips\":[" + SMIC + "," + SMIC + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.tree().get("totalDebit").decimalValue()).isEqualByComparingTo(r.tree().get("totalCredit").decimalValue());
    }

    @Test
    void leave_entitlement_and_indemnity() {
        var e = post("/api/v1/leave/entitlement", "{\"monthsWorked\":7,\"monthsSickLeave\":0,\"monthsWorkAccidentLeave\":0}");
        assertThat(e.status()).as(e.body()).isEqualTo(200);
        assertThat(e.tree().get("days").asInt()).isEqualTo(18);
        var i = post("/api/v1/leave/indemnity", """
                {"monthlySalary":2000,"referencePeriodGross":24000,"entitlementDays":25,"daysTaken":10,"daysInMonth":21,"dayBasis":"WORKING_DAYS"}""");
        assertThat(i.status()).as(i.body()).isEqualTo(200);
        assertThat(i.tree().get("retained").decimalValue()).isEqualByComparingTo("960.00");
        assertThat(i.tree().get("method").asString()).isEqualTo("TENTH_RULE");
    }

    /**
     * The OpenAPI example (a last CDD payslip with a part-time contract, a sick leave and meals) is accepted and every new
     * field comes back: ceiling prorated 4 005 × 121,33 × 3 / 455 = 3 203,91; IJSS 2 days (days 4 and 5) × 40,77 =
     * 81,54 gross, net 81,54 − 5,06 − 0,41 = 76,07; the versement mobilité warning at 12 employees.
     */
    @Test
    void the_openapi_example_computes_with_every_new_field() {
        var r = post("/api/v1/payslips/compute", PayslipController.COMPUTE_EXAMPLE);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var t = r.tree();
        assertThat(t.get("socialSecurityCeiling").decimalValue()).isEqualByComparingTo("3203.91");
        assertThat(t.get("sickPay").get("carenceDays").asInt()).isEqualTo(3);
        assertThat(t.get("sickPay").get("ijssGross").decimalValue()).isEqualByComparingTo("81.54");
        assertThat(t.get("sickPay").get("ijssNet").decimalValue()).isEqualByComparingTo("76.07");
        assertThat(t.get("netPayableBeforeIncomeTax").decimalValue()).isEqualByComparingTo(
                t.get("netBeforeTax").decimalValue().subtract(t.get("benefitsInKind").decimalValue()).add(new java.math.BigDecimal("76.07")));
        assertThat(t.get("warnings").get(0).get("code").asString()).isEqualTo("VERSEMENT_MOBILITE_NOT_MODELLED");
        assertThat(t.get("generalReduction").has("retraiteComplementaire")).isTrue();
        assertThat(r.body()).contains("INDEMNITE_FIN_CONTRAT", "INDEMNITE_COMPENSATRICE_CP", "ABS_MALADIE");
    }

    @Test
    void the_openapi_document_shows_the_examples_and_new_fields() {
        var r = get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        var op = r.tree().get("paths").get("/api/v1/payslips/compute").get("post");
        assertThat(op.get("operationId").asString()).isEqualTo("computePayslip");
        assertThat(op.get("requestBody").toString()).contains("sickLeaves", "endOfContract", "hiredOn", "alsaceMoselle");
        assertThat(r.tree().get("components").get("schemas").get("PayslipResponse").get("properties").has("netPayableBeforeIncomeTax")).isTrue();
    }

    @Test
    void a_sick_leave_without_hiring_date_is_a_400_naming_the_field() {
        var r = post("/api/v1/payslips/compute", SMIC.replace("}}", "},\"sickLeaves\":[{\"from\":\"2026-01-05\",\"to\":\"2026-01-09\"}]}"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.tree().get("field").asString()).isEqualTo("employee.hiredOn");
    }
}
