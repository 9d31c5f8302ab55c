package fr.agora.domain.travel;

/** The three families of the fiscal mileage scale (barème kilométrique). */
public enum VehicleKind {
    /** Cars (voitures), by fiscal horsepower 3 (or less) … 7 (or more), distance brackets 5 000 / 20 000 km. */
    CAR,
    /** Motorcycles and scooters over 50 cm³, by fiscal horsepower 1–2, 3–5, over 5; brackets 3 000 / 6 000 km. */
    MOTORCYCLE,
    /** Mopeds (cyclomoteurs, 50 cm³ at most): one line, brackets 3 000 / 6 000 km. */
    MOPED
}
