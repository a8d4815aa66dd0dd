package cn.minsheng.recon.batch;

import java.util.OptionalLong;

/**
 * What makes a run a new job instance: the fingerprint of its inputs ({@link InputFingerprint}) and, for a forced
 * re-run only, the moment it was forced. A launch with the same identity as an unfinished run restarts that run.
 *
 * @param fingerprint the SHA-256 of the inputs and the settings that change results
 * @param forcedAt    when {@code --force} asked for a run of unchanged inputs (epoch milliseconds)
 */
public record RunIdentity(String fingerprint, OptionalLong forcedAt) {

    public static RunIdentity of(String fingerprint) {
        return new RunIdentity(fingerprint, OptionalLong.empty());
    }

    public static RunIdentity forced(String fingerprint, long at) {
        return new RunIdentity(fingerprint, OptionalLong.of(at));
    }
}
