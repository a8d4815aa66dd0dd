/**
 * Values every part of the domain shares: a period, a unit and a quantity, an official cell's value, where a value
 * was read.
 */
package cn.minsheng.recon.domain.model;

