package fr.agora.adapter.out.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.adapter.out.persistence.school.JdbcStudentStore;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.Uai;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The erasure procedure of docs/erasure.md, tested on the bytes: a deleted student's name and INE — and the
 * idempotency rows of the writes that touched them (the key and the student's id) — stay readable in the database
 * files until the storage is compacted (H2: {@code SHUTDOWN COMPACT}; PostgreSQL: {@code VACUUM FULL}
 * of the school tables, then a checkpoint), and are gone from them afterwards.
 */
class ErasureCompactionTest {

    @TempDir
    Path dir;

    @Test
    void h2_keeps_deleted_bytes_until_shutdown_compact() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("agora") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        String marker = marker();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            insertStudent(st, marker);
            eraseThroughTheStore(url, "sa");
            assertThat(filesContain(dir, marker)).as("deleted, not yet compacted: still in the file").isTrue();
            assertThat(count(st, "eval_idempotency") + count(st, "eval_idempotency_student")).as("idempotency rows deleted").isZero();
            st.execute("SHUTDOWN COMPACT");
        }
        assertThat(filesContain(dir, marker)).as("after SHUTDOWN COMPACT: %s", where(dir, marker)).isFalse();
        assertThat(filesContain(dir, "Ecole-" + kept(marker))).isTrue(); // what was not erased is still there
    }

    @Test
    void postgres_keeps_deleted_bytes_until_vacuum_full() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true).start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
            String marker = marker();
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
                insertStudent(st, marker);
                st.execute("CHECKPOINT");
                Path table = relationFile(st, "eval_student");
                Path idempotency = relationFile(st, "eval_idempotency");
                Path links = relationFile(st, "eval_idempotency_student");
                assertThat(contains(table, marker)).as("written to the table's file").isTrue();
                assertThat(contains(idempotency, marker)).as("the key, in the idempotency table's file").isTrue();
                assertThat(contains(links, marker)).as("the student's id, in the link table's file").isTrue();
                eraseThroughTheStore(url, "postgres");
                st.execute("CHECKPOINT");
                assertThat(count(st, "eval_idempotency") + count(st, "eval_idempotency_student")).as("idempotency rows deleted").isZero();
                assertThat(contains(table, marker)).as("deleted, not vacuumed: still in the file").isTrue();
                assertThat(contains(idempotency, marker)).as("idempotency row deleted, not vacuumed: still in the file").isTrue();

                st.execute("VACUUM FULL eval_student, eval_idempotency, eval_idempotency_student");
                st.execute("CHECKPOINT");
                Path rewritten = relationFile(st, "eval_student");
                Path index = relationFile(st, "uq_eval_student_ine");
                assertThat(Files.exists(table) && contains(table, marker)).as("old file").isFalse();
                assertThat(contains(rewritten, marker)).as("rewritten table").isFalse();
                assertThat(contains(index, marker.substring(0, 11))).as("rebuilt INE index").isFalse();
                for (String relation : List.of("eval_idempotency", "eval_idempotency_student", "ix_eval_idempotency_student",
                        "eval_idempotency_pkey", "eval_idempotency_student_pkey")) {
                    assertThat(contains(relationFile(st, relation), marker)).as("rewritten " + relation).isFalse();
                }
                assertThat(Files.exists(idempotency) && contains(idempotency, marker)).as("old idempotency file").isFalse();
                assertThat(Files.exists(links) && contains(links, marker)).as("old link file").isFalse();
            }
        }
    }

    /** The student's id carries the marker as well: the link table stores it. */
    private static String studentId() {
        return "student-" + MARKER.get();
    }

    private static final ThreadLocal<String> MARKER = new ThreadLocal<>();

    private static String marker() {
        String marker = "ZQ" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        MARKER.set(marker);
        return marker;
    }

    /** The school's name: not erased, so it must survive compaction (and must not contain the marker). */
    private static String kept(String marker) {
        return new StringBuilder(marker).reverse().toString().toLowerCase();
    }

    private static void insertStudent(Statement st, String marker) throws SQLException {
        st.execute("INSERT INTO eval_establishment (uai, name, policy_kind) VALUES ('0123456A', 'Ecole-" + kept(marker) + "', 'LAST')");
        st.execute("INSERT INTO eval_cohort (id, uai, name, referentiel_id, referentiel_version, exam_session_year) "
                + "VALUES ('c1', '0123456A', 'C', 'agora-2020', '2020.1', 2030)");
        st.execute("INSERT INTO eval_student (id, uai, cohort_id, ine, last_name, first_name) VALUES ('" + studentId() + "', '0123456A', 'c1', '"
                + marker.substring(0, 11) + "', '" + marker + "', 'Lea')");
        // a remembered write that touched the student, its key carrying the marker too (keys are the client's text)
        st.execute("INSERT INTO eval_idempotency (uai, client_id, idem_key, fingerprint, result_ids, created_at) VALUES ('0123456A', "
                + "'key:0000000000000001', 'key-" + marker + "', '" + "f".repeat(64) + "', 'e1', CURRENT_TIMESTAMP)");
        st.execute("INSERT INTO eval_idempotency_student (uai, client_id, idem_key, student_id) VALUES ('0123456A', "
                + "'key:0000000000000001', 'key-" + marker + "', '" + studentId() + "')");
    }

    /**
     * The erasure as the server runs it ({@code JdbcStudentStore.eraseStudent}): the idempotency records of the writes
     * that touched the student, then the student and, by cascade, their rows.
     */
    private static void eraseThroughTheStore(String url, String user) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, ""));
        new JdbcStudentStore(jdbc).eraseStudent(Uai.of("0123456A"), StudentId.of(studentId()));
    }

    private static int count(Statement st, String table) throws SQLException {
        try (ResultSet r = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Path relationFile(Statement st, String relation) throws SQLException {
        String dataDir;
        try (ResultSet r = st.executeQuery("SHOW data_directory")) {
            r.next();
            dataDir = r.getString(1);
        }
        try (ResultSet r = st.executeQuery("SELECT pg_relation_filepath('" + relation + "')")) {
            r.next();
            return Path.of(dataDir, r.getString(1));
        }
    }

    private static boolean filesContain(Path root, String marker) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> contains(f, marker));
        }
    }

    private static String where(Path root, String marker) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(f, marker))
                    .map(f -> f.getFileName() + " (" + f.toFile().length() + " bytes)").toList().toString();
        }
    }

    private static boolean contains(Path file, String marker) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(marker);
        } catch (IOException e) {
            return false;
        }
    }
}
