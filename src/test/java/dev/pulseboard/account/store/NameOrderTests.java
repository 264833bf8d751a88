package dev.pulseboard.account.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class NameOrderTests {

    @Test
    void namesAreListedAsAReaderExpectsNotByTheirCharactersCodes() {
        List<String> names = List.of("Zoë", "ada", "Émile", "Zack", "Ángel", "Maximiliane", "zoe");

        assertThat(names.stream().sorted(NameOrder.by(Function.identity())).toList())
                .containsExactly("ada", "Ángel", "Émile", "Maximiliane", "Zack", "zoe", "Zoë");
    }
}
