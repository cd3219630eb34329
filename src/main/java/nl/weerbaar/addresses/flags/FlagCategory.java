package nl.weerbaar.addresses.flags;

/** Why a flag is set, as a fixed list; seen only by coordinators and the approver, never by the employee. */
enum FlagCategory {
    THREAT_TO_STAFF,
    EARLIER_AGGRESSION,
    CARE_COORDINATION,
    ONGOING_ENFORCEMENT,
    OTHER
}
