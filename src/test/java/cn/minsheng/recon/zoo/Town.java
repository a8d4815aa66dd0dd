package cn.minsheng.recon.zoo;

/**
 * A township as the breakdown table heads its column ({@code name}) and the short form clerks write
 * ({@code shortName}, the name without its place suffix). A town that is not in the county's table (a merged-away
 * township a clerk still uses) is a Town too; it simply is not in {@link County#towns()}.
 */
record Town(String name, String shortName) {
}
