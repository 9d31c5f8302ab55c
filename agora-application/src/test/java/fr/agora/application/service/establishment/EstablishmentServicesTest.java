package fr.agora.application.service.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.application.port.in.establishment.ChangeEstablishmentStatusCommand;
import fr.agora.application.port.in.establishment.CreateEstablishmentCommand;
import fr.agora.application.port.in.establishment.CreateEstablishmentUseCase.CreatedEstablishment;
import fr.agora.application.port.in.establishment.GetEstablishmentCommand;
import fr.agora.application.port.in.establishment.ListEstablishmentsCommand;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.shared.PlatformOperator;
import fr.agora.application.port.out.access.ApiKeyPort;
import fr.agora.application.port.out.establishment.LoadRegisteredEstablishmentsPort;
import fr.agora.application.port.out.establishment.SaveRegisteredEstablishmentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.service.access.AuthenticateApiKeyService;
import fr.agora.domain.establishment.EstablishmentAlreadyExistsException;
import fr.agora.domain.establishment.EstablishmentDisabledException;
import fr.agora.domain.establishment.RegisteredEstablishment;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.shared.Sha256;
import fr.agora.domain.shared.Uai;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The platform operator's use cases over in-memory stores; keys made here authenticate through the real service. */
class EstablishmentServicesTest {

    static final Uai LLG = Uai.of("0750654D");   // 750654 mod 23 = 3 → D
    static final Uai H4 = Uai.of("0750699C");    // 750699 mod 23 = 2 → C
    static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final PlatformOperator OPERATOR = PlatformOperator.CONFIGURED;

    final Map<Uai, RegisteredEstablishment> schools = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    final Map<String, ApiKeyPort.StoredApiKey> keys = new TreeMap<>();
    final List<AuditPort.AuditRecord> audits = new ArrayList<>();

    final LoadRegisteredEstablishmentsPort load = new LoadRegisteredEstablishmentsPort() {
        @Override
        public Optional<RegisteredEstablishment> findEstablishment(Uai uai) {
            return Optional.ofNullable(schools.get(uai));
        }

        @Override
        public List<RegisteredEstablishment> listEstablishments(int offset, int limit) {
            return schools.values().stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long countEstablishments() {
            return schools.size();
        }
    };
    final SaveRegisteredEstablishmentPort save = new SaveRegisteredEstablishmentPort() {
        @Override
        public boolean insertEstablishment(RegisteredEstablishment e) {
            return schools.putIfAbsent(e.uai(), e) == null;
        }

        @Override
        public boolean updateDisabledAt(Uai uai, Instant disabledAt) {
            RegisteredEstablishment e = schools.get(uai);
            if (e == null) return false;
            schools.put(uai, new RegisteredEstablishment(uai, e.name(), e.createdAt(), disabledAt));
            return true;
        }
    };
    /** Keys joined with their school's status, as the database adapter reads them. */
    final ApiKeyPort keyPort = new ApiKeyPort() {
        @Override
        public void saveApiKey(StoredApiKey key) {
            if (keys.putIfAbsent(key.keyId(), key) != null) throw new IllegalStateException("duplicate");
        }

        @Override
        public Optional<StoredApiKey> findApiKey(String keyId) {
            return Optional.ofNullable(keys.get(keyId)).map(k -> new StoredApiKey(k.keyId(), k.uai(), k.role(), k.subject(), k.secretHash(),
                    k.label(), k.createdAt(), k.revoked(), schools.containsKey(k.uai()) && schools.get(k.uai()).disabled()));
        }

        @Override
        public boolean revokeApiKey(Uai uai, String keyId) {
            return false;
        }
    };
    final fr.agora.application.port.out.shared.TransactionPort tx = new fr.agora.application.port.out.shared.TransactionPort() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };

    final CreateEstablishmentService create = new CreateEstablishmentService(load, save, keyPort, audits::add, tx, CLOCK);
    final ListEstablishmentsService list = new ListEstablishmentsService(load);
    final GetEstablishmentService get = new GetEstablishmentService(load);
    final ChangeEstablishmentStatusService status = new ChangeEstablishmentStatusService(load, save, audits::add, tx, CLOCK);
    final AuthenticateApiKeyService auth = new AuthenticateApiKeyService(keyPort, CLOCK);

    @Test
    void the_operator_creates_a_school_whose_first_admin_key_authenticates_at_once_and_is_stored_hashed() {
        CreatedEstablishment c = create.create(new CreateEstablishmentCommand(OPERATOR, LLG, "Lycée Louis-le-Grand"));
        assertThat(c.establishment()).isEqualTo(new RegisteredEstablishment(LLG, "Lycée Louis-le-Grand", T0, null));
        assertThat(c.adminKey().token()).matches("agk_[0-9a-f]{16}\\.[A-Za-z0-9_-]{43}");
        String secret = c.adminKey().token().substring(c.adminKey().token().indexOf('.') + 1);
        assertThat(keys.get(c.adminKey().keyId()).secretHash()).isEqualTo(Sha256.hex(secret));
        assertThat(auth.authenticate(c.adminKey().token())).contains(Caller.ofApiKey(LLG, Caller.Role.SCHOOL_ADMIN, "school-admin", c.adminKey().keyId()));
        assertThat(audits).extracting(AuditPort.AuditRecord::action).containsExactly("establishment.created");
    }

