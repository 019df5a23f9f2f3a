import type { UserConfig } from 'vitest/config';
export declare function packageTests(overrides?: UserConfig): UserConfig;
