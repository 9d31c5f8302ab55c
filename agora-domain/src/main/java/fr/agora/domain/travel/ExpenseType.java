package fr.agora.domain.travel;

/**
 * The kinds of expense an employee claims. The first five are URSSAF allowances (allocations forfaitaires) with a
 * daily exemption limit; {@link #TRANSPORT} and {@link #OTHER} are reimbursed on receipts (frais réels justifiés),
 * exempt in full.
 */
public enum ExpenseType {
    /** Meal at the workplace under particular working conditions (travail en équipe, de nuit …): "repas sur le lieu de travail". */
    MEAL_AT_WORKPLACE(ExpenseCategory.MEALS),
    /** Meal away from the premises, not at a restaurant ("repas hors des locaux, hors restaurant"), e.g. on a site. */
    MEAL_ON_THE_ROAD(ExpenseCategory.MEALS),
    /** Restaurant meal while travelling (déplacement professionnel, grand déplacement). */
    MEAL_AT_RESTAURANT(ExpenseCategory.MEALS),
    /** Lodging and breakfast, grand déplacement in Paris and the petite couronne (75, 92, 93, 94). */
    LODGING_PARIS(ExpenseCategory.LODGING),
    /** Lodging and breakfast, grand déplacement in the other départements. */
    LODGING_PROVINCE(ExpenseCategory.LODGING),
    TRANSPORT(ExpenseCategory.TRANSPORT),
    OTHER(ExpenseCategory.OTHER);

    private final ExpenseCategory category;

    ExpenseType(ExpenseCategory category) {
        this.category = category;
    }

    public ExpenseCategory category() {
        return category;
    }
}
