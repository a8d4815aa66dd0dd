package cn.minsheng.recon.domain.model;

/** What a text in a target cell means for the split of an indicator (SPEC §3.1). */
public enum DirectiveKind {
    /** 统筹安排 by a unit of this government: the lead unit splits it. */
    CENTRAL,
    /** Arranged or decided above this government (省级统筹, 按省…为准): not this government's to split. */
    UPPER_LEVEL,
    /** The split is still to be decided (待…确定). */
    PENDING,
    /** A minimum every value must reach (不低于 770元/月). */
    STANDARD,
    /** Anything else, such as 市本级完成34个: done centrally, no split. */
    OTHER
}
