package fr.agora.domain.travel;

/** What a trip's budget is forecast by. */
public enum ExpenseCategory { MEALS, LODGING, TRANSPORT, OTHER }
