package org.ragbook.compute.spc;

/** Which side of the mean a special cause lies on: above (or rising) is high, below (or falling) low. */
enum Side {
    HIGH, LOW
}
