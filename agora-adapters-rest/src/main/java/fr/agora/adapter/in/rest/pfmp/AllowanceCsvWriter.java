package fr.agora.adapter.in.rest.pfmp;

import fr.agora.application.port.in.pfmp.PfmpAllowanceView;
import fr.agora.domain.pfmp.AllowanceValidation;
import fr.agora.domain.pfmp.PfmpAllowance;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The cohort's allocation de PFMP as the CSV a school keeps for its declaration to the ASP: French conventions
 * ({@code ;}, decimal comma, UTF-8 BOM so that a spreadsheet reads the accents) written by Commons CSV; a cell that
 * starts with {@code = + - @}, a tab or a carriage return is prefixed with {@code '} so a spreadsheet never runs it.
 */
public final class AllowanceCsvWriter {

    static final List<String> HEADER = List.of("Nom", "Prénom", "INE", "Identifiant", "Période", "Année du cycle", "Jours effectués",
            "Forfait journalier (€)", "Montant (€)", "Plafonné", "Validé par le chef d'établissement", "Validé le");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private AllowanceCsvWriter() {
    }

    public static String write(List<PfmpAllowanceView> views) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(HEADER);
            for (PfmpAllowanceView v : views) {
                for (PfmpAllowance.Line l : v.allowance().lines()) {
                    AllowanceValidation val = v.validation(l.period());
                    csv.printRecord(safe(v.student().lastName()), safe(v.student().firstName()),
                            v.student().ine() == null ? "" : safe(v.student().ine().value()), safe(v.student().id().value()),
                            l.period().name(), l.cycleYear().label(), l.days(), comma(l.dailyForfait().amount()),
                            comma(l.amount().amount()), l.capped() ? "oui" : "non", val == null ? "non" : "oui",
                            val == null ? "" : DAY.format(val.validatedAt()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Neutralises a formula: a spreadsheet would evaluate a cell starting with one of these characters. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    private static String comma(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }
}
