package cn.minsheng.recon.domain.submission;

import cn.minsheng.recon.domain.model.SourceRef;

/**
 * Two columns of a sheet qualify for one role (two columns of numbers for the value, say): the one read and the
 * one passed over, each by its header label and cell, so that the choice is reported rather than hidden.
 *
 * @param role      the role, as users read it ({@code 数值列})
 * @param read      the label of the column read
 * @param readCell  where that label is
 * @param other     the label of the column passed over
 * @param otherCell where that label is
 */
public record AmbiguousColumn(String role, String read, SourceRef readCell, String other, SourceRef otherCell) {
}
