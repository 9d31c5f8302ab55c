package fr.agora.adapter.in.rest.demo;

import fr.agora.application.port.in.access.IssueApiKeyUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.readiness.ConfigureReadinessGridUseCase;
import fr.agora.application.port.in.school.ManageCohortsUseCase;
import fr.agora.application.port.in.school.ManagePlacementsUseCase;
import fr.agora.application.port.in.school.ManageStudentsUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase;
import fr.agora.application.port.in.assessment.RecordEvaluationsUseCase.EvaluationInput;
import fr.agora.application.port.in.pfmp.GetPfmpAllowancesUseCase;
import fr.agora.application.port.in.pfmp.PfmpAllowanceView;
import fr.agora.application.port.in.pfmp.RecordPfmpAttendanceCommand;
import fr.agora.application.port.in.pfmp.RecordPfmpAttendanceUseCase;
import fr.agora.application.port.in.pfmp.ValidatePfmpAllowanceCommand;
import fr.agora.application.port.in.pfmp.ValidatePfmpAllowanceUseCase;
import fr.agora.application.port.in.tutor.CreateTutorLinkCommand;
import fr.agora.application.port.in.tutor.ManageTutorLinksUseCase;
import fr.agora.domain.pfmp.PfmpAllowance;
import fr.agora.domain.school.Cohort;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.PfmpPeriod;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.Uai;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The opt-in demo ({@code --spring.profiles.active=demo}, never active by default; its database is in memory, see
 * {@code application.yml}): a school, a cohort of 35 students following a real Bac pro calendar ({@link DemoCalendar}:
 * periods in school time, 20 weeks over the cycle, the last one before the exam session), placements, absences and a
 * realistic spread of evaluations in every period already done (a seeded {@link Random}, so the same students,
 * placements, absences and levels every run; only the cohort follows today), the allocation de PFMP validated by the
 * head of school for every period but the last one done (left to validate), CCF grids for U31 and U32 (so readiness shows proposed marks to the teacher), API keys for the four roles, and
 * ready-to-paste curl commands. The keys
 * are printed once, at start-up; only their hashes are stored. Everything goes through the use cases, as a client
 * would.
 */
