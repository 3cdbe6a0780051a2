/**
 * What stands in place of every hidden figure, whatever the reason: too few answered, or it is
 * hidden so that a small neighbour cannot be subtracted from a total. One marker for both, on
 * purpose: marking which hidden figures only protect a neighbour would tell that they hold at
 * least the minimum, and with a total that can pin a small one down exactly.
 */
export const hiddenMarker = "visas inte" as const;
