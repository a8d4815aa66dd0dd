/**
 * The layout zoo of issue 15: invented counties whose official tables and department workbooks were written
 * blind, from the SPEC alone, each with the findings and value counts the SPEC says a run must produce.
 */
package cn.minsheng.recon.zoo;

