package fr.agora.domain.archfixture;

/** Deliberate violation (test fixture): a domain class using a Spring type. */
public class DomainUsingSpring {
    public boolean blank(String s) {
        return !org.springframework.util.StringUtils.hasText(s);
    }
}
