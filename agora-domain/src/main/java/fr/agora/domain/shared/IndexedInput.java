package fr.agora.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a list of inputs element by element, so that an invalid element is named by its index ({@code lines[2].x}). */
public final class IndexedInput {

    private IndexedInput() {
    }

    /** Maps each element, re-raising an {@link InvalidInputException} under {@code name[i]}. */
    public static <T, R> List<R> map(List<T> in, String name, Function<T, R> f) {
        List<R> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            try {
                out.add(f.apply(in.get(i)));
            } catch (InvalidInputException e) {
                throw e.under(name + "[" + i + "]");
            }
        }
        return out;
    }
}
