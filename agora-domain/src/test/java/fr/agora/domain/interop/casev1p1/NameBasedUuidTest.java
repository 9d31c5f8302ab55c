package fr.agora.domain.interop.casev1p1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

    // Expected values computed independently with CPython's uuid.uuid5 (RFC 4122/9562 reference implementation):
    //   uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')                    → 886313e1-3b8a-5372-9b90-0c9aee199e5d
    //   uuid.uuid5(uuid.NAMESPACE_URL, 'urn:agora:referentiel:agora-2020') → 297a4e47-666a-5960-810f-3a12272e3f7a
    //   uuid.uuid5(uuid.NAMESPACE_URL, 'référentiel') (UTF-8 name)       → e8467a99-a41a-59aa-b37d-26a673600da7
    @Test
    void matches_the_reference_implementation() {
        assertThat(NameBasedUuid.v5(NameBasedUuid.NAMESPACE_DNS, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
        assertThat(NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "urn:agora:referentiel:agora-2020"))
                .isEqualTo(UUID.fromString("297a4e47-666a-5960-810f-3a12272e3f7a"));
        assertThat(NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "référentiel"))
                .isEqualTo(UUID.fromString("e8467a99-a41a-59aa-b37d-26a673600da7"));
    }

    @Test
    void is_version_5_and_stable() {
        UUID a = NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "x");
        assertThat(a.version()).isEqualTo(5);
        assertThat(a.variant()).isEqualTo(2);
        assertThat(NameBasedUuid.v5(NameBasedUuid.NAMESPACE_URL, "x")).isEqualTo(a);
    }
}
