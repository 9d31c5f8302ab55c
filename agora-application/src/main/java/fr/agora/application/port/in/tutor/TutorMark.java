package fr.agora.application.port.in.tutor;

import java.util.List;

/** The tutor's mark for one competency: mis en œuvre or not, the level on the school's scale (optional), criteria observed, a comment. */
public record TutorMark(String competency, boolean implemented, String level, List<String> criteria, String comment) {
    public TutorMark {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
