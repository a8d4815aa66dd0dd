package cn.minsheng.recon.progress;

/**
 * A township as the breakdown table heads its column ({@code name}) and as clerks shorten it ({@code shortName}).
 * {@link #WHOLE_COUNTY} is the single place of a county-wide (统筹) indicator: its row says 全县, it is no township.
 */
record Town(String name, String shortName) {

    static final Town WHOLE_COUNTY = new Town("全县", "全县");

    /** The township column of the answer key and the findings: empty for the whole county. */
    String township() {
        return this == WHOLE_COUNTY ? "" : name;
    }
}
