package fr.agora.domain.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StatusListTest {

    @Test
    void index_zero_is_the_left_most_bit_of_the_first_byte_and_the_list_is_16_kb() throws Exception {
        String encoded = StatusList.withSet(List.of(0, 9, StatusList.SIZE - 1)).encodedList();
        assertThat(encoded).startsWith("u"); // multibase base64url
        assertThat(encoded).doesNotContain("=", "+", "/");
        byte[] raw = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1)))).readAllBytes();
        assertThat(raw).hasSize(16_384);
        assertThat(raw[0] & 0xFF).isEqualTo(0b1000_0000);
        assertThat(raw[1] & 0xFF).isEqualTo(0b0100_0000); // index 9 = second bit of byte 1
        assertThat(raw[16_383] & 0xFF).isEqualTo(0b0000_0001);
    }

    @Test
    void an_empty_list_has_no_bit_set_and_compresses_well() {
        StatusList empty = StatusList.withSet(List.of());
        assertThat(empty.encodedList().length()).isLessThan(200);
        StatusList back = StatusList.decode(empty.encodedList());
        assertThat(back.isSet(0)).isFalse();
        assertThat(back.isSet(StatusList.SIZE - 1)).isFalse();
    }

    @Test
    void seeded_sets_read_back_bit_for_bit() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Set<Integer> set = new TreeSet<>();
            for (int i = random.nextInt(50); i > 0; i--) set.add(random.nextInt(StatusList.SIZE));
            StatusList back = StatusList.decode(StatusList.withSet(set).encodedList());
            for (int probe = 0; probe < 2000; probe++) {
                int i = random.nextInt(StatusList.SIZE);
                assertThat(back.isSet(i)).as("seed %d index %d", seed, i).isEqualTo(set.contains(i));
            }
            for (int i : set) assertThat(back.isSet(i)).as("seed %d index %d", seed, i).isTrue();
        }
    }

    @Test
    void indexes_outside_the_list_and_foreign_encodings_are_refused() {
        assertThatThrownBy(() -> StatusList.withSet(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusList.withSet(List.of(StatusList.SIZE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusList.decode("zabc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusList.decode("uAAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
