package fr.agora.domain.archcyclea;

import fr.agora.domain.archcycleb.CycleB;

/** Deliberate violation (test fixture): half of a package cycle. */
public class CycleA {
    CycleB other;
}
