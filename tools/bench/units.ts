/**
 * Byte counts as the bench reports them, defined once. The formats differ on
 * purpose: numbers for bench/results.json, one-decimal text for Markdown
 * tables, whole KiB for the advice's sentences; each is named for its form.
 */
import { round } from './stats';

/** Bytes in a KiB. */
export const KIB = 1024;

/** Bytes as KiB rounded to one decimal, as a number: for bench/results.json, where figures stay numeric. */
export const kibNumber = (bytes: number): number => round(bytes / KIB, 1);

/** Bytes as KiB with one decimal and no unit (`497.3`): for table cells and prose that names the unit itself. */
export const kibText = (bytes: number): string => (bytes / KIB).toFixed(1);

/** Bytes as whole KiB with the unit (`497 KiB`): for the sentences of the advice, which round to whole KiB. */
export const kibWithUnit = (bytes: number): string => `${(bytes / KIB).toFixed(0)} KiB`;

/** Bytes as MB (1024² bytes) rounded to one decimal, as a number: memory figures in the runner's results. */
export const mbNumber = (bytes: number): number => round(bytes / KIB / KIB, 1);

/** Bytes as GiB rounded to one decimal, as a number: the machine's memory. */
export const gibNumber = (bytes: number): number => round(bytes / KIB ** 3, 1);
