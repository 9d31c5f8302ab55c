package fr.agora.domain.travel;

import java.util.List;

/** A line of the barème: the fiscal horsepower it covers ({@code maxCv} null = and above) and its three brackets. */
public record PowerBand(int minCv, Integer maxCv, String label, List<MileageBracket> brackets) {

    public PowerBand {
        brackets = List.copyOf(brackets);
    }

    boolean covers(int cv) {
        return cv >= minCv && (maxCv == null || cv <= maxCv);
    }
}