    @Test
    void a_second_creation_of_the_same_uai_is_a_conflict_and_changes_nothing() {
        create.create(new CreateEstablishmentCommand(OPERATOR, LLG, "Lycée Louis-le-Grand"));
        assertThatThrownBy(() -> create.create(new CreateEstablishmentCommand(OPERATOR, LLG, "Autre nom")))
                .isInstanceOf(EstablishmentAlreadyExistsException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(schools.get(LLG).name()).isEqualTo("Lycée Louis-le-Grand");
        assertThat(keys).hasSize(1);
    }

    @Test
    void a_wrong_check_letter_is_refused_before_anything_is_stored() {
        assertThatThrownBy(() -> create.create(new CreateEstablishmentCommand(OPERATOR, Uai.of("0750654E"), "Lycée")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0750654D");
        assertThat(schools).isEmpty();
        assertThat(keys).isEmpty();
    }

    @Test
    void a_school_key_even_an_admins_may_not_create_list_or_change_the_status_of_schools() {
        Caller admin = new Caller(LLG, Caller.Role.SCHOOL_ADMIN, "admin");
        assertThatThrownBy(() -> create.create(new CreateEstablishmentCommand(admin, H4, "Henri-IV"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> list.list(new ListEstablishmentsCommand(admin, 0, 20))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> status.change(new ChangeEstablishmentStatusCommand(admin, LLG, false))).isInstanceOf(ForbiddenException.class);
        assertThat(schools).isEmpty();
    }

    @Test
    void the_operator_pages_through_the_schools_by_uai() {
        create.create(new CreateEstablishmentCommand(OPERATOR, LLG, "Louis-le-Grand"));
        create.create(new CreateEstablishmentCommand(OPERATOR, H4, "Henri-IV"));
        Page<RegisteredEstablishment> first = list.list(new ListEstablishmentsCommand(OPERATOR, 0, 1));
        assertThat(first.items()).extracting(RegisteredEstablishment::uai).containsExactly(LLG);
        assertThat(first.total()).isEqualTo(2);
        assertThat(list.list(new ListEstablishmentsCommand(OPERATOR, 1, 1)).items()).extracting(RegisteredEstablishment::uai).containsExactly(H4);
        assertThat(list.list(new ListEstablishmentsCommand(OPERATOR, 2, 1)).items()).isEmpty();
        assertThatThrownBy(() -> list.list(new ListEstablishmentsCommand(OPERATOR, 0, 0))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_school_admin_reads_its_own_school_only_and_other_roles_not_at_all() {
        create.create(new CreateEstablishmentCommand(OPERATOR, LLG, "Louis-le-Grand"));
        create.create(new CreateEstablishmentCommand(OPERATOR, H4, "Henri-IV"));
        assertThat(get.get(new GetEstablishmentCommand(new Caller(LLG, Caller.Role.SCHOOL_ADMIN, "a"), LLG)).name()).isEqualTo("Louis-le-Grand");
        assertThat(get.get(new GetEstablishmentCommand(OPERATOR, H4)).name()).isEqualTo("Henri-IV");
        assertThatThrownBy(() -> get.get(new GetEstablishmentCommand(new Caller(LLG, Caller.Role.SCHOOL_ADMIN, "a"), H4)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> get.get(new GetEstablishmentCommand(new Caller(LLG, Caller.Role.TEACHER, "t"), LLG)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> get.get(new GetEstablishmentCommand(OPERATOR, Uai.of("0000000A")))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void disabling_refuses_the_schools_keys_at_once_and_enabling_accepts_them_again() {
        CreatedEstablishment c = create.create(new CreateEstablishmentCommand(OPERATOR, LLG, "Louis-le-Grand"));
        RegisteredEstablishment off = status.change(new ChangeEstablishmentStatusCommand(OPERATOR, LLG, false));
        assertThat(off.disabledAt()).isEqualTo(T0);
        assertThatThrownBy(() -> auth.authenticate(c.adminKey().token())).isInstanceOf(EstablishmentDisabledException.class)
                .satisfies(e -> assertThat(((DomainException) e).problemType()).isEqualTo("establishment-disabled"));
        // a wrong secret of the same key is still a plain failure: the school's status is told only to the key's holder
        assertThat(auth.authenticate(c.adminKey().token().substring(0, 21) + "x".repeat(43))).isEmpty();
        assertThat(status.change(new ChangeEstablishmentStatusCommand(OPERATOR, LLG, false))).isEqualTo(off);
        assertThat(status.change(new ChangeEstablishmentStatusCommand(OPERATOR, LLG, true)).disabled()).isFalse();
        assertThat(auth.authenticate(c.adminKey().token())).isPresent();
        assertThat(audits).extracting(AuditPort.AuditRecord::action)
                .containsExactly("establishment.created", "establishment.disabled", "establishment.enabled");
        assertThatThrownBy(() -> status.change(new ChangeEstablishmentStatusCommand(OPERATOR, H4, false))).isInstanceOf(NotFoundException.class);
    }
}
