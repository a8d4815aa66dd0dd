package cn.minsheng.recon.progress;

/** What the breakdown table holds for an indicator, in the words of SPEC §3.1. */
enum Kind {
    /** A count or amount per township: scheduled, summed. */
    ALLOCATED,
    /** A rate per township (%): compared with its standard, never scheduled or summed. */
    RATE,
    /** 不低于 X 元/月: a minimum every township's value must reach; never scheduled. */
    STANDARD,
    /** 由县…统筹安排: one county-wide figure the lead unit answers for. */
    CENTRAL
}
