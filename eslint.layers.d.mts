import type { Linter } from 'eslint';

/** The layer rules of eslint.layers.mjs, typed for the tests that check them. */
export declare const layers: Linter.Config[];
