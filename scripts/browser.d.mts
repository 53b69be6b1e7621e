/** Types of ./browser.mjs, for the TypeScript files that import it (playwright.config.ts). */
export declare function findChromium(options?: {
  headlessShell?: boolean;
}): { executablePath: string } | null;