@Component
@Profile("demo")
class DemoSchoolSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSchoolSeeder.class);

    static final Uai UAI = Uai.of("0750001A");
    static final long SEED = 20_200_218L; // the référentiel's arrêté date
    static final int STUDENTS = 35;
    static final String TUTOR = "c.dubois@mutuelle-du-centre.fr";

    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
            "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
            "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
            "Faure", "Rousseau", "Blanc"};
    private static final String[] FIRST = {"Léa", "Hugo", "Chloé", "Lucas", "Manon", "Nathan", "Inès", "Enzo", "Jade", "Louis", "Camille",
            "Théo", "Sarah", "Mathis", "Lina", "Noah", "Zoé", "Adam", "Emma", "Yanis", "Clara", "Rayan", "Lou", "Tom", "Anaïs", "Sacha",
            "Maëlys", "Ethan", "Louise", "Naël", "Alice", "Gabriel", "Eva", "Raphaël", "Nina"};
    /** Host organisations: name, kind, tutor name, tutor e-mail. The first one's tutor gets the demo TUTOR key. */
    private static final String[][] HOSTS = {
            {"Mutuelle du Centre", "MUTUELLE", "Claire Dubois", TUTOR},
            {"Mairie de Saint-Amand", "COLLECTIVITE", "Marc Lefort", "m.lefort@saint-amand.fr"},
            {"Transports Berthier SARL", "ENTREPRISE", "Sophie Berthier", "s.berthier@berthier-transports.fr"},
            {"Association Les Restos du Cher", "ASSOCIATION", "Paul Girard", "p.girard@restos-cher.org"},
            {"Sous-préfecture de Vierzon", "ADMINISTRATION", "Nadia Benali", "n.benali@cher.gouv.fr"},
            {"Boulangerie Moreau & Fils", "ENTREPRISE", "Julien Moreau", "contact@boulangerie-moreau.fr"},
            {"Cabinet comptable Audit Plus", "ENTREPRISE", "Hélène Roy", "h.roy@auditplus.fr"}};
    /** Levels by period: the later the period, the better the students (codes of the LSL default scale). */
    private static final String[][] LEVELS = {
            {"1", "2", "2", "2", "3", "3", "NE"},
            {"1", "2", "2", "3", "3", "3", "4"},
            {"2", "2", "3", "3", "3", "4", "4"},
            {"2", "3", "3", "3", "4", "4", "4"}};

    private final IssueApiKeyUseCase keys;
    private final ManageCohortsUseCase cohorts;
    private final ManageStudentsUseCase students;
    private final ManagePlacementsUseCase placements;
    private final RecordEvaluationsUseCase evaluations;
    private final ConfigureReadinessGridUseCase grids;
    private final RecordPfmpAttendanceUseCase attendance;
    private final GetPfmpAllowancesUseCase allowances;
    private final ValidatePfmpAllowanceUseCase validateAllowance;
    private final ManageTutorLinksUseCase tutorLinks;
    private final Environment env;
    private final Clock clock;

    DemoSchoolSeeder(IssueApiKeyUseCase keys, ManageCohortsUseCase cohorts, ManageStudentsUseCase students,
                     ManagePlacementsUseCase placements, RecordEvaluationsUseCase evaluations, ConfigureReadinessGridUseCase grids,
                     RecordPfmpAttendanceUseCase attendance, GetPfmpAllowancesUseCase allowances,
                     ValidatePfmpAllowanceUseCase validateAllowance, ManageTutorLinksUseCase tutorLinks, Environment env, Clock clock) {
        this.tutorLinks = tutorLinks;
        this.attendance = attendance;
        this.allowances = allowances;
        this.validateAllowance = validateAllowance;
        this.clock = clock;
        this.grids = grids;
        this.keys = keys;
        this.cohorts = cohorts;
        this.students = students;
        this.placements = placements;
        this.evaluations = evaluations;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        IssueApiKeyUseCase.IssuedKey adminKey = keys.registerSchool(new IssueApiKeyUseCase.RegisterCommand(UAI,
                "Lycée professionnel Jean Moulin (démo)", Caller.Role.SCHOOL_ADMIN, "demo-admin", null));
        Caller admin = new Caller(UAI, Caller.Role.SCHOOL_ADMIN, "demo-admin");
        if (cohorts.cohorts(admin, 0, 1).total() > 0) {
            LOG.warn("Demo school {} already has cohorts: nothing seeded (the demo expects its own in-memory database)", UAI);
            return;
        }
        String teacherKey = keys.issue(new IssueApiKeyUseCase.Command(admin, Caller.Role.TEACHER, "prof.lambert", "demo")).token();
        String entKey = keys.issue(new IssueApiKeyUseCase.Command(admin, Caller.Role.ENT_INTEGRATION, "ent-demo", "demo")).token();
        String tutorKey = keys.issue(new IssueApiKeyUseCase.Command(admin, Caller.Role.TUTOR, TUTOR, "demo")).token();
        Caller ent = new Caller(UAI, Caller.Role.ENT_INTEGRATION, "ent-demo");

        DemoCalendar.Plan plan = DemoCalendar.plan(LocalDate.now(clock));
        Cohort cohort = cohorts.createCohort(new ManageCohortsUseCase.CreateCommand(admin, "2nde AGOrA 1 (rentrée " + plan.rentree() + ", démo)",
                "agora-2020", "2020.1", plan.examSession(), plan.periods()));
        Random random = new Random(SEED);
        List<String> codes = competencyCodes();
        List<Student> created = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            String ine = String.format("%09d", 100_000_000 + random.nextInt(899_999_999)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            created.add(students.createStudent(new ManageStudentsUseCase.CreateCommand(admin, cohort.id().value(), ine, LAST[i], FIRST[i])));
        }
        int total = placeAndEvaluate(admin, ent, cohort, plan.ended(), created, codes, random);
        recordAttendanceAndAllowances(admin, cohort, plan, created, random);

        seedGrids(admin, codes);

        // the demo tutor's personal link for the first student's last period done (a tutor fills it once the period is over)
        String tutorLink = tutorLinks.create(new CreateTutorLinkCommand(new Caller(UAI, Caller.Role.TEACHER, "prof.lambert"),
                created.get(0).id().value(), "P" + plan.ended(), 30)).token();
        printHowToTry(cohort, created.get(0), total, adminKey.token(), teacherKey, entKey, tutorKey, tutorLink);
    }

    /** Places every student in each period done and records 6–12 evaluations per student and period (seeded, so reproducible). */
    private int placeAndEvaluate(Caller admin, Caller ent, Cohort cohort, int ended, List<Student> created, List<String> codes, Random random) {
        int total = 0;
        for (PfmpPeriod period : cohort.periods().subList(0, ended)) {
            List<EvaluationInput> batch = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                Student s = created.get(i);
                // the demo tutor hosts every fourth student in every period, so a tutor key has students to look at
                String[] host = i % 4 == 0 ? HOSTS[0] : HOSTS[1 + random.nextInt(HOSTS.length - 1)];
                placements.setPlacement(new ManagePlacementsUseCase.Command(admin, s.id().value(), period.code().name(), host[0], host[1], host[2], host[3], null));
                int n = 6 + random.nextInt(7);
                for (int k = 0; k < n; k++) {
                    String code = pick(codes, period.code(), random);
                    String level = LEVELS[Math.min(period.code().ordinal(), LEVELS.length - 1)][random.nextInt(LEVELS[0].length)];
                    LocalDate date = period.start().plusDays(random.nextInt((int) (period.end().toEpochDay() - period.start().toEpochDay()) + 1));
                    boolean byTutor = random.nextInt(3) > 0;
                    batch.add(new EvaluationInput(s.id().value(), code, null, period.code().name(), date.toString(), level,
                            byTutor ? host[3] : "prof.lambert", byTutor ? "TUTEUR" : "ENSEIGNANT", List.of(), List.of(), null, null));
                }
            }
            total += batch.size();
            evaluations.record(new RecordEvaluationsUseCase.Command(ent, "demo-" + period.code(), dedupe(batch)));
        }

        return total;
    }

    /**
     * The host's attestation of every period done: most students never absent, some absent a day or two with a reason,
     * a few without; the head of school has validated the allowance of every period but the last one done.
     */
    private void recordAttendanceAndAllowances(Caller admin, Cohort cohort, DemoCalendar.Plan plan, List<Student> created, Random random) {
        for (PfmpPeriod period : cohort.periods().subList(0, plan.ended())) {
            for (Student s : created) {
                int draw = random.nextInt(10);
                int justified = draw >= 7 && draw < 9 ? 1 + random.nextInt(2) : 0;
                int unjustified = draw == 9 ? 1 + random.nextInt(3) : 0;
                attendance.recordAttendance(new RecordPfmpAttendanceCommand(admin, s.id().value(), period.code().name(),
                        plan.cycleYear(period.code()).name(), justified, unjustified));
            }
        }
        for (PfmpAllowanceView v : allowances.cohortAllowances(admin, cohort.id().value())) {
            for (PfmpAllowance.Line l : v.allowance().lines()) {
                if (l.period().ordinal() >= plan.ended() - 1) continue;
                validateAllowance.validate(new ValidatePfmpAllowanceCommand(admin, v.student().id().value(), l.period().name(), l.days(),
                        l.amount().amount()));
            }
        }
    }

    /** CCF grids for U31 (bloc 1) and U32 (bloc 3): every competency weighs 1, levels 1–4 give 0–3 points. */
    private void seedGrids(Caller admin, List<String> codes) {
        Map<String, BigDecimal> points = Map.of("1", BigDecimal.ZERO, "2", BigDecimal.ONE, "3", new BigDecimal("2"), "4", new BigDecimal("3"));
        for (String[] unit : new String[][] {{"U31", "1."}, {"U32", "3."}}) {
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            codes.stream().filter(c -> c.startsWith(unit[1])).forEach(c -> weights.put(c, BigDecimal.ONE));
            grids.reviseGrid(new ConfigureReadinessGridUseCase.Command(admin, unit[0], "agora-2020", "2020.1", weights, points, null));
        }
    }

    private void printHowToTry(Cohort cohort, Student first, int total, String adminKey, String teacherKey, String entKey,
                               String tutorKey, String tutorLink) {
        String server = "http://localhost:" + env.getProperty("local.server.port", "8080");
        String base = server + "/api/v1/establishments/" + UAI;
        String firstStudent = first.id().value();
        String done = cohort.periods().stream().filter(p -> p.end().isBefore(LocalDate.now(clock))).map(p -> p.code().name())
                .reduce((a, b) -> a + ", " + b).orElse("none");
        String next = cohort.periods().stream().filter(p -> !p.end().isBefore(LocalDate.now(clock))).findFirst()
                .map(p -> p.code() + " from " + p.start()).orElse("none");
        LOG.info("""

                ==================== AGOrA demo ====================
                School {} with cohort {} ({} students; PFMP {} done with placements, absences, evaluations ({}), allocation; next {}).
                API keys (shown once; only their SHA-256 is stored):
                  SCHOOL_ADMIN     {}
                  TEACHER          {}
                  ENT_INTEGRATION  {}
                  TUTOR ({})  {}
                Try:
                  curl -H 'Authorization: Bearer {}' '{}/cohorts/{}/coverage'
                  curl -H 'Authorization: Bearer {}' '{}/cohorts/{}/coverage?policy=MEAN&atRiskThreshold=2'
                  curl -H 'Authorization: Bearer {}' '{}/students/{}/coverage'
                  curl -H 'Authorization: Bearer {}' '{}/students/{}/exam-readiness'
                  curl -H 'Authorization: Bearer {}' '{}/students/{}/coverage'
                  curl -H 'Authorization: Bearer {}' '{}/students/{}/pfmp-attestation'
                  curl -H 'Authorization: Bearer {}' -o attestation.pdf '{}/students/{}/pfmp-attestation/pdf'
                  curl -H 'Authorization: Bearer {}' '{}/cohorts/{}/pfmp-allowances/csv'
                Tutor's page (a personal link, 30 days; open it on a phone): {}/tuteur/{}
                OpenAPI (Authorize with a key): {}/swagger-ui.html
                ====================================================""",
                UAI, cohort.id().value(), STUDENTS, done, total, next,
                adminKey, teacherKey, entKey, TUTOR, tutorKey,
                teacherKey, base, cohort.id().value(),
                teacherKey, base, cohort.id().value(),
                teacherKey, base, firstStudent,
                teacherKey, base, firstStudent,
                tutorKey, base, firstStudent,
                teacherKey, base, firstStudent,
                teacherKey, base, firstStudent,
                adminKey, base, cohort.id().value(), server, tutorLink, server);
    }

    /** The 37 competencies of agora-2020, bloc by bloc. */
    static List<String> competencyCodes() {
        List<String> codes = new ArrayList<>();
        int[][] shape = {{4, 4, 4}, {5, 6, 2}, {3, 5, 4}}; // competencies per activity, per bloc
        for (int bloc = 1; bloc <= 3; bloc++) {
            for (int activity = 1; activity <= 3; activity++) {
                for (int c = 1; c <= shape[bloc - 1][activity - 1]; c++) codes.add(bloc + "." + activity + "." + c);
            }
        }
        return codes;
    }

    /** Earlier periods lean on bloc 1 (relations), later ones spread over blocs 2 and 3. */
    private static String pick(List<String> codes, PeriodCode period, Random random) {
        int bloc = switch (period) {
            case P1 -> random.nextInt(10) < 7 ? 1 : 2;
            case P2 -> random.nextInt(10) < 5 ? 1 : 2;
            case P3 -> random.nextInt(3) + 1;
            default -> random.nextInt(10) < 5 ? 3 : 1 + random.nextInt(2);
        };
        List<String> ofBloc = codes.stream().filter(c -> c.startsWith(bloc + ".")).toList();
        return ofBloc.get(random.nextInt(ofBloc.size()));
    }

    /** The same student, competency, date, level and evaluator twice in one batch is refused: keep the first. */
    private static List<EvaluationInput> dedupe(List<EvaluationInput> batch) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(batch));
    }
}
