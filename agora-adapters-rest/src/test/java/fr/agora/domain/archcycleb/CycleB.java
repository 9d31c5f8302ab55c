package fr.agora.domain.archcycleb;

import fr.agora.domain.archcyclea.CycleA;

/** Deliberate violation (test fixture): the other half of a package cycle. */
public class CycleB {
    CycleA other;
}
