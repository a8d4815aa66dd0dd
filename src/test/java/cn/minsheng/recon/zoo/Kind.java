package cn.minsheng.recon.zoo;

/** What an indicator's township cells hold in the breakdown table, in the words of SPEC §3.1. */
enum Kind {
    /** Numbers per township (additive units). */
    ALLOCATED,
    /** Numbers per township in a rate unit ({@code %}): never summed. */
    RATE,
    /** One county-wide number (merged across the townships, or in the total column). */
    CITYWIDE,
    /** 由县…局统筹安排: the lead unit splits it; its split is checked by its sum. */
    CENTRAL,
    /** 待…确定: split later; a split is checked by its sum. */
    PENDING,
    /** 省级统筹 / 按省…为准: not this government's to split. */
    UPPER,
    /** 不低于 X 元/月: a minimum every value must reach. */
    STANDARD,
    /** 县本级完成…: done by the county itself. */
    OTHER
}
