package fr.agora.bench.paie;

import fr.agora.domain.paie.Payslip;
import fr.agora.domain.paie.PayslipCalculator;
import fr.agora.domain.paie.PayslipInput;
import fr.agora.domain.paie.PayslipInput.*;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

/** Payslip throughput: the standard case (non-cadre, monthly salary, no extras), and a year for 10 000 employees. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PayslipBenchmark {

    private final PayslipCalculator calc = new PayslipCalculator();
    private PayslipInput standard;
    private List<Employee> employees;
    private Company company;

    @Setup
    public void setUp() {
        company = new Company(20, new BigDecimal("1.50"), new BigDecimal("40"), new BigDecimal("50"));
        standard = new PayslipInput(YearMonth.of(2026, 3), new Employee(Category.NON_CADRE, Contract.CDI, new BigDecimal("2200.00"), null, null),
                company, null, null, null, null, null);
        employees = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            employees.add(new Employee(i % 5 == 0 ? Category.CADRE : Category.NON_CADRE, Contract.CDI,
                    BigDecimal.valueOf(182_307 + (i * 37L) % 600_000, 2), null, null));
        }
    }

    @Benchmark
    public Payslip standardPayslip() {
        return calc.compute(standard);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void yearFor10000Employees(Blackhole bh) {
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(2026, m);
            for (Employee e : employees) {
                bh.consume(calc.compute(new PayslipInput(ym, e, company, null, null, null, null, null)));
            }
        }
    }
}
