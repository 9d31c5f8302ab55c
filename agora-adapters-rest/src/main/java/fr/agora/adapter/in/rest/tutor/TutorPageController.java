package fr.agora.adapter.in.rest.tutor;

import fr.agora.application.port.in.tutor.SubmitTutorEvaluationCommand;
import fr.agora.application.port.in.tutor.TutorMark;
import fr.agora.application.port.in.tutor.TutorSheet;
import fr.agora.application.port.in.tutor.UseTutorLinkUseCase;
import fr.agora.domain.referentiel.Competency;
import fr.agora.domain.referentiel.Criterion;
import fr.agora.domain.referentiel.CriterionSource;
import fr.agora.domain.shared.DomainException;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.tutor.TutorLink;
import fr.agora.domain.tutor.TutorLinkGoneException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tutor's page (server-rendered, French, no JavaScript): {@code GET /tuteur/{secret}} shows the student, the host
 * organisation, the period and the competencies to position; {@code POST} records them. Its errors are French HTML
 * pages (404 unknown link, 410 expired or revoked, 400 invalid input, 403 a form without its CSRF token), never
 * problem+json and never another student's data.
 */
@Controller
@Hidden
@RequestMapping(TutorPageController.PATH)
public class TutorPageController {

    static final String PATH = "/tuteur";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_COMMENT = 1000;

    private final UseTutorLinkUseCase tutorLinks;

    public TutorPageController(UseTutorLinkUseCase tutorLinks) {
        this.tutorLinks = tutorLinks;
    }

    /** A bloc of the référentiel and its competencies, as the page groups them. */
    public record BlocView(int number, List<CompetencyView> competencies) {
    }

    /** A competency with the criteria of the PFMP grid (seed 003), the same the printed grid shows. */
    public record CompetencyView(String code, String label, List<Criterion> criteria) {
    }

    @GetMapping("/{token}")
    public String page(@PathVariable String token, HttpServletRequest request, Model model) {
        TutorSheet sheet = tutorLinks.open(token);
        Map<Integer, List<CompetencyView>> byBloc = new LinkedHashMap<>();
        for (Competency c : sheet.competencies()) {
            byBloc.computeIfAbsent(c.blocNumber(), b -> new ArrayList<>())
                    .add(new CompetencyView(c.code(), c.label(), c.criteriaFrom(CriterionSource.PFMP_GRID)));
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("blocs", byBloc.entrySet().stream().map(e -> new BlocView(e.getKey(), e.getValue())).toList());
        model.addAttribute("start", DAY.format(sheet.period().start()));
        model.addAttribute("end", DAY.format(sheet.period().end()));
        model.addAttribute("csrf", csrf(request));
        model.addAttribute("submissionId", UUID.randomUUID().toString());
        return "tutor/form";
    }

    @PostMapping(value = "/{token}", consumes = "application/x-www-form-urlencoded")
    public String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model) {
        List<TutorMark> marks = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            if (!e.getKey().startsWith("impl:")) continue;
            String code = e.getKey().substring("impl:".length());
            String comment = form.getFirst("comment:" + code);
            if (comment != null && comment.length() > MAX_COMMENT) throw new TutorFormException("commentaire de la compétence " + code + " trop long");
            List<String> criteria = form.getOrDefault("crit:" + code, List.of());
            if (criteria.size() > 50) throw new TutorFormException("trop de critères pour la compétence " + code);
            marks.add(new TutorMark(code, "oui".equals(e.getValue().get(0)), form.getFirst("level:" + code), criteria, comment));
        }
        if (marks.size() > 200) throw new TutorFormException("trop de compétences");
        List<String> ids = tutorLinks.submit(new SubmitTutorEvaluationCommand(token, form.getFirst("submissionId"), marks, form.getFirst("appreciation")));
        model.addAttribute("recorded", ids.size());
        model.addAttribute("implemented", marks.stream().filter(TutorMark::implemented).count());
        return "tutor/done";
    }

    @ExceptionHandler(TutorLinkGoneException.class)
    public String gone(TutorLinkGoneException e, HttpServletResponse response, Model model) {
        response.setStatus(410);
        boolean revoked = e.state() == TutorLink.State.REVOKED;
        return error(model, revoked ? "Ce lien a été désactivé" : "Ce lien a expiré",
                (revoked ? "L'établissement a désactivé ce lien d'évaluation." : "La durée de validité de ce lien d'évaluation est dépassée.")
                        + " Demandez un nouveau lien au professeur qui suit le stagiaire.");
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        return error(model, "Lien inconnu", "Ce lien d'évaluation n'existe pas. Vérifiez qu'il a été copié en entier, "
                + "ou demandez un nouveau lien au professeur qui suit le stagiaire.");
    }

    @ExceptionHandler({DomainException.class, TutorFormException.class})
    public String refused(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(e instanceof DomainException d && d.kind() == DomainException.Kind.RULE_VIOLATION ? 422 : 400);
        return error(model, "Évaluation non enregistrée", "Votre saisie n'a pas pu être enregistrée : "
                + (e instanceof DomainException d ? "champ " + (d.field() == null ? "inconnu" : d.field()) : e.getMessage())
                + ". Revenez à la page précédente, corrigez et envoyez de nouveau.");
    }

    private static String error(Model model, String title, String message) {
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "tutor/error";
    }

    /** Reads the CSRF token now, so that its cookie is written before the page is. */
    private static String csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? "" : token.getToken();
    }

    /** The CSRF filter's refusal, written directly since it happens before the controller: a French page. */
    static void writeCsrfRefusal(HttpServletResponse response) throws IOException {
        response.setStatus(403);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>Formulaire expiré — AGOrA</title>"
                + "<link rel=\"stylesheet\" href=\"/tuteur-assets/tutor.css\"></head><body><main><h1>Formulaire expiré</h1>"
                + "<p>Ce formulaire n'a pas pu être vérifié (jeton de sécurité absent ou périmé). Rouvrez le lien d'évaluation "
                + "et saisissez de nouveau votre évaluation.</p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    /** A form field out of bounds (a hand-made request: the page itself bounds every field). */
    static final class TutorFormException extends RuntimeException {
        TutorFormException(String message) {
            super(message);
        }
    }
}
